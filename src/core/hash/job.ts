/**
 * Runs one hash job, on whichever thread holds it (a worker, or the calling thread when the pool is
 * inline), and gives every failure the same shape: a ModelvetError naming the file.
 */
import { describeError, ModelvetError } from '../errors.ts';
import type { HashJob } from './protocol.ts';
import { type HashResult, hashFile } from './reader.ts';

export function asHashError(err: unknown, displayPath: string): ModelvetError {
  if (err instanceof ModelvetError) return err;
  const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
  return new ModelvetError(code, describeError(err, displayPath), { path: displayPath, cause: err });
}

export async function runHashJob(job: HashJob, onProgress?: (bytes: number) => void): Promise<HashResult> {
  try {
    return await hashFile(job.path, {
      displayPath: job.displayPath,
      algorithms: job.algorithms,
      ...(job.start !== undefined ? { start: job.start } : {}),
      ...(job.length !== undefined ? { length: job.length } : {}),
      ...(job.bufferSize !== undefined ? { bufferSize: job.bufferSize } : {}),
      ...(job.reader !== undefined ? { reader: job.reader } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  } catch (err) {
    throw asHashError(err, job.displayPath);
  }
}
