export declare const READER_STRATEGIES: readonly ['overlapped', 'local'];
export type ReaderStrategy = (typeof READER_STRATEGIES)[number];
/** 32 MiB: long enough that timer resolution and a segment's first read are noise (< 3 %). */
export declare const CALIBRATION_SEGMENT: number;
/** Segments per strategy before deciding: 4 + 4 × 32 MiB = the first 256 MiB of hashing. */
export declare const CALIBRATION_ROUNDS = 4;
/** Relative difference below which the local reader is kept. */
export declare const TIE_MARGIN = 0.02;
/** Segments per strategy after which a clear difference decides. */
export declare const EARLY_ROUNDS = 2;
/** How much slower the slowest segment of the winner may not be than the fastest of the other. */
export declare const CLEAR_MARGIN = 0.05;
export declare const READER_ENV = "MODELVET_HASH_READER";
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
/** The strategy forced by MODELVET_HASH_READER; a value that names none is a usage error. */
export declare function readerOverride(env?: NodeJS.ProcessEnv): ReaderStrategy | undefined;
/**
 * The strategy when this process may run on one CPU only (`taskset -c 0`, a one-vCPU runner, a
 * cgroup cpuset): the overlapped reader's point is a read running on another core while this one
 * hashes, so with one core it only adds a libuv thread competing with the hasher; the local reader
 * is taken without calibrating (calibration would read half of its 256 MiB the slow way).
 */
export declare function strategyForCpus(cpus: number): ReaderStrategy | undefined;
export declare class ReaderCalibration {
    private decided;
    private readonly samples;
    private readonly segment;
    private readonly rounds;
    constructor(options?: {
        segment?: number;
        rounds?: number;
    });
    /** The decision, once there is one (measured here or adopted from another thread). */
    get decision(): ReaderDecision | undefined;
    /** Takes a decision made on another thread (first one wins). */
    adopt(decision: ReaderDecision): void;
    /**
     * What to read next of a range with `remaining` bytes left. `exclusive`: no other pass runs on
     * this thread now (a concurrent pass would make both timings meaningless).
     */
    plan(remaining: number, exclusive: boolean): SegmentPlan;
    /** Records one timed segment; returns the decision when this sample completes calibration. */
    record(strategy: ReaderStrategy, bytes: number, ms: number): ReaderDecision | undefined;
    /** Best so far (local until the overlapped reader is measured faster). */
    private leader;
}
/** This thread's calibration: the documented per-thread cache (the main thread's is the process's). */
export declare const threadCalibration: ReaderCalibration;
