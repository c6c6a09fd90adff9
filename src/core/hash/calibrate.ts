/**
 * Which read strategy feeds the hashers on this machine: a measured choice, made once per process.
 *
 * Four strategies (strategies.ts, ring.ts, direct.ts) win on different machines: overlapped
 * positional reads on libuv's pool (the read of the next buffer runs on another core while this
 * thread hashes); synchronous reads on the hashing thread into a cache-sized buffer (the bytes are
 * hashed while still hot in this core's cache); a reader thread of its own filling a ring of small
 * shared slots that this thread hashes as they fill, both threads spinning instead of sleeping; and
 * reads that bypass the page cache (O_DIRECT), where the device is faster than a core's copy out of
 * it. On one AMD EPYC the first reached 0.94 of one core's SHA-256 limit; on an Intel Xeon with
 * SHA-NI it ran at 0.56 of it (hashing a 2 MiB buffer another core filled, after a wake-up, is slow
 * there), the second at 0.72 (the copy out of the page cache is on the hashing thread), the ring
 * and direct reads at about 0.9.
 *
 * Calibration runs on real work, not on a probe file: while undecided, every hashing pass that has
 * the thread to itself cuts its range into equal segments (CALIBRATION_SEGMENT bytes) and reads them
 * with each strategy in turn, all feeding the same digest, so nothing is read twice. After
 * CALIBRATION_ROUNDS segments per strategy the strategy with the highest median rate wins, for the
 * rest of the process; within TIE_MARGIN of it the local reader wins (one buffer, no other thread).
 * A clear difference is decided sooner: after EARLY_ROUNDS segments each, when every segment of one
 * strategy ran more than CLEAR_MARGIN faster than every segment of each other one (each segment a
 * slower strategy reads costs a few milliseconds of a 2 GiB hash), and a strategy every segment of
 * another beat by more than OUT_MARGIN reads no more segments. Short files never sample: they
 * use the leader so far. A pass may allow fewer strategies (the ring reader needs a core free for its
 * thread: pool.ts; direct reads a file system that takes them); calibration then compares those it
 * allows: the local and direct readers on one CPU, the others with more (strategiesForCpus). `MODELVET_HASH_READER=overlapped|local|ring|direct` skips calibration
 * (benchmarks, bug reports).
 *
 * State: one `ReaderCalibration` per thread (`threadCalibration` below: a documented per-thread
 * cache). Worker threads send their decision back with their result and the pool adopts the first
 * one and passes it along with later jobs, so a process decides once: see pool.ts.
 */
import { ModelvetError } from '../errors.ts';

export const READER_STRATEGIES = ['overlapped', 'local', 'ring', 'direct'] as const;
export type ReaderStrategy = (typeof READER_STRATEGIES)[number];

/** 32 MiB: long enough that timer resolution and a segment's first read are noise (< 3 %). */
export const CALIBRATION_SEGMENT = 32 * 1024 * 1024;
/** Segments per strategy before deciding: 4 × 32 MiB per strategy. */
export const CALIBRATION_ROUNDS = 4;
/** Relative difference below which the local reader is kept. */
export const TIE_MARGIN = 0.02;
/** Segments per strategy after which a clear difference decides. */
export const EARLY_ROUNDS = 2;
/** How much slower the slowest segment of the winner may not be than the fastest of the other. */
export const CLEAR_MARGIN = 0.05;
/**
 * How much faster the slowest segment of one strategy must be than the fastest of another for the
 * other to be dropped from calibration, after a single segment: no noise makes a strategy faster,
 * and one 40 % behind does not win. Not less: a process's first segments can run beside V8's
 * background compilation (a first run, its compile cache empty), and on the Xeon that held a
 * starting ring at 1.17 GB/s against 1.85 later, 26 % behind the local reader. With four strategies
 * most machines have one or two far behind; each segment one does not read saves 5-15 ms.
 */
export const OUT_MARGIN = 0.4;

export const READER_ENV = 'MODELVET_HASH_READER';

export type ReaderRates = Partial<Record<ReaderStrategy, number>>;

export interface ReaderDecision {
  strategy: ReaderStrategy;
  /**
   * `env`: MODELVET_HASH_READER; `calibrated`: measured in this process; `remembered`: measured by an
   * earlier process on this machine (the executable keeps it, cli/reader-memory.ts).
   */
  how: 'env' | 'calibrated' | 'remembered';
  /** Median bytes per second of each strategy measured (those a pass allowed while calibrating). */
  rates?: ReaderRates;
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
      `${READER_ENV} must be ${READER_STRATEGIES.join(', ')} or auto; got ${JSON.stringify(v)}`,
    );
  return v;
}

/**
 * The strategies a process allowed `cpus` CPUs may compare. On one CPU (`taskset -c 0`, a one-vCPU
 * runner, a cgroup cpuset) the overlapped and ring readers' point, a read running on another core
 * while this one hashes, is gone: they only add a thread competing with the hasher; direct reads
 * stay (the device writes the buffers, not a core), and are the only way there not to pay the copy
 * out of the page cache on the hashing core. With more CPUs the ring already takes that copy off the
 * hashing core (0.95 of the SHA-256 limit on the Xeon), so direct reads could gain a few per cent at
 * most, and comparing them cost the Xeon 70-90 ms and 13 MiB of RSS per calibrating run (its virtio
 * disk gave direct reads 1.0-1.3 GB/s): they are offered on one CPU only.
 */
export function strategiesForCpus(cpus: number): readonly ReaderStrategy[] {
  return cpus <= 1 ? ['local', 'direct'] : ['overlapped', 'local', 'ring'];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The fastest of `rates` among `allowed`, except that the local reader is kept unless another beats
 * it by more than TIE_MARGIN (one buffer, no other thread), and kept when it has no rate (a strategy
 * measured does not beat one that was not); without the local reader, the fastest measured.
 */
export function fastestOf(rates: ReaderRates, allowed: readonly ReaderStrategy[]): ReaderStrategy {
  const measured = allowed.filter((s) => rates[s] !== undefined);
  if (!allowed.includes('local')) {
    if (!measured.length) return allowed[0] ?? 'local';
    return measured.reduce((a, b) => (rates[b]! > rates[a]! ? b : a));
  }
  const local = rates.local;
  if (local === undefined) return 'local';
  let best: ReaderStrategy = 'local';
  for (const s of measured)
    if (s !== 'local' && rates[s]! > local * (1 + TIE_MARGIN) && rates[s]! > (rates[best] ?? 0)) best = s;
  return best;
}

export class ReaderCalibration {
  private decided: ReaderDecision | undefined;
  private readonly samples: Record<ReaderStrategy, number[]> = {
    overlapped: [],
    local: [],
    ring: [],
    direct: [],
  };
  private readonly segment: number;
  private readonly rounds: number;
  private readonly candidates: readonly ReaderStrategy[];

  /** `candidates`: the strategies calibration compares (a pass may allow fewer, see `plan`). */
  constructor(options: { segment?: number; rounds?: number; candidates?: readonly ReaderStrategy[] } = {}) {
    this.segment = options.segment ?? CALIBRATION_SEGMENT;
    this.rounds = options.rounds ?? CALIBRATION_ROUNDS;
    this.candidates = options.candidates ?? READER_STRATEGIES;
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
   * this thread now (a concurrent pass would make both timings meaningless). `allowed`: the
   * strategies this pass may use (the ring reader needs a free core for its reader thread); a
   * decision for one it may not use gives way to the fastest of the others measured.
   */
  plan(
    remaining: number,
    exclusive: boolean,
    allowed: readonly ReaderStrategy[] = this.candidates,
  ): SegmentPlan {
    const usable = this.candidates.filter((s) => allowed.includes(s));
    if (this.decided) {
      const d = this.decided;
      const strategy = usable.includes(d.strategy) ? d.strategy : fastestOf(d.rates ?? {}, usable);
      return { strategy, length: remaining, sample: false };
    }
    if (!exclusive || remaining < this.segment || usable.length < 2)
      return { strategy: this.leader(usable), length: remaining, sample: false };
    // The least sampled of those still in, in the order of `candidates` on a tie: they alternate.
    const next = this.contenders(usable).reduce((a, b) =>
      this.samples[b].length < this.samples[a].length ? b : a,
    );
    return { strategy: next, length: this.segment, sample: true };
  }

  /**
   * Records one timed segment; returns the decision when this sample completes calibration over the
   * strategies `allowed` (those of the pass that read it).
   */
  record(
    strategy: ReaderStrategy,
    bytes: number,
    ms: number,
    allowed: readonly ReaderStrategy[] = this.candidates,
  ): ReaderDecision | undefined {
    if (this.decided || ms <= 0 || bytes <= 0) return undefined;
    this.samples[strategy].push((bytes / ms) * 1000);
    const usable = this.candidates.filter((s) => allowed.includes(s));
    const contenders = this.contenders(usable);
    const rounds = Math.min(...contenders.map((s) => this.samples[s].length));
    const early = rounds >= Math.min(EARLY_ROUNDS, this.rounds);
    const clear = early && (contenders.length === 1 || this.clearWinner(usable) !== undefined);
    if (rounds < this.rounds && !clear) return undefined;
    const rates = this.rates();
    this.decided = {
      strategy: this.clearWinner(usable) ?? fastestOf(rates, usable),
      how: 'calibrated',
      rates,
    };
    return this.decided;
  }

  /** The strategy every segment of which beat every segment of each other one by more than CLEAR_MARGIN. */
  private clearWinner(usable: readonly ReaderStrategy[]): ReaderStrategy | undefined {
    return usable.find((w) =>
      usable.every(
        (o) => o === w || Math.min(...this.samples[w]) > Math.max(...this.samples[o]) * (1 + CLEAR_MARGIN),
      ),
    );
  }

  /**
   * Those of `usable` still compared: all but the ones every segment of another beat by more than
   * OUT_MARGIN (a strategy not yet sampled is in).
   */
  private contenders(usable: readonly ReaderStrategy[]): ReaderStrategy[] {
    const slowest = (s: ReaderStrategy) => Math.min(...this.samples[s]);
    const fastest = (s: ReaderStrategy) => Math.max(...this.samples[s]);
    const sampled = usable.filter((s) => this.samples[s].length > 0);
    return usable.filter(
      (o) =>
        !sampled.some(
          (w) => w !== o && this.samples[o].length > 0 && slowest(w) > fastest(o) * (1 + OUT_MARGIN),
        ),
    );
  }

  /** Median rate of every strategy sampled so far. */
  private rates(): ReaderRates {
    const rates: ReaderRates = {};
    for (const s of READER_STRATEGIES) if (this.samples[s].length) rates[s] = median(this.samples[s]);
    return rates;
  }

  /** Best so far among `usable` (local until another is measured faster than it). */
  private leader(usable: readonly ReaderStrategy[]): ReaderStrategy {
    if (usable.some((s) => !this.samples[s].length))
      return usable.includes('local') ? 'local' : (usable[0] ?? 'local');
    return fastestOf(this.rates(), usable);
  }
}

/** This thread's calibration: the documented per-thread cache (the main thread's is the process's). */
export const threadCalibration = new ReaderCalibration();
