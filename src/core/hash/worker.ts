/**
 * Worker thread entry: hashes one job at a time with the shared reader, reports progress, and sends
 * back the read strategy this thread calibrated (the pool makes it the process's).
 */
import { parentPort } from 'node:worker_threads';
import { threadCalibration } from './calibrate.ts';
import { asHashError, runHashJob } from './job.ts';
import type { HashJob, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('hash worker must run in a worker thread');

port.on('message', async (job: HashJob) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    const result = await runHashJob(job, (bytes) => post({ type: 'progress', id: job.id, bytes }));
    const decided = threadCalibration.decision;
    post({ type: 'done', id: job.id, result, ...(decided ? { reader: decided } : {}) });
  } catch (err) {
    const e = asHashError(err, job.displayPath);
    post({ type: 'error', id: job.id, code: e.code, message: e.message });
  }
});
