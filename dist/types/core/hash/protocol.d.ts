/** Messages between the hash pool and its worker threads. */
import type { ErrorCode } from '../errors.ts';
import type { FsPath } from '../paths.ts';
import type { ReaderDecision, ReaderStrategy } from './calibrate.ts';
import type { DigestAlgorithm, Digests } from './digests.ts';
import type { HashResult } from './reader.ts';
/** One file (or byte range) streamed through the reader. */
export interface HashJob {
    type?: 'file';
    id: number;
    /** Exact bytes of the path when a Buffer (a name that is not UTF-8). */
    path: FsPath;
    displayPath: string;
    algorithms: DigestAlgorithm[];
    start?: number;
    length?: number;
    bufferSize?: number;
    /** The process's read strategy, once decided (else the worker calibrates). */
    reader?: ReaderStrategy;
    /** The ring reader may run (a core is free for its reader thread, pool.ts). */
    allowRing?: boolean;
}
/** A small file of a batch: read whole into memory and hashed there. */
export interface SmallFile {
    /** Exact bytes of the path when a Buffer (a name that is not UTF-8). */
    path: FsPath;
    displayPath: string;
    algorithms: DigestAlgorithm[];
    /** Size at discovery (sizes the batch's buffer; the file is read to its size when opened). */
    size: number;
}
/**
 * Many small files in one message: one round trip instead of one per file, each file opened and
 * read once, and its bytes sent back (transferred, not copied) for the analyzers.
 */
export interface SmallFilesJob {
    type: 'small';
    id: number;
    files: SmallFile[];
    /** A file larger than this when opened is an error (it grew since the walk). */
    maxBytes: number;
}
export type SmallFileResult = {
    ok: true;
    data: Uint8Array;
    digests: Digests;
} | {
    ok: false;
    code: ErrorCode;
    message: string;
};
export type PoolJobMessage = HashJob | SmallFilesJob;
export type WorkerMessage = {
    type: 'progress';
    id: number;
    bytes: number;
} | {
    type: 'done';
    id: number;
    result: HashResult;
    reader?: ReaderDecision;
} | {
    type: 'small-done';
    id: number;
    results: SmallFileResult[];
} | {
    type: 'error';
    id: number;
    code: ErrorCode;
    message: string;
};
