import {
  isWithin
} from "./chunk-DRNDJL4J.js";
import {
  DIGEST_ALGORITHMS,
  runHashJob,
  runSmallFilesJob,
  threadCalibration
} from "./chunk-MIR7RAQO.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

// src/core/hash/cache.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/outside.ts
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
async function realpathOfMaybeMissing(p) {
  const rest = [];
  let cur = resolve(p);
  for (; ; ) {
    const real = await realpath(cur).catch(() => void 0);
    if (real !== void 0) return join(real, ...rest.reverse());
    const parent = dirname(cur);
    if (parent === cur) return resolve(p);
    rest.push(basename(cur));
    cur = parent;
  }
}
async function rootContaining(path, roots) {
  const real = await realpathOfMaybeMissing(path);
  for (const root of roots) {
    const realRoot = await realpath(root).catch(() => resolve(root));
    if (isWithin(realRoot, real)) return root;
  }
  return void 0;
}

// src/core/hash/cache.ts
var CACHE_FILE_NAME = "modelvet-digests.json";
var CACHE_FORMAT = "modelvet-digest-cache";
var CACHE_VERSION = 1;
var DEFAULT_MAX_ENTRIES = 1e5;
var MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;
var DEFAULT_RACY_WINDOW_MS = 2e3;
var HEX_LENGTH = {
  sha256: 64,
  sha512: 128,
  blake2b512: 128,
  sha1: 40,
  "git-sha1": 40,
  blake3: 64
};
async function fileIdentity(path) {
  const st = await stat(path, { bigint: true }).catch(() => void 0);
  if (!st?.isFile()) return void 0;
  return {
    key: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`,
    size: Number(st.size),
    ctimeMs: Number(st.ctimeNs / 1000000n)
  };
}
function validEntry(value) {
  if (typeof value !== "object" || value === null) return false;
  const { digests, used } = value;
  if (typeof used !== "number" || !Number.isFinite(used)) return false;
  if (typeof digests !== "object" || digests === null || Array.isArray(digests)) return false;
  const pairs = Object.entries(digests);
  return pairs.length > 0 && pairs.every(
    ([alg, hex]) => DIGEST_ALGORITHMS.includes(alg) && typeof hex === "string" && hex.length === HEX_LENGTH[alg] && /^[0-9a-f]+$/.test(hex)
  );
}
function parseCache(text) {
  const doc = JSON.parse(text);
  if (typeof doc !== "object" || doc === null) throw new ModelvetError("CORRUPT_CACHE", "not a JSON object");
  const { format, version, entries } = doc;
  if (format !== CACHE_FORMAT || version !== CACHE_VERSION)
    throw new ModelvetError("CORRUPT_CACHE", `not a ${CACHE_FORMAT} version ${CACHE_VERSION}`);
  if (typeof entries !== "object" || entries === null || Array.isArray(entries))
    throw new ModelvetError("CORRUPT_CACHE", "no entries object");
  const out = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(entries)) {
    if (!/^\d+:\d+:\d+:\d+:\d+(?::\d+:\d+)?$/.test(key) || !validEntry(entry))
      throw new ModelvetError("CORRUPT_CACHE", `invalid entry ${JSON.stringify(key).slice(0, 80)}`);
    out.set(key, { digests: { ...entry.digests }, used: entry.used });
  }
  return out;
}
function rangeKey(identity, start, length) {
  const s = start ?? 0;
  const whole = s === 0 && (length === void 0 || length === identity.size);
  return whole ? identity.key : `${identity.key}:${s}:${length ?? identity.size - s}`;
}
var DigestCache = class _DigestCache {
  /** The cache file; undefined for a cache that lives only as long as the process (`inMemory`). */
  file;
  entries;
  options;
  dirty = false;
  hits = 0;
  constructor(file, entries, options) {
    this.file = file;
    this.entries = entries;
    this.options = {
      maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      racyWindowMs: options.racyWindowMs ?? DEFAULT_RACY_WINDOW_MS,
      now: options.now ?? Date.now,
      onWarning: options.onWarning
    };
  }
  /** Opens (creating DIR, mode 0700) the cache in `dir`; a broken cache file is a warning, not an error. */
  static async open(dir, options = {}) {
    try {
      await mkdir(dir, { recursive: true, mode: 448 });
    } catch (err) {
      throw new ModelvetError("UNREADABLE", `digest cache ${describeError(err, dir)}`, { path: dir });
    }
    const file = join2(dir, CACHE_FILE_NAME);
    const entries = await readEntries(file, options.onWarning);
    return new _DigestCache(file, entries, options);
  }
  /** A cache for one run (never written): what one step hashed, the next need not hash again. */
  static inMemory(options = {}) {
    return new _DigestCache(void 0, /* @__PURE__ */ new Map(), { racyWindowMs: 0, ...options });
  }
  get size() {
    return this.entries.size;
  }
  /** Lookups answered since opened. */
  get hitCount() {
    return this.hits;
  }
  /** Digests for `key` covering every algorithm wanted, or undefined. */
  lookup(key, algorithms) {
    const entry = this.entries.get(key);
    if (!entry?.digests.sha256 || !algorithms.every((a) => entry.digests[a])) return void 0;
    entry.used = this.options.now();
    this.hits++;
    this.dirty = true;
    const picked = { sha256: entry.digests.sha256 };
    for (const a of algorithms) picked[a] = entry.digests[a];
    return picked;
  }
  /** Records digests of a pass whose file identity was `before` when it started and `after` when it ended. */
  store(before, after, key, digests) {
    if (!after || after.key !== before.key) return;
    if (this.options.now() - before.ctimeMs < this.options.racyWindowMs) return;
    const old = this.entries.get(key);
    this.entries.set(key, { digests: { ...old?.digests, ...digests }, used: this.options.now() });
    this.dirty = true;
  }
  /** Writes the cache (merged with entries another process wrote since it was opened), atomically. */
  async flush() {
    if (!this.dirty || this.file === void 0) return;
    const file = this.file;
    const onDisk = await readEntries(file, void 0);
    for (const [key, entry] of this.entries) {
      const other = onDisk.get(key);
      if (!other || other.used <= entry.used) onDisk.set(key, entry);
    }
    const kept = [...onDisk].sort((a, b) => b[1].used - a[1].used).slice(0, this.options.maxEntries);
    const text = JSON.stringify({
      format: CACHE_FORMAT,
      version: CACHE_VERSION,
      entries: Object.fromEntries(kept)
    });
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await writeFile(tmp, text, { mode: 384 });
      await rename(tmp, file);
      this.dirty = false;
    } catch (err) {
      await rm(tmp, { force: true });
      this.options.onWarning?.(`digest cache not saved: ${describeError(err, file)}`);
    }
  }
};
async function readEntries(file, onWarning) {
  let text;
  try {
    const st = await stat(file);
    if (st.size > MAX_CACHE_FILE_BYTES) {
      onWarning?.(
        `digest cache ${file} is larger than ${MAX_CACHE_FILE_BYTES} bytes; ignored (it will be replaced)`
      );
      return /* @__PURE__ */ new Map();
    }
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err.code !== "ENOENT")
      onWarning?.(`digest cache ignored: ${describeError(err, file)}`);
    return /* @__PURE__ */ new Map();
  }
  try {
    return parseCache(text);
  } catch (err) {
    onWarning?.(`digest cache ${file} is corrupt (${err.message}); ignored, it will be replaced`);
    return /* @__PURE__ */ new Map();
  }
}
async function assertCacheOutside(dir, roots) {
  const root = await rootContaining(dir, roots);
  if (root !== void 0)
    throw new ModelvetError(
      "USAGE",
      `--digest-cache ${dir} is inside the scanned folder ${root}; put the cache outside what is scanned`,
      { path: dir }
    );
}
async function hashThroughCache(cache, pass, hash) {
  const before = await fileIdentity(pass.path);
  if (!before) return hash();
  const key = rangeKey(before, pass.start, pass.length);
  const algorithms = pass.algorithms?.length ? pass.algorithms : ["sha256"];
  const size = pass.length ?? before.size - (pass.start ?? 0);
  const hit = size >= 0 ? cache.lookup(key, algorithms) : void 0;
  if (hit) {
    pass.onProgress?.(size);
    return { size, digests: hit, cached: true };
  }
  const result = await hash();
  cache.store(before, await fileIdentity(pass.path), key, result.digests);
  return result;
}

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
function readerForStreams(streams, cpus, calibrated) {
  return streams >= cpus && cpus > 1 ? "local" : calibrated;
}
var HashPool = class {
  size;
  inline;
  digestCache;
  callerBusy = false;
  idle = [];
  all = /* @__PURE__ */ new Set();
  queue = [];
  running = /* @__PURE__ */ new Map();
  pumpScheduled = false;
  nextId = 1;
  closed = false;
  constructor(size = defaultJobs(), options = {}) {
    this.size = Math.max(1, Math.floor(size));
    this.inline = Boolean(options.inline);
    this.digestCache = options.digestCache;
  }
  hash(job) {
    const cache = this.digestCache;
    return cache ? hashThroughCache(cache, job, () => this.enqueue(job)) : this.enqueue(job);
  }
  enqueue(job) {
    if (this.closed) return Promise.reject(new ModelvetError("INTERNAL", "hash pool is closed"));
    return new Promise((resolve2, reject) => {
      const wire = {
        id: this.nextId++,
        path: job.path,
        displayPath: job.displayPath ?? String(job.path),
        algorithms: job.algorithms ?? ["sha256"],
        start: job.start,
        length: job.length,
        bufferSize: job.bufferSize
      };
      this.queue.push({
        job: wire,
        onProgress: job.onProgress,
        resolve: resolve2,
        reject
      });
      this.schedulePump();
    });
  }
  /**
   * Reads and hashes many small files in one message to one worker (each opened once; the bytes
   * come back for the analyzers). Files larger than `maxBytes` when opened fail with CHANGED_WHILE_READING.
   */
  readSmallFiles(files, maxBytes) {
    if (this.closed) return Promise.reject(new ModelvetError("INTERNAL", "hash pool is closed"));
    return new Promise((resolve2, reject) => {
      const job = { type: "small", id: this.nextId++, files: [...files], maxBytes };
      this.queue.push({ job, onProgress: void 0, resolve: resolve2, reject });
      this.schedulePump();
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
  /**
   * Starts queued jobs once the caller has queued what it queues at once (the files of a folder, the
   * digest-cache lookups that finish together): how many streams will run decides each one's reader
   * (take), and a job started on the first enqueue would see itself alone.
   */
  schedulePump() {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      if (!this.closed) this.pump();
    });
  }
  pump() {
    while (this.queue.length) {
      if (this.inline && !this.callerBusy) {
        this.runInline(this.take());
        continue;
      }
      let worker = this.idle.pop();
      if (!worker) {
        if (this.all.size >= this.size - (this.inline ? 1 : 0)) return;
        worker = this.spawn();
      }
      const next = this.take();
      this.running.set(worker, next);
      worker.ref();
      worker.postMessage(next.job);
    }
  }
  /**
   * The next queued job, counted as running, with the reader it is to use: the local reader when it
   * starts with every CPU hashing (readerForStreams), else the process's calibrated choice once one
   * thread has made it (calibrate.ts); MODELVET_HASH_READER, read by the reader itself, wins over both.
   */
  take() {
    const p = this.queue.shift();
    if (p.job.type === "small") return p;
    const reader = readerForStreams(
      this.streamsWith(),
      availableParallelism(),
      threadCalibration.decision?.strategy
    );
    if (reader) p.job.reader = reader;
    return p;
  }
  /**
   * How many streams hash at once when the job just taken starts: those running (a small-file batch
   * keeps its core busy too), this one, and the queued range jobs that start with it, up to the
   * pool's size.
   */
  streamsWith() {
    let streams = this.running.size + (this.callerBusy ? 1 : 0) + 1;
    for (const q of this.queue) {
      if (streams >= this.size) break;
      if (q.job.type !== "small") streams++;
    }
    return Math.min(streams, this.size);
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
      if (m.type === "done" && m.reader) threadCalibration.adopt(m.reader);
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
  rootContaining,
  DigestCache,
  assertCacheOutside,
  defaultJobs,
  HashPool
};
