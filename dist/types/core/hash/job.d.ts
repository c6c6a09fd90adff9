import { ModelvetError } from '../errors.ts';
import type { HashJob, SmallFileResult, SmallFilesJob } from './protocol.ts';
import { type HashResult } from './reader.ts';
export declare function asHashError(err: unknown, displayPath: string): ModelvetError;
export declare function runHashJob(job: HashJob, onProgress?: (bytes: number) => void): Promise<HashResult>;
/** Reads and hashes every file of a batch; a failure is a result of its file, never of the batch. */
export declare function runSmallFilesJob(job: SmallFilesJob): Promise<SmallFileResult[]>;
/** The buffers to transfer with a batch's results (each once). */
export declare function transferList(results: readonly SmallFileResult[]): ArrayBuffer[];
