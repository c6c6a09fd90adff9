import type { DigestAlgorithm } from './digests.ts';
import type { HashRange, HashResult } from './reader.ts';
export interface PoolJob extends HashRange {
    path: string;
    displayPath?: string;
    algorithms?: DigestAlgorithm[];
    bufferSize?: number;
    /** Bytes hashed since the last call. */
    onProgress?: (bytes: number) => void;
}
export declare function defaultJobs(): number;
export interface PoolOptions {
    /**
     * The calling thread is one of the pool's `size` hashers: it takes the first job at once while
     * the other workers start (one worker start-up less, and none at all for `size` 1). Right when the
     * caller has nothing else to do (`modelvet hash`, `verify`); wrong when it has other work to
     * overlap with hashing, like a scan's analyzers.
     */
    inline?: boolean;
}
export declare class HashPool {
    readonly size: number;
    private readonly inline;
    private callerBusy;
    private readonly idle;
    private readonly all;
    private readonly queue;
    private readonly running;
    private nextId;
    private closed;
    constructor(size?: number, options?: PoolOptions);
    hash(job: PoolJob): Promise<HashResult>;
    close(): Promise<void>;
    /** Runs a job on the calling thread; its errors take the same shape as a worker's. */
    private runInline;
    private pump;
    private spawn;
}
