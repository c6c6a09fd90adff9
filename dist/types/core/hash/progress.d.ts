/**
 * Aggregates bytes hashed across workers into progress events: bytes and files done, rate, the
 * file being read, and time left.
 *
 * Time left is estimated from both measures of work: a folder of many small files is bound by
 * per-file cost, a few large files by bytes. Each alone misjudges the other case (bytes alone said
 * days for a half-minute scan of small files), so the fraction done is the mean of the byte and
 * file fractions, and nothing is promised before a second has passed and 1 % is done.
 */
export interface ProgressEvent {
    bytesDone: number;
    bytesTotal: number;
    filesDone: number;
    filesTotal: number;
    /** Bytes per second since start. */
    rate: number;
    /** Seconds left; undefined while there is too little to go on. */
    etaSeconds: number | undefined;
    elapsedMs: number;
    /** The file most recently read (display path). */
    current?: string;
}
/** Seconds left, from the elapsed time and the mean of the byte and file fractions done. */
export declare function estimateSecondsLeft(e: Pick<ProgressEvent, 'bytesDone' | 'bytesTotal' | 'filesDone' | 'filesTotal' | 'elapsedMs'>): number | undefined;
export declare class Progress {
    private bytesDone;
    private filesDone;
    private current;
    private readonly started;
    private lastEmit;
    private readonly bytesTotal;
    private readonly filesTotal;
    private readonly listener;
    private readonly intervalMs;
    constructor(bytesTotal: number, filesTotal: number, listener?: (e: ProgressEvent) => void, intervalMs?: number);
    /** `n` more bytes read, of `file` when given. */
    addBytes(n: number, file?: string): void;
    fileDone(): void;
    snapshot(): ProgressEvent;
    private maybeEmit;
}
