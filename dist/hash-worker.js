import { M as ModelvetError, r as runSmallFilesJob, e as transferList, a as runHashJob, t as threadCalibration, g as asHashError } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { parentPort } = __mvBuiltin("node:worker_threads");

var port = parentPort;
if (!port) throw new ModelvetError("INTERNAL", "hash worker must run in a worker thread");
port.on("message", async (job) => {
  const post = (m, transfer = []) => port.postMessage(m, transfer);
  if (job.type === "small") {
    const results = await runSmallFilesJob(job);
    post({ type: "small-done", id: job.id, results }, transferList(results));
    return;
  }
  try {
    const result = await runHashJob(job, (bytes) => post({ type: "progress", id: job.id, bytes }));
    const decided = threadCalibration.decision;
    post({ type: "done", id: job.id, result, reader: decided });
  } catch (err) {
    const e = asHashError(err, job.displayPath);
    post({ type: "error", id: job.id, code: e.code, message: e.message });
  }
});
