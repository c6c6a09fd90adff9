import { type ReaderCalibration, type ReaderStrategy } from './calibrate.ts';
import { type DigestAlgorithm, type Digests } from './digests.ts';
/** The overlapped reader's buffer size (two per thread). */
export declare const DEFAULT_BUFFER_SIZE: number;
export interface HashRange {
    /** First byte (default 0). */
    start?: number;
    /** Bytes to hash from `start` (default: to the end of the file). */
    length?: number;
}
export interface HashOptions extends HashRange {
    algorithms?: readonly DigestAlgorithm[];
    /** Buffer size of either reader (default: 2 MiB overlapped, 256 KiB local). */
    bufferSize?: number;
    /** Called with the bytes hashed since the last call, at most every ~32 MiB. */
    onProgress?: (bytes: number) => void;
    /** Name used in error messages (defaults to the path). */
    displayPath?: string;
    /** Read strategy to use; MODELVET_HASH_READER wins over it (default: the calibrated one). */
    reader?: ReaderStrategy;
    /** Calibration state to use and feed (default: this thread's). */
    calibration?: ReaderCalibration;
    /**
     * Whether the ring reader may run: its reader thread needs a core that no other stream hashes on
     * (the pool decides, pool.ts; default: when the process may use more than one CPU).
     */
    allowRing?: boolean;
}
export interface HashResult {
    /** Bytes hashed (the range length, or the file size). */
    size: number;
    digests: Digests;
    /** The digests came from the digest cache (cache.ts), not from reading the file. */
    cached?: true;
}
export declare function hashFile(path: string, options?: HashOptions): Promise<HashResult>;
