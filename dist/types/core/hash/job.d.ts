/**
 * Runs one hash job, on whichever thread holds it (a worker, or the calling thread when the pool is
 * inline), and gives every failure the same shape: a ModelvetError naming the file.
 */
import { ModelvetError } from '../errors.ts';
import type { HashJob } from './protocol.ts';
import { type HashResult } from './reader.ts';
export declare function asHashError(err: unknown, displayPath: string): ModelvetError;
export declare function runHashJob(job: HashJob, onProgress?: (bytes: number) => void): Promise<HashResult>;
