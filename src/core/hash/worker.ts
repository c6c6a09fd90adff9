/**
 * Worker thread entry: runs one job at a time with the shared reader, reports progress, and sends
 * back the read strategy this thread calibrated (the pool makes it the process's).
 */
import { parentPort } from 'node:worker_threads';
import { threadCalibration } from './calibrate.ts';
import { asHashError, runHashJob, runSmallFilesJob, transferList } from './job.ts';
import type { PoolJobMessage, WorkerMessage } from './protocol.ts';
import { ModelvetError } from '../errors.ts';

const port = parentPort;
if (!port) throw new ModelvetError('INTERNAL', 'hash worker must run in a worker thread');

port.on('message', async (job: PoolJobMessage) => {
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  if (job.type === 'small') {
    const results = await runSmallFilesJob(job);
    // The file bytes move to the pool's thread without a copy.
    post({ type: 'small-done', id: job.id, results }, transferList(results));
    return;
  }
  try {
    const result = await runHashJob(job, (bytes) => post({ type: 'progress', id: job.id, bytes }));
    const decided = threadCalibration.decision;
    post({ type: 'done', id: job.id, result, reader: decided });
  } catch (err) {
    const e = asHashError(err, job.displayPath);
    post({ type: 'error', id: job.id, code: e.code, message: e.message });
  }
});
