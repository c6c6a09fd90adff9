/**
 * Which read strategy feeds the hashers on this machine: a measured choice, made once per process.
 *
 * Two strategies (src/core/hash/strategies.ts) win on different machines: overlapped positional
 * reads on libuv's pool (the read of the next buffer runs on another core while this thread hashes)
 * and synchronous reads on the hashing thread into a cache-sized buffer (the bytes are hashed while
 * still hot in this core's cache). On one AMD EPYC the first reached 0.94 of one core's SHA-256
 * limit; on an Intel Xeon with SHA-NI the same code ran at 0.65 of it, because hashing a buffer
 * another core just filled costs a cross-core transfer there, while the second ran at 0.80.
 *
 * Calibration runs on real work, not on a probe file: while undecided, every hashing pass that has
 * the thread to itself cuts its range into equal segments (CALIBRATION_SEGMENT bytes) and reads them
 * alternately with each strategy, all feeding the same digest, so nothing is read twice. After
 * CALIBRATION_ROUNDS segments per strategy (256 MiB of work in all) the strategy with the higher
 * median rate wins, for the rest of the process; within TIE_MARGIN the local reader wins (one
 * buffer instead of two, no libuv pool thread). A clear difference is decided sooner: after
 * EARLY_ROUNDS segments each, when every segment of one strategy ran more than CLEAR_MARGIN faster
 * than every segment of the other (on the Xeon the two differ by 18 %, and each segment the slower
 * strategy reads costs about 4 ms of a 2 GiB hash). Short files never sample: they use the leader so
 * far. `MODELVET_HASH_READER=overlapped|local` skips calibration (benchmarks, bug reports), and so
 * does a process allowed one CPU only (the local reader, see strategyForCpus).
 *
 * State: one `ReaderCalibration` per thread (`threadCalibration` below: a documented per-thread
 * cache). Worker threads send their decision back with their result and the pool adopts the first
 * one and passes it along with later jobs, so a process decides once: see pool.ts.
 */
import { ModelvetError } from '../errors.ts';

export const READER_STRATEGIES = ['overlapped', 'local'] as const;
export type ReaderStrategy = (typeof READER_STRATEGIES)[number];

/** 32 MiB: long enough that timer resolution and a segment's first read are noise (< 3 %). */
export const CALIBRATION_SEGMENT = 32 * 1024 * 1024;
/** Segments per strategy before deciding: 4 + 4 × 32 MiB = the first 256 MiB of hashing. */
export const CALIBRATION_ROUNDS = 4;
/** Relative difference below which the local reader is kept. */
export const TIE_MARGIN = 0.02;
/** Segments per strategy after which a clear difference decides. */
export const EARLY_ROUNDS = 2;
/** How much slower the slowest segment of the winner may not be than the fastest of the other. */
export const CLEAR_MARGIN = 0.05;

export const READER_ENV = 'MODELVET_HASH_READER';

export interface ReaderDecision {
  strategy: ReaderStrategy;
  /**
   * `env`: MODELVET_HASH_READER; `calibrated`: measured in this process; `remembered`: measured by an
   * earlier process on this machine (the executable keeps it, cli/reader-memory.ts).
   */
  how: 'env' | 'calibrated' | 'remembered';
  /** Median bytes per second of each strategy over its calibration segments. */
  rates?: Record<ReaderStrategy, number>;
}

export interface SegmentPlan {
  strategy: ReaderStrategy;
  /** Bytes to read with it (the whole rest of the range once decided). */
  length: number;
  /** Whether to time it and pass the timing to `record`. */
  sample: boolean;
}

function isStrategy(v: string): v is ReaderStrategy {
  return (READER_STRATEGIES as readonly string[]).includes(v);
}

/** The strategy forced by MODELVET_HASH_READER; a value that names none is a usage error. */
export function readerOverride(env: NodeJS.ProcessEnv = process.env): ReaderStrategy | undefined {
  const v = env[READER_ENV];
  if (v === undefined || v === '' || v === 'auto') return undefined;
  if (!isStrategy(v))
    throw new ModelvetError(
      'USAGE',
      `${READER_ENV} must be overlapped, local or auto; got ${JSON.stringify(v)}`,
    );
  return v;
}

/**
 * The strategy when this process may run on one CPU only (`taskset -c 0`, a one-vCPU runner, a
 * cgroup cpuset): the overlapped reader's point is a read running on another core while this one
 * hashes, so with one core it only adds a libuv thread competing with the hasher; the local reader
 * is taken without calibrating (calibration would read half of its 256 MiB the slow way).
 */
export function strategyForCpus(cpus: number): ReaderStrategy | undefined {
  return cpus <= 1 ? 'local' : undefined;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Whether every rate of one list beats every rate of the other by more than CLEAR_MARGIN. */
function clearlyApart(a: readonly number[], b: readonly number[]): boolean {
  const beats = (x: readonly number[], y: readonly number[]) =>
    Math.min(...x) > Math.max(...y) * (1 + CLEAR_MARGIN);
  return beats(a, b) || beats(b, a);
}

export class ReaderCalibration {
  private decided: ReaderDecision | undefined;
  private readonly samples: Record<ReaderStrategy, number[]> = { overlapped: [], local: [] };
  private readonly segment: number;
  private readonly rounds: number;

  constructor(options: { segment?: number; rounds?: number } = {}) {
    this.segment = options.segment ?? CALIBRATION_SEGMENT;
    this.rounds = options.rounds ?? CALIBRATION_ROUNDS;
  }

  /** The decision, once there is one (measured here or adopted from another thread). */
  get decision(): ReaderDecision | undefined {
    return this.decided;
  }

  /** Takes a decision made on another thread (first one wins). */
  adopt(decision: ReaderDecision): void {
    this.decided ??= decision;
  }

  /**
   * What to read next of a range with `remaining` bytes left. `exclusive`: no other pass runs on
   * this thread now (a concurrent pass would make both timings meaningless).
   */
  plan(remaining: number, exclusive: boolean): SegmentPlan {
    if (this.decided) return { strategy: this.decided.strategy, length: remaining, sample: false };
    if (!exclusive || remaining < this.segment)
      return { strategy: this.leader(), length: remaining, sample: false };
    const o = this.samples.overlapped.length;
    const l = this.samples.local.length;
    return { strategy: o <= l ? 'overlapped' : 'local', length: this.segment, sample: true };
  }

  /** Records one timed segment; returns the decision when this sample completes calibration. */
  record(strategy: ReaderStrategy, bytes: number, ms: number): ReaderDecision | undefined {
    if (this.decided || ms <= 0 || bytes <= 0) return undefined;
    this.samples[strategy].push((bytes / ms) * 1000);
    const { overlapped, local } = this.samples;
    const rounds = Math.min(overlapped.length, local.length);
    const clear = rounds >= Math.min(EARLY_ROUNDS, this.rounds) && clearlyApart(overlapped, local);
    if (rounds < this.rounds && !clear) return undefined;
    const rates = { overlapped: median(overlapped), local: median(local) };
    const winner: ReaderStrategy = rates.overlapped > rates.local * (1 + TIE_MARGIN) ? 'overlapped' : 'local';
    this.decided = { strategy: winner, how: 'calibrated', rates };
    return this.decided;
  }

  /** Best so far (local until the overlapped reader is measured faster). */
  private leader(): ReaderStrategy {
    const { overlapped, local } = this.samples;
    if (!overlapped.length || !local.length) return 'local';
    return median(overlapped) > median(local) * (1 + TIE_MARGIN) ? 'overlapped' : 'local';
  }
}

/** This thread's calibration: the documented per-thread cache (the main thread's is the process's). */
export const threadCalibration = new ReaderCalibration();
