export declare const READER_STRATEGIES: readonly ['overlapped', 'local', 'ring', 'direct'];
export type ReaderStrategy = (typeof READER_STRATEGIES)[number];
/** 32 MiB: long enough that timer resolution and a segment's first read are noise (< 3 %). */
export declare const CALIBRATION_SEGMENT: number;
/** Segments per strategy before deciding: 4 × 32 MiB per strategy. */
export declare const CALIBRATION_ROUNDS = 4;
/** Relative difference below which the local reader is kept. */
export declare const TIE_MARGIN = 0.02;
/** Segments per strategy after which a clear difference decides. */
export declare const EARLY_ROUNDS = 2;
/** How much slower the slowest segment of the winner may not be than the fastest of the other. */
export declare const CLEAR_MARGIN = 0.05;
/**
 * How much faster the slowest segment of one strategy must be than the fastest of another for the
 * other to be dropped from calibration, after a single segment: no noise makes a strategy faster,
 * and one 40 % behind does not win. Not less: a process's first segments can run beside V8's
 * background compilation (a first run, its compile cache empty), and on the Xeon that held a
 * starting ring at 1.17 GB/s against 1.85 later, 26 % behind the local reader. With four strategies
 * most machines have one or two far behind; each segment one does not read saves 5-15 ms.
 */
export declare const OUT_MARGIN = 0.4;
export declare const READER_ENV = "MODELVET_HASH_READER";
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
/** The strategy forced by MODELVET_HASH_READER; a value that names none is a usage error. */
export declare function readerOverride(env?: NodeJS.ProcessEnv): ReaderStrategy | undefined;
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
export declare function strategiesForCpus(cpus: number): readonly ReaderStrategy[];
/**
 * The fastest of `rates` among `allowed`, except that the local reader is kept unless another beats
 * it by more than TIE_MARGIN (one buffer, no other thread), and kept when it has no rate (a strategy
 * measured does not beat one that was not); without the local reader, the fastest measured.
 */
export declare function fastestOf(rates: ReaderRates, allowed: readonly ReaderStrategy[]): ReaderStrategy;
export declare class ReaderCalibration {
    private decided;
    private readonly samples;
    private readonly segment;
    private readonly rounds;
    private readonly candidates;
    /** `candidates`: the strategies calibration compares (a pass may allow fewer, see `plan`). */
    constructor(options?: {
        segment?: number;
        rounds?: number;
        candidates?: readonly ReaderStrategy[];
    });
    /** The decision, once there is one (measured here or adopted from another thread). */
    get decision(): ReaderDecision | undefined;
    /** Takes a decision made on another thread (first one wins). */
    adopt(decision: ReaderDecision): void;
    /**
     * What to read next of a range with `remaining` bytes left. `exclusive`: no other pass runs on
     * this thread now (a concurrent pass would make both timings meaningless). `allowed`: the
     * strategies this pass may use (the ring reader needs a free core for its reader thread); a
     * decision for one it may not use gives way to the fastest of the others measured.
     */
    plan(remaining: number, exclusive: boolean, allowed?: readonly ReaderStrategy[]): SegmentPlan;
    /**
     * Records one timed segment; returns the decision when this sample completes calibration over the
     * strategies `allowed` (those of the pass that read it).
     */
    record(strategy: ReaderStrategy, bytes: number, ms: number, allowed?: readonly ReaderStrategy[]): ReaderDecision | undefined;
    /** The strategy every segment of which beat every segment of each other one by more than CLEAR_MARGIN. */
    private clearWinner;
    /**
     * Those of `usable` still compared: all but the ones every segment of another beat by more than
     * OUT_MARGIN (a strategy not yet sampled is in).
     */
    private contenders;
    /** Median rate of every strategy sampled so far. */
    private rates;
    /** Best so far among `usable` (local until another is measured faster than it). */
    private leader;
}
/** This thread's calibration: the documented per-thread cache (the main thread's is the process's). */
export declare const threadCalibration: ReaderCalibration;
