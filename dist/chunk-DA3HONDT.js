import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  runHashJob,
  runSmallFilesJob
} from "./chunk-TDG5GJM7.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";

// src/core/hash/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
function workerUrl() {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("./worker.ts", here) : new URL("./hash-worker.js", here);
}
function jobLabel(job) {
  return job.type === "small" ? `${job.files.length} small files` : job.displayPath;
}
function defaultJobs() {
  return Math.max(1, availableParallelism());
}
var HashPool = class {
  size;
  inline;
  callerBusy = false;
  idle = [];
  all = /* @__PURE__ */ new Set();
  queue = [];
  running = /* @__PURE__ */ new Map();
  nextId = 1;
  closed = false;
  constructor(size = defaultJobs(), options = {}) {
    this.size = Math.max(1, Math.floor(size));
    this.inline = Boolean(options.inline);
  }
  hash(job) {
    if (this.closed) return Promise.reject(new ModelvetError("INTERNAL", "hash pool is closed"));
    return new Promise((resolve, reject) => {
      const wire = {
        id: this.nextId++,
        path: job.path,
        displayPath: job.displayPath ?? String(job.path),
        algorithms: job.algorithms ?? ["sha256"],
        ...job.start !== void 0 ? { start: job.start } : {},
        ...job.length !== void 0 ? { length: job.length } : {},
        ...job.bufferSize !== void 0 ? { bufferSize: job.bufferSize } : {}
      };
      this.queue.push({
        job: wire,
        onProgress: job.onProgress,
        resolve,
        reject
      });
      this.pump();
    });
  }
  /**
   * Reads and hashes many small files in one message to one worker (each opened once; the bytes
   * come back for the analyzers). Files larger than `maxBytes` when opened fail with CHANGED_WHILE_READING.
   */
  readSmallFiles(files, maxBytes) {
    if (this.closed) return Promise.reject(new ModelvetError("INTERNAL", "hash pool is closed"));
    return new Promise((resolve, reject) => {
      const job = { type: "small", id: this.nextId++, files: [...files], maxBytes };
      this.queue.push({ job, onProgress: void 0, resolve, reject });
      this.pump();
    }).then(
      (results) => results.map(
        (r) => r.ok ? {
          ok: true,
          data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length),
          digests: r.digests
        } : r
      )
    );
  }
  async close() {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ModelvetError("INTERNAL", "hash pool closed"));
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }
  /** Runs a job on the calling thread; its errors take the same shape as a worker's. */
  runInline(p) {
    this.callerBusy = true;
    const run = p.job.type === "small" ? runSmallFilesJob(p.job) : runHashJob(p.job, p.onProgress);
    run.then(p.resolve, p.reject).finally(() => {
      this.callerBusy = false;
      if (!this.closed) this.pump();
    });
  }
  pump() {
    while (this.queue.length) {
      if (this.inline && !this.callerBusy) {
        this.runInline(this.queue.shift());
        continue;
      }
      let worker = this.idle.pop();
      if (!worker) {
        if (this.all.size >= this.size - (this.inline ? 1 : 0)) return;
        worker = this.spawn();
      }
      const next = this.queue.shift();
      this.running.set(worker, next);
      worker.ref();
      worker.postMessage(next.job);
    }
  }
  spawn() {
    const worker = new Worker(workerUrl());
    this.all.add(worker);
    worker.on("message", (m) => {
      const p = this.running.get(worker);
      if (!p || m.id !== p.job.id) return;
      if (m.type === "progress") {
        p.onProgress?.(m.bytes);
        return;
      }
      this.running.delete(worker);
      if (m.type === "done") p.resolve(m.result);
      else if (m.type === "small-done") p.resolve(m.results);
      else p.reject(new ModelvetError(m.code, m.message, { path: jobLabel(p.job) }));
      worker.unref();
      this.idle.push(worker);
      this.pump();
    });
    worker.on("error", (err) => {
      const p = this.running.get(worker);
      this.running.delete(worker);
      this.all.delete(worker);
      p?.reject(
        new ModelvetError("INTERNAL", `${p ? jobLabel(p.job) : ""}: hash worker failed: ${err.message}`)
      );
      this.pump();
    });
    return worker;
  }
};

export {
  defaultJobs,
  HashPool
};
