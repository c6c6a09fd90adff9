/** Worker thread entry: hashes one job at a time with the shared reader, reports progress. */
import { parentPort } from 'node:worker_threads';
import { describeError, ModelvetError } from '../errors.ts';
import type { HashJob, WorkerMessage } from './protocol.ts';
import { hashFile } from './reader.ts';

const port = parentPort;
if (!port) throw new Error('hash worker must run in a worker thread');

port.on('message', async (job: HashJob) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    const result = await hashFile(job.path, {
      algorithms: job.algorithms,
      displayPath: job.displayPath,
      ...(job.start !== undefined ? { start: job.start } : {}),
      ...(job.length !== undefined ? { length: job.length } : {}),
      ...(job.bufferSize !== undefined ? { bufferSize: job.bufferSize } : {}),
      onProgress: (bytes) => post({ type: 'progress', id: job.id, bytes }),
    });
    post({ type: 'done', id: job.id, result });
  } catch (err) {
    const code =
      err instanceof ModelvetError ? err.code : ((err as NodeJS.ErrnoException).code ?? 'UNREADABLE');
    post({ type: 'error', id: job.id, code, message: describeError(err, job.displayPath) });
  }
});
