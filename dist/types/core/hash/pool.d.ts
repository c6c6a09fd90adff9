import { type ErrorCode } from '../errors.ts';
import type { FsPath } from '../paths.ts';
import { type DigestCache } from './cache.ts';
import { type ReaderDecision, type ReaderStrategy } from './calibrate.ts';
import type { DigestAlgorithm } from './digests.ts';
import type { SmallFile } from './protocol.ts';
import type { HashRange, HashResult } from './reader.ts';
export interface PoolJob extends HashRange {
    /** Exact bytes of the path when a Buffer (a name that is not UTF-8). */
    path: FsPath;
    displayPath?: string;
    algorithms?: DigestAlgorithm[];
    bufferSize?: number;
    /** Bytes hashed since the last call. */
    onProgress?: (bytes: number) => void;
}
/** A small file read and hashed by the pool: its bytes (for the analyzers) and digests, or why not. */
export type SmallFileRead = {
    ok: true;
    data: Buffer;
    digests: HashResult['digests'];
} | {
    ok: false;
    code: ErrorCode;
    message: string;
};
export declare function defaultJobs(): number;
/**
 * The reader for a stream that starts while `streams` streams (itself included) hash at once on
 * `cpus` CPUs. The overlapped reader's gain is a read running on a free core while this one hashes;
 * with every core hashing there is none, and its reads only add pool threads competing with the
 * hashers and a cross-core copy (2 streams on 2 cores, Intel Xeon: 8 x 256 MiB in 2.24 s with the
 * local reader, 3.85 s overlapped, in one interleaved run). The ring reader holds a second core for
 * its reader thread (ringAllowed); a decision for it in a stream without one gives way to the
 * fastest other strategy the decision measured. Otherwise the process's calibrated choice.
 */
export declare function readerForStreams(streams: number, cpus: number, calibrated: ReaderDecision | undefined): ReaderStrategy | undefined;
/** Whether every stream can have a core for its ring reader thread besides its own. */
export declare function ringAllowed(streams: number, cpus: number): boolean;
export interface PoolOptions {
    /**
     * The calling thread is one of the pool's `size` hashers: it takes the first job at once while
     * the other workers start (one worker start-up less, and none at all for `size` 1). Right when the
     * caller has nothing else to do (`modelvet hash`, `verify`); wrong when it has other work to
     * overlap with hashing, like a scan's analyzers.
     */
    inline?: boolean;
    /** Answer unchanged files from this digest cache and store what is hashed (cache.ts). */
    digestCache?: DigestCache;
}
export declare class HashPool {
    readonly size: number;
    private readonly inline;
    private readonly digestCache;
    private callerBusy;
    private readonly idle;
    private readonly all;
    private readonly queue;
    private readonly running;
    private pumpScheduled;
    private nextId;
    private closed;
    constructor(size?: number, options?: PoolOptions);
    hash(job: PoolJob): Promise<HashResult>;
    private enqueue;
    /**
     * Reads and hashes many small files in one message to one worker (each opened once; the bytes
     * come back for the analyzers). Files larger than `maxBytes` when opened fail with CHANGED_WHILE_READING.
     */
    readSmallFiles(files: readonly SmallFile[], maxBytes: number): Promise<SmallFileRead[]>;
    close(): Promise<void>;
    /** Runs a job on the calling thread; its errors take the same shape as a worker's. */
    private runInline;
    /**
     * Starts queued jobs once the caller has queued what it queues at once (the files of a folder, the
     * digest-cache lookups that finish together): how many streams will run decides each one's reader
     * (take), and a job started on the first enqueue would see itself alone.
     */
    private schedulePump;
    private pump;
    /**
     * The next queued job, counted as running, with the reader it is to use: the local reader when it
     * starts with every CPU hashing (readerForStreams), else the process's calibrated choice once one
     * thread has made it (calibrate.ts); MODELVET_HASH_READER, read by the reader itself, wins over both.
     * Whether it may use the ring reader (a core for its reader thread) goes with it.
     */
    private take;
    /**
     * How many streams hash at once when the job just taken starts: those running (a small-file batch
     * keeps its core busy too), this one, and the queued range jobs that start with it, up to the
     * pool's size.
     */
    private streamsWith;
    private spawn;
}
