import { type ReaderDecision } from '../core/hash/calibrate.ts';
/** A decision older than this is measured again (a machine's firmware, kernel or load can change). */
export declare const MAX_AGE_DAYS = 7;
/** What a decision was measured on. */
export interface MachineKey {
    cpu: string;
    cpus: number;
    platform: string;
    arch: string;
    node: number;
}
export declare function machineKey(): MachineKey;
/** The decision in `text`, when it is one of ours, measured on `machine`, and younger than MAX_AGE_DAYS at `now`. */
export declare function parseRemembered(text: string, machine: MachineKey, now: Date): ReaderDecision | undefined;
/** The text that remembers `decision` (a calibrated one) for `machine`. */
export declare function rememberedText(decision: ReaderDecision, machine: MachineKey, now: Date): string;
/**
 * For the executable, with the file cli/reader-memory-file.ts chose (undefined: none, as when
 * MODELVET_HASH_READER chooses the reader): takes a remembered decision into this thread's
 * calibration (the hash pool passes it to its workers) and returns what to call after the command,
 * which writes the decision this process calibrated, if it did. Never throws: a decision that cannot
 * be read or written only costs the calibration it would have saved.
 */
export declare function rememberHashReader(file: string | undefined, now?: () => Date): {
    save(): Promise<void>;
};
