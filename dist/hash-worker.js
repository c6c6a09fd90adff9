import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  hashFile
} from "./chunk-L2OXUHXA.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";

// src/core/hash/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("hash worker must run in a worker thread");
port.on("message", async (job) => {
  const post = (m) => port.postMessage(m);
  try {
    const result = await hashFile(job.path, {
      algorithms: job.algorithms,
      displayPath: job.displayPath,
      ...job.start !== void 0 ? { start: job.start } : {},
      ...job.length !== void 0 ? { length: job.length } : {},
      ...job.bufferSize !== void 0 ? { bufferSize: job.bufferSize } : {},
      onProgress: (bytes) => post({ type: "progress", id: job.id, bytes })
    });
    post({ type: "done", id: job.id, result });
  } catch (err) {
    const code = err instanceof ModelvetError ? err.code : err.code ?? "UNREADABLE";
    post({ type: "error", id: job.id, code, message: describeError(err, job.displayPath) });
  }
});
