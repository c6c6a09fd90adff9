/**
 * The hash reader decision of an earlier run on this machine, kept for the next runs.
 *
 * Why: calibration (core/hash/calibrate.ts) reads part of the first large file with the slower of
 * the two read strategies before it knows which is faster; on the benchmark's Intel Xeon that is
 * 64 MiB read at 1.2 instead of 1.5 GB/s, 10-25 ms of a 1.4 s hash of 2 GiB, in every process. The
 * answer is a property of the machine, so the executable keeps it: a run whose process calibrated
 * writes the decision, and a later run on the same machine takes it instead of calibrating.
 *
 * What: `modelvet/hash-reader.json` in the user's cache folder (cli/reader-memory-file.ts and
 * cli/user-cache.ts: never inside a path the command reads, a folder of the user's own), holding the strategy, the rates it was
 * chosen on and what it was measured on: CPU model, CPU count, platform, architecture and Node's
 * major version. A decision measured on anything else, older than MAX_AGE_DAYS, or unreadable is
 * ignored (and calibration runs). It never holds anything read from a scanned file; a wrong or
 * planted decision can only make hashing slower, never change a digest. Not used with
 * `MODELVET_READER_MEMORY=0` or when `MODELVET_HASH_READER` chooses the reader; the library and the
 * Action calibrate in every process.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { arch, availableParallelism, cpus } from 'node:os';
import {
  READER_STRATEGIES,
  type ReaderDecision,
  type ReaderRates,
  type ReaderStrategy,
  threadCalibration,
} from '../core/hash/calibrate.ts';
import { replaceFile } from '../core/replace-file.ts';

/** A decision older than this is measured again (a machine's firmware, kernel or load can change). */
export const MAX_AGE_DAYS = 7;
/** Larger than any file this module writes: anything bigger is not one of them. */
const MAX_FILE_BYTES = 4096;
const FORMAT = 'modelvet-hash-reader';

/** What a decision was measured on. */
export interface MachineKey {
  cpu: string;
  cpus: number;
  platform: string;
  arch: string;
  node: number;
}

export function machineKey(): MachineKey {
  return {
    cpu: cpus()[0]?.model ?? '',
    cpus: availableParallelism(),
    platform: process.platform,
    arch: arch(),
    node: Number(process.versions.node.split('.')[0]),
  };
}

interface Stored {
  format: typeof FORMAT;
  machine: MachineKey;
  decidedAt: string;
  /** The strategies this release compares: a decision among others is measured again. */
  strategies: readonly ReaderStrategy[];
  strategy: ReaderStrategy;
  rates: ReaderRates;
}

const sameMachine = (a: MachineKey, b: unknown): boolean =>
  typeof b === 'object' &&
  b !== null &&
  (Object.keys(a) as (keyof MachineKey)[]).every((k) => (b as Record<string, unknown>)[k] === a[k]);

/** The decision in `text`, when it is one of ours, measured on `machine`, and younger than MAX_AGE_DAYS at `now`. */
export function parseRemembered(text: string, machine: MachineKey, now: Date): ReaderDecision | undefined {
  let data: Partial<Stored>;
  try {
    data = JSON.parse(text) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || data.format !== FORMAT) return undefined;
  if (!sameMachine(machine, data.machine)) return undefined;
  if (!READER_STRATEGIES.includes(data.strategy as ReaderStrategy)) return undefined;
  if (JSON.stringify(data.strategies) !== JSON.stringify(READER_STRATEGIES)) return undefined;
  const decided = Date.parse(String(data.decidedAt));
  const age = now.getTime() - decided;
  if (!Number.isFinite(decided) || age < 0 || age > MAX_AGE_DAYS * 86_400_000) return undefined;
  // Rates of the strategies calibration measured: the chosen one's at least, each a positive number.
  const rates = data.rates;
  if (typeof rates !== 'object' || rates === null || typeof rates[data.strategy!] !== 'number')
    return undefined;
  const entries = Object.entries(rates);
  if (
    !entries.every(
      ([s, r]) => READER_STRATEGIES.includes(s as ReaderStrategy) && typeof r === 'number' && r > 0,
    )
  )
    return undefined;
  return { strategy: data.strategy as ReaderStrategy, how: 'remembered', rates: { ...rates } };
}

/** The text that remembers `decision` (a calibrated one) for `machine`. */
export function rememberedText(decision: ReaderDecision, machine: MachineKey, now: Date): string {
  const stored: Stored = {
    format: FORMAT,
    machine,
    decidedAt: now.toISOString(),
    strategies: READER_STRATEGIES,
    strategy: decision.strategy,
    rates: decision.rates!,
  };
  return `${JSON.stringify(stored, null, 2)}\n`;
}

/**
 * The file's text, or undefined when it is not a regular file (a link, or a FIFO that would block
 * the open) or is larger than MAX_FILE_BYTES (never read whole).
 */
function readBounded(file: string): string | undefined {
  if (!lstatSync(file).isFile()) return undefined;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n > MAX_FILE_BYTES ? undefined : buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * For the executable, with the file cli/reader-memory-file.ts chose (undefined: none, as when
 * MODELVET_HASH_READER chooses the reader): takes a remembered decision into this thread's
 * calibration (the hash pool passes it to its workers) and returns what to call after the command,
 * which writes the decision this process calibrated, if it did. Never throws: a decision that cannot
 * be read or written only costs the calibration it would have saved.
 */
export function rememberHashReader(
  file: string | undefined,
  now = () => new Date(),
): { save(): Promise<void> } {
  if (file === undefined) return { save: async () => {} };
  const machine = machineKey();
  try {
    const text = readBounded(file);
    const decision = text === undefined ? undefined : parseRemembered(text, machine, now());
    if (decision) threadCalibration.adopt(decision);
  } catch {
    // None yet, or unreadable: calibrate.
  }
  return {
    async save() {
      const decision = threadCalibration.decision;
      if (decision?.how !== 'calibrated' || !decision.rates) return;
      await replaceFile(file, rememberedText(decision, machine, now())).catch(() => {});
    },
  };
}
