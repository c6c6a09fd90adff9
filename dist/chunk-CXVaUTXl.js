import { M as ModelvetError, r as runSmallFilesJob, a as runHashJob, t as threadCalibration, n as nodeWorkerThreads, f as fastestOf, d as describeError, D as DIGEST_ALGORITHMS, b as nodeCrypto } from './chunk-x8y2Yanw.js';
import { l as loadHumanRenderer, a as loadMarkdownRenderer, b as loadSarifRenderer, c as loadJsonRenderer, d as loadPolicyLoader, V as VERSION } from './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { sep, relative, isAbsolute, join, resolve, dirname, basename } = __mvBuiltin("node:path");
const { stat, mkdir, realpath, readFile, writeFile, rm, rename, lstat, open } = __mvBuiltin("node:fs/promises");
const { availableParallelism } = __mvBuiltin("node:os");
const { isUtf8 } = __mvBuiltin("node:buffer");
const { constants } = __mvBuiltin("node:fs");

function relativeInside(root, path) {
  const r = relative(root, path);
  const leaves = r === ".." || r.startsWith(`..${sep}`) || isAbsolute(r);
  return leaves ? void 0 : r;
}
function isWithin(root, path) {
  return relativeInside(root, path) !== void 0;
}
function nameEscapes(name) {
  const out = [];
  if (name.includes("\0")) out.push("nul");
  if (name.startsWith("/") || name.startsWith("\\")) out.push("absolute");
  if (/^[A-Za-z]:/.test(name)) out.push("drive");
  if (name.split(/[\\/]/).includes("..")) out.push("parent");
  return out;
}
function isRootedName(name) {
  return nameEscapes(name).some((r) => r === "absolute" || r === "drive");
}
var MEMBER_ESCAPE = {
  nul: "contains a NUL byte",
  absolute: "is an absolute path",
  drive: "starts with a drive letter",
  parent: "contains a ../ component"
};
function unsafeMemberPath(name) {
  const why = nameEscapes(name)[0];
  return why && MEMBER_ESCAPE[why];
}
var LOCATION_ESCAPE = {
  absolute: "is an absolute path",
  drive: "is a Windows drive path",
  parent: 'contains ".."'
};
function lexicalEscape(location) {
  const why = nameEscapes(location).find((r) => r !== "nul");
  return why && LOCATION_ESCAPE[why];
}
function toFsPath(bytes) {
  return isUtf8(bytes) ? bytes.toString("utf8") : bytes;
}
function joinBytes(dir, name) {
  return Buffer.concat([dir, SLASH, name]);
}
var SLASH = Buffer.from(sep === "/" ? "/" : "\\");
var UNSAFE_CHAR = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;
function sequenceLength(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;
  if (c >= 224 && c <= 239) {
    const lo = c === 224 ? 160 : 128;
    const hi = c === 237 ? 159 : 191;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 240 && c <= 244) {
    const lo = c === 240 ? 144 : 128;
    const hi = c === 244 ? 143 : 191;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
function* utf8Pieces(bytes) {
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString("utf8");
    yield bytes[i];
    i++;
    start = i;
  }
  if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString("utf8");
}
function fsDecode(bytes) {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  let out = "";
  for (const p of utf8Pieces(bytes)) out += typeof p === "string" ? p : String.fromCharCode(56320 + p);
  return out;
}
function fsEncode(text) {
  if (!/[\udc80-\udcff]/.test(text)) return Buffer.from(text, "utf8");
  const parts = [];
  let run = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch.length === 1 && cp >= 56448 && cp <= 56575) {
      if (run) parts.push(Buffer.from(run, "utf8"));
      run = "";
      parts.push(Buffer.of(cp - 56320));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}
function suspiciousName(bytes) {
  if (!isUtf8(bytes)) return "is not valid UTF-8";
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  const m = UNSAFE_CHAR.exec(text);
  if (!m) return void 0;
  const cp = m[0].codePointAt(0);
  return cp < 32 || cp === 127 || cp >= 128 && cp <= 159 ? "contains a control character" : "contains a line separator or bidirectional control character";
}
function pathKey(p) {
  return typeof p === "string" ? p : `\0${p.toString("latin1")}`;
}

var ATTEMPTS = 16;
async function replaceFile(file, text, mode = 384) {
  const stem = `${file}.tmp-${process.pid}-${process.hrtime.bigint().toString(36)}`;
  for (let attempt = 0; ; attempt++) {
    const tmp = `${stem}-${attempt}`;
    try {
      await writeFile(tmp, text, { mode, flag: "wx" });
    } catch (err) {
      if (err.code === "EEXIST") {
        if (attempt < ATTEMPTS - 1) continue;
        throw err;
      }
      await rm(tmp, { force: true }).catch(() => {
      });
      throw err;
    }
    try {
      await rename(tmp, file);
      return;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
}
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
    const file = join(dir, CACHE_FILE_NAME);
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
    try {
      await replaceFile(file, text);
      this.dirty = false;
    } catch (err) {
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
  if (streams >= cpus && cpus > 1) return "local";
  if (calibrated?.strategy !== "ring" || ringAllowed(streams, cpus)) return calibrated?.strategy;
  return fastestOf(calibrated.rates ?? {}, ["overlapped", "local"]);
}
function ringAllowed(streams, cpus) {
  return 2 * streams <= cpus;
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
   * Whether it may use the ring reader (a core for its reader thread) goes with it.
   */
  take() {
    const p = this.queue.shift();
    if (p.job.type === "small") return p;
    const streams = this.streamsWith();
    const cpus = availableParallelism();
    const reader = readerForStreams(streams, cpus, threadCalibration.decision);
    if (reader) p.job.reader = reader;
    p.job.allowRing = ringAllowed(streams, cpus);
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
    const worker = new (nodeWorkerThreads()).Worker(workerUrl());
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

function digestCacheDir(choice) {
  const { option, policy } = choice;
  if (option !== void 0) return option;
  return policy && policy.origin !== "scanned-folder" ? policy.digestCache : void 0;
}
async function openDigestCache(choice) {
  const dir = digestCacheDir(choice);
  if (dir === void 0) return void 0;
  const roots = [];
  for (const p of choice.paths) if ((await stat(p).catch(() => void 0))?.isDirectory()) roots.push(p);
  await assertCacheOutside(dir, roots);
  return DigestCache.open(dir, { onWarning: choice.onWarning });
}
async function withDigestCachePool(cache, jobs, fn) {
  if (!cache) return fn(void 0);
  const pool = new HashPool(jobs ?? defaultJobs(), { inline: true, digestCache: cache });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
    await cache.flush();
  }
}

// src/policy/types.ts
function emptyPolicy(source = "<inline>", origin = "explicit") {
  return {
    source,
    origin,
    rules: {},
    formats: {},
    pickle: { allow: [], forced: [] },
    verification: { require: "none", signers: [] },
    sources: {},
    ignore: []
  };
}

// src/report/render.ts
var REPORT_FORMATS = ["human", "json", "sarif", "markdown"];
function isReportFormat(value) {
  return REPORT_FORMATS.includes(value);
}
async function renderReport(report, o) {
  switch (o.format) {
    case "json":
      return (await loadJsonRenderer()).renderJson(report);
    case "sarif":
      return (await loadSarifRenderer()).renderSarif(report, {
        cwd: o.cwd,
        rules: o.rules
      });
    case "markdown":
      return (await loadMarkdownRenderer()).renderMarkdown(report, {
        quiet: Boolean(o.quiet),
        maxBytes: o.maxBytes,
        rules: o.rules
      });
    case "human":
      return (await loadHumanRenderer()).renderHuman(report, {
        color: Boolean(o.color),
        quiet: Boolean(o.quiet),
        verbose: Boolean(o.verbose),
        rules: o.rules
      });
  }
}
var POLICY_FILE_NAMES = [".modelvet.yml", ".modelvet.yaml", ".modelvet.json"];
async function isFile(p, followLinks) {
  try {
    return (await (followLinks ? stat(p) : lstat(p))).isFile();
  } catch {
    return false;
  }
}
async function policyFileIn(dir, followLinks) {
  const found = [];
  for (const name of POLICY_FILE_NAMES) if (await isFile(join(dir, name), followLinks)) found.push(name);
  if (found.length > 1)
    throw new ModelvetError("USAGE", `${dir} has ${found.join(" and ")}; keep one policy file`, {
      path: dir
    });
  return found[0] === void 0 ? void 0 : join(dir, found[0]);
}
async function discoverPolicy(paths, cwd) {
  const here = resolve(cwd);
  const roots = [];
  for (const p of paths) {
    const dir = resolve(cwd, p);
    const st = await stat(dir).catch(() => void 0);
    if (st?.isDirectory() && !roots.includes(dir)) roots.push(dir);
  }
  if (!roots.includes(here)) {
    const file = await policyFileIn(here, true);
    if (file) return { file: relative(here, file) || file, origin: "working-directory" };
  }
  let found;
  for (const dir of roots) {
    let file;
    try {
      file = await policyFileIn(dir, false);
    } catch (err) {
      const first = POLICY_FILE_NAMES.map((n) => join(dir, n))[0];
      return {
        file: relative(here, first) || first,
        origin: "scanned-folder",
        problem: err.message
      };
    }
    if (!file) continue;
    const shown = relative(here, file) || file;
    if (found && resolve(here, found.file) !== resolve(file)) {
      throw new ModelvetError(
        "USAGE",
        `scanned folders have different policies (${found.file}, ${shown}); choose one with --policy`
      );
    }
    found = { file: shown, origin: "scanned-folder" };
  }
  return found;
}
async function resolvePolicy(policyOption, paths, cwd, options = {}) {
  if (policyOption === false) return {};
  const { onWarning, ...load } = options;
  if (typeof policyOption === "string" && policyOption !== "") {
    const { loadPolicy: loadPolicy2 } = await loadPolicyLoader();
    const policy2 = await loadPolicy2(resolve(cwd, policyOption), { ...load, origin: "explicit" });
    policy2.source = policyOption;
    return { policy: policy2, message: `using policy ${policyOption} (--policy)` };
  }
  const found = await discoverPolicy(paths, cwd);
  if (!found) return {};
  if (found.origin === "scanned-folder") return scannedFolderPolicy(found, cwd, load, onWarning);
  const { loadPolicy } = await loadPolicyLoader();
  const policy = await loadPolicy(resolve(cwd, found.file), { ...load, origin: found.origin });
  policy.source = found.file;
  return { policy, message: `using policy ${found.file} (found in the working directory)` };
}
async function scannedFolderPolicy(found, cwd, load, onWarning) {
  const read = found.problem ? { errors: [{ path: "(file)", message: found.problem }] } : await readScannedPolicy(resolve(cwd, found.file), load);
  if (read.policy) {
    read.policy.source = found.file;
    return {
      policy: read.policy,
      message: `using policy ${found.file} (found in the scanned folder: it may only tighten checks; pass it with --policy to trust it)`
    };
  }
  onWarning?.(
    `${found.file} in the scanned folder is not a valid policy; it was not applied (reported as policy/invalid-policy)`
  );
  const policy = { ...emptyPolicy(found.file, "scanned-folder"), invalid: { errors: read.errors } };
  return { policy, message: `not using policy ${found.file} (found in the scanned folder; invalid)` };
}
async function readScannedPolicy(file, load) {
  const { readPolicyFile } = await loadPolicyLoader();
  try {
    return await readPolicyFile(file, { ...load, origin: "scanned-folder" });
  } catch (err) {
    return {
      errors: [{ path: "(file)", message: err instanceof ModelvetError ? err.message : "unreadable" }]
    };
  }
}

// src/core/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}
function defineRule(rule) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new ModelvetError(
      "INTERNAL",
      `invalid rule id ${rule.id}: expected group/name in lower-case kebab`
    );
  }
  return rule;
}
function finding(rule, fields) {
  const { severity, offset, ...rest } = fields;
  const out = { rule: rule.id, severity: severity ?? rule.severity };
  for (const [key, value] of Object.entries(rest)) if (value !== void 0) out[key] = value;
  if (offset !== void 0 && Number.isSafeInteger(offset) && offset >= 0) out.offset = offset;
  return out;
}
function compareFindings(a, b) {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function sortKey(f) {
  const pos = String(f.line ?? 0).padStart(10, "0") + String(f.offset ?? 0).padStart(16, "0");
  return `${f.path}\0${(f.member ?? []).join("")}\0${pos}\0${f.rule}\0${f.message}`;
}
var MAX_READ = 64 * 1024 * 1024;
function checkRange(source, offset, length) {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new ModelvetError(
      "READ_OUT_OF_BOUNDS",
      `${label(source)}: invalid read at ${offset} (+${length})`,
      {
        path: source.path
      }
    );
  }
  if (length > MAX_READ) {
    throw new ModelvetError(
      "READ_TOO_LARGE",
      `${label(source)}: read of ${length} bytes exceeds the ${MAX_READ} limit`,
      {
        path: source.path
      }
    );
  }
  return Math.max(0, Math.min(length, source.size - offset));
}
function label(source) {
  return source.member.length ? `${source.path}:${source.member.join(":")}` : source.path;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var SMALL_READ = 16 * 1024;
var READ_BLOCK = 256 * 1024;
var READ_BLOCKS = 4;
var FileSource = class _FileSource {
  path;
  fsPath;
  member = [];
  size;
  /** Bytes the readers asked for (not the read-ahead blocks behind them). */
  bytesRead = 0;
  handle;
  /**
   * Read-ahead blocks for small reads, most recent first. A zip of 65,535 tiny members is read as
   * headers and members of a few bytes each; one syscall through libuv's pool per read made that
   * 40 s, mostly waiting. Small reads are served from aligned BLOCK-sized reads instead.
   */
  blocks = [];
  constructor(path, fsPath, handle, size) {
    this.path = path;
    this.fsPath = fsPath;
    this.handle = handle;
    this.size = size;
  }
  /**
   * Opens `fsPath` (exact bytes when a Buffer; shown as `displayPath`). Refuses anything that is not
   * a regular file; opens non-blocking, so a FIFO swapped in after the walk cannot hang the scan.
   */
  static async open(fsPath, displayPath = String(fsPath)) {
    const handle = await open(fsPath, OPEN_FLAGS);
    try {
      const st = await handle.stat();
      if (!st.isFile()) {
        throw new ModelvetError("NOT_A_REGULAR_FILE", `${displayPath}: not a regular file`, {
          path: displayPath
        });
      }
      return new _FileSource(displayPath, fsPath, handle, st.size);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    if (n <= SMALL_READ) {
      const start = offset - offset % READ_BLOCK;
      if (offset + n <= start + READ_BLOCK) {
        const block = await this.block(start);
        if (offset + n <= start + block.length) {
          this.bytesRead += n;
          return Buffer.from(block.subarray(offset - start, offset - start + n));
        }
      }
    }
    const buf = await this.readExact(offset, n);
    this.bytesRead += n;
    return buf;
  }
  async block(start) {
    const hit = this.blocks.findIndex((b) => b.start === start);
    if (hit >= 0) {
      const [b] = this.blocks.splice(hit, 1);
      this.blocks.unshift(b);
      return b.data;
    }
    const data = await this.readExact(start, Math.min(READ_BLOCK, this.size - start));
    this.blocks.unshift({ start, data });
    if (this.blocks.length > READ_BLOCKS) this.blocks.pop();
    return data;
  }
  async readExact(offset, n) {
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.handle.read(buf, got, n - got, offset + got);
      if (bytesRead === 0) {
        throw new ModelvetError(
          "CHANGED_WHILE_READING",
          `${this.path}: file shrank while being read (expected ${this.size} bytes)`,
          { path: this.path }
        );
      }
      got += bytesRead;
    }
    return buf;
  }
  async close() {
    await this.handle.close();
  }
};
var BufferSource = class {
  path;
  member;
  size;
  fsPath;
  bytesRead = 0;
  data;
  /** `fsPath`: where the bytes were read from, when they are a whole file on disk. */
  constructor(data, path, member = [], fsPath) {
    this.data = data;
    this.path = path;
    this.member = member;
    this.size = data.length;
    if (fsPath !== void 0) this.fsPath = fsPath;
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return Buffer.from(this.data.buffer, this.data.byteOffset + offset, n);
  }
};
var SliceSource = class {
  path;
  member;
  size;
  bytesRead = 0;
  parent;
  start;
  constructor(parent, start, size, member) {
    if (start < 0 || size < 0 || start + size > parent.size) {
      throw new ModelvetError(
        "READ_OUT_OF_BOUNDS",
        `${label(parent)}: member ${member.at(-1)} lies outside its container`,
        {
          path: parent.path
        }
      );
    }
    this.parent = parent;
    this.start = start;
    this.size = size;
    this.path = parent.path;
    this.member = member;
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return this.parent.read(this.start + offset, n);
  }
};
async function readAll(source, limit = MAX_READ) {
  if (source.size > limit) {
    throw new ModelvetError(
      "READ_TOO_LARGE",
      `${label(source)}: ${source.size} bytes exceeds the ${limit} byte limit`,
      {
        path: source.path
      }
    );
  }
  return source.read(0, source.size);
}

var SNIFF_HEAD = 4096;
var KINDS = {
  empty: "empty",
  zip: "zip",
  tar: "tar",
  gzip: "gzip",
  bzip2: "bzip2",
  xz: "xz",
  zstd: "zstd",
  lz4: "lz4",
  /** A raw zlib stream (joblib `compress=True`, or `ZF` + length + zlib from joblib < 0.9.3). */
  zlib: "zlib",
  /** An LZMA-alone (`.lzma`) stream (joblib `compress='lzma'`). */
  lzmaAlone: "lzma-alone",
  sevenZip: "7z",
  rar: "rar",
  pickle: "pickle",
  numpy: "numpy",
  safetensors: "safetensors",
  gguf: "gguf",
  hdf5: "hdf5",
  lfsPointer: "lfs-pointer",
  json: "json",
  text: "text",
  image: "image",
  executable: "executable",
  script: "script",
  unknown: "unknown"
};
function byPriority(sniffers) {
  return [...sniffers].sort((a, b) => b.priority - a.priority);
}
var toBytes = (magic2) => typeof magic2 === "string" ? Buffer.from(magic2, "latin1") : Buffer.from(magic2);
var startsWith = (head, magic2, at = 0) => {
  if (head.length < at + magic2.length) return false;
  for (let i = 0; i < magic2.length; i++) if (head[at + i] !== magic2[i]) return false;
  return true;
};
var BZIP2_MAGIC = toBytes("BZh");
var BZIP2_BLOCK = toBytes("1AY&SY");
var BZIP2_END = toBytes([23, 114, 69, 56, 80, 144]);
var TAR_MAGIC = toBytes("ustar");
var EOCD_MAGIC = toBytes("PK");
var HDF5_MAGIC = toBytes("\x89HDF\r\n\n");
var HDF5_OFFSETS = [0, 512, 1024, 2048];
var RIFF_MAGIC = toBytes("RIFF");
var WEBP_MAGIC = toBytes("WEBP");
var SHEBANG = toBytes("#!");
var magic = (kind, magicBytes, at = 0) => {
  const bytes = toBytes(magicBytes);
  return { kind, priority: 100, match: ({ head }) => startsWith(head, bytes, at) };
};
var SAFETENSORS_MAX_HEADER = 1e8;
function firstNonSpace(buf, at) {
  let i = at;
  while (i < buf.length && (buf[i] === 32 || buf[i] === 10 || buf[i] === 13 || buf[i] === 9)) i++;
  return i < buf.length ? buf[i] : -1;
}
var SAFETENSORS_PADDING_SEARCH = 1024 * 1024;
async function lastNonSpace(source, start, end) {
  for (let to = end; to > start && end - to < SAFETENSORS_PADDING_SEARCH; ) {
    const from = Math.max(start, to - 4096);
    const chunk = await source.read(from, to - from);
    for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i] !== 32) return chunk[i];
    to = from;
  }
  return -1;
}
function safetensorsHeaderLength(head, size) {
  if (head.length < 10) return -1;
  const n = head.readBigUInt64LE(0);
  if (n < 2n || n > BigInt(size - 8)) return -1;
  return Number(n);
}
var LFS_VERSIONS = [
  "version https://git-lfs.github.com/spec/v1\n",
  "version https://hawser.github.com/spec/v1\n"
].map((v) => toBytes(v));
var CORE_SNIFFERS = [
  // Archives and compressors.
  magic(KINDS.zip, "PK"),
  magic(KINDS.zip, "PK"),
  // empty zip
  magic(KINDS.zip, "PK\x07\b"),
  // spanned marker
  magic(KINDS.gzip, [31, 139]),
  // bzip2: "BZh", the block size digit, then a block or the end-of-stream magic (what libbz2 accepts).
  {
    kind: KINDS.bzip2,
    priority: 100,
    match: ({ head }) => startsWith(head, BZIP2_MAGIC) && head[3] >= 49 && head[3] <= 57 && (startsWith(head, BZIP2_BLOCK, 4) || startsWith(head, BZIP2_END, 4))
  },
  magic(KINDS.xz, [253, 55, 122, 88, 90, 0]),
  magic(KINDS.zstd, [40, 181, 47, 253]),
  magic(KINDS.lz4, [4, 34, 77, 24]),
  magic(KINDS.sevenZip, [55, 122, 188, 175, 39, 28]),
  magic(KINDS.rar, "Rar!\x07"),
  { kind: KINDS.tar, priority: 100, match: ({ head }) => startsWith(head, TAR_MAGIC, 257) },
  // Zip with a prefix (self-extracting, or a polyglot): the end-of-central-directory record is at the end.
  {
    kind: KINDS.zip,
    priority: 40,
    match: async ({ size, source }) => {
      if (size < 22) return false;
      const tailLen = Math.min(size, 22 + 65535);
      const tail = await source.read(size - tailLen, tailLen);
      return tail.lastIndexOf(EOCD_MAGIC) >= 0;
    }
  },
  // Model formats with a magic number.
  magic(KINDS.numpy, "\x93NUMPY"),
  magic(KINDS.gguf, "GGUF"),
  {
    kind: KINDS.hdf5,
    priority: 100,
    // The HDF5 superblock may sit at 0, 512, 1024, 2048... (user block); the head covers the first ones.
    match: ({ head }) => HDF5_OFFSETS.some((at) => startsWith(head, HDF5_MAGIC, at))
  },
  {
    kind: KINDS.pickle,
    priority: 90,
    // PROTO opcode with protocol 2..5. Protocol 0/1 pickles have no magic: the pickle module adds a structural sniffer.
    match: ({ head }) => head.length >= 2 && head[0] === 128 && head[1] >= 2 && head[1] <= 5
  },
  {
    kind: KINDS.safetensors,
    // A complete header (8-byte length, a JSON object that ends where the length says) is structure no
    // pickle has, so it outranks the PROTO sniffer: a header length of 0x280 starts with the bytes
    // 80 02, the pickle magic (the pickle probe still walks the file from byte 0).
    priority: 92,
    match: async ({ head, size, source }) => {
      const n = safetensorsHeaderLength(head, size);
      if (n < 0 || n > SAFETENSORS_MAX_HEADER || head[8] !== 123) return false;
      return await lastNonSpace(source, 8, 8 + n) === 125;
    }
  },
  {
    kind: KINDS.safetensors,
    priority: 60,
    // 8-byte little-endian header length, then a JSON object (the analyzer says what is wrong with it).
    match: ({ head, size }) => safetensorsHeaderLength(head, size) >= 0 && firstNonSpace(head, 8) === 123
  },
  // Executables and images.
  magic(KINDS.executable, "\x7FELF"),
  magic(KINDS.executable, "MZ"),
  magic(KINDS.executable, [207, 250, 237, 254]),
  magic(KINDS.executable, [202, 254, 186, 190]),
  magic(KINDS.executable, "\0asm"),
  magic(KINDS.image, [137, 80, 78, 71, 13, 10, 26, 10]),
  magic(KINDS.image, [255, 216, 255]),
  magic(KINDS.image, "GIF8"),
  {
    kind: KINDS.image,
    priority: 100,
    match: ({ head }) => startsWith(head, RIFF_MAGIC) && startsWith(head, WEBP_MAGIC, 8)
  },
  // Text-like content.
  {
    kind: KINDS.lfsPointer,
    priority: 20,
    // The spec caps pointer files at 1024 bytes in practice; we allow a little slack.
    match: ({ head, size }) => size <= 2048 && LFS_VERSIONS.some((v) => startsWith(head, v))
  },
  {
    kind: KINDS.script,
    priority: 15,
    match: ({ head }) => startsWith(head, SHEBANG) && isText(head)
  },
  {
    kind: KINDS.json,
    priority: 11,
    match: ({ head }) => {
      const b = head[0];
      if (b === 123 || b === 91) return isText(head);
      if (b !== void 0 && b < 128 && b > 32) return false;
      if (!isText(head)) return false;
      const first = head.toString("utf8").trimStart()[0];
      return first === "{" || first === "[";
    }
  },
  { kind: KINDS.text, priority: 10, match: ({ head }) => isText(head) }
];
function isText(head) {
  if (head.length === 0) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (controls > head.length / 100) return false;
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back];
    if ((b & 192) === 128) continue;
    if (b >= 192) {
      const need = b >= 240 ? 4 : b >= 224 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return isUtf8(head.subarray(0, end));
}
async function sniff(source, name, sniffers) {
  const head = await source.read(0, Math.min(SNIFF_HEAD, source.size));
  if (source.size === 0) return { kind: KINDS.empty, head };
  const input = { head, size: source.size, name: name.toLowerCase(), source };
  for (const s of sniffers) {
    const m = s.match(input);
    if (m === true || m !== false && await m) return { kind: s.kind, head };
  }
  return { kind: KINDS.unknown, head };
}

// src/core/sanitize.ts
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]$/u;
var WHITE_SPACE = new RegExp("^\\p{White_Space}$", "u");
var SHORT_ESCAPES = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "	": "\\t" };
var hex2 = (n) => n.toString(16).padStart(2, "0");
function wellFormed(text) {
  if (typeof text !== "string") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(text);
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function* stringPieces(text) {
  for (const char of text) {
    const cp = char.codePointAt(0);
    if (char.length === 1 && cp >= 56448 && cp <= 56575) yield { byte: cp - 56320 };
    else yield { char };
  }
}
function escapeChar(char) {
  const short = SHORT_ESCAPES[char];
  if (short) return short;
  if (!INVISIBLE.test(char)) return char;
  const cp = char.codePointAt(0);
  if (cp < 128) return `\\x${hex2(cp)}`;
  return cp <= 65535 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\u{${cp.toString(16)}}`;
}
function clip(text, max) {
  return text.length <= max ? { shown: text } : { shown: `${text.slice(0, max)}\u2026`, length: text.length };
}
var NEEDS_TERMINAL_ESCAPE = new RegExp("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Default_Ignorable_Code_Point}\\\\]|##\\[|^\\p{White_Space}*:", "u");
function terminalText(text) {
  if (typeof text === "string" && !NEEDS_TERMINAL_ESCAPE.test(text)) return text;
  let out = "";
  let leading = true;
  let last2 = "";
  for (const piece of stringPieces(typeof text === "string" ? text : fsDecode(text))) {
    let written;
    if ("byte" in piece) {
      written = `\\x${hex2(piece.byte)}`;
      leading = false;
    } else {
      const { char } = piece;
      if (leading && char === ":") written = "\\x3a";
      else if (char === "[" && last2 === "##") written = "\\x5b";
      else written = escapeChar(char);
      if (leading && !WHITE_SPACE.test(char)) leading = false;
    }
    out += written;
    last2 = written.length >= 2 ? written.slice(-2) : last2.slice(-1) + written;
  }
  return out;
}
function markdownCode(text, options = {}) {
  let body = terminalText(text);
  if (options.table) body = body.replace(/\|/g, "\\|");
  if (body === "") return "";
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function markdownText(text) {
  return terminalText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").trim();
}
var MAX_JSON_DEPTH = 64;
function jsonValue(value, depth = 0, ancestors = /* @__PURE__ */ new Set()) {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return fsDecode(value);
  const withToJson = value;
  if (typeof withToJson.toJSON === "function") return jsonValue(withToJson.toJSON(), depth, ancestors);
  if (ancestors.has(value)) return "[circular]";
  if (depth >= MAX_JSON_DEPTH) return "[nested too deep]";
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => jsonValue(v, depth + 1, ancestors));
    const out = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: jsonValue(v, depth + 1, ancestors),
        enumerable: true,
        writable: true,
        configurable: true
      });
    return out;
  } finally {
    ancestors.delete(value);
  }
}
function jsonText(value) {
  return `${JSON.stringify(jsonValue(value), null, 2).replace(/##\[/g, "##\\u005b")}
`;
}
function describeValue(value, max = 80) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return JSON.stringify(wellFormed(value.length > max ? `${value.slice(0, max)}\u2026` : value));
  }
  if (typeof value === "bigint") return value.toString();
  return String(value);
}

// src/core/hash/sums.ts
var TAG_ALGORITHMS = {
  sha256: "sha256",
  sha512: "sha512",
  sha1: "sha1",
  blake2b: "blake2b512",
  "blake2b-512": "blake2b512",
  blake3: "blake3",
  md5: null
};
function algorithmForTag(tag) {
  return TAG_ALGORITHMS[tag] ?? null;
}
function algorithmForLength(hexLength) {
  return hexLength === 64 ? "sha256" : hexLength === 128 ? "sha512" : hexLength === 40 ? "sha1" : null;
}
function unescapeName(name) {
  return name.replace(/\\(\\|n|r)/g, (_m, c) => c === "n" ? "\n" : c === "r" ? "\r" : "\\");
}
function parseSums(text) {
  const entries = [];
  const malformed = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || line.startsWith("#")) return;
    const escaped = line.startsWith("\\");
    if (escaped) line = line.slice(1);
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/.exec(line);
    if (bsd) {
      entries.push({
        line: lineNo,
        tag: bsd[1].toLowerCase(),
        name: escaped ? unescapeName(bsd[2]) : bsd[2],
        hex: bsd[3].toLowerCase()
      });
      return;
    }
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    if (gnu && gnu[1].length % 2 === 0 && gnu[1].length >= 32) {
      entries.push({
        line: lineNo,
        hex: gnu[1].toLowerCase(),
        name: escaped ? unescapeName(gnu[2]) : gnu[2]
      });
      return;
    }
    malformed.push(lineNo);
  });
  return { entries, malformed };
}
function formatSumsLine(hex, name) {
  if (/[\\\n\r]/.test(name)) {
    return `\\${hex}  ${name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}`;
  }
  return `${hex}  ${name}`;
}

// src/core/report.ts
var REPORT_SCHEMA_VERSION = 1;
function countBySeverity(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) counts[f.severity]++;
  return counts;
}
function decideVerdict(findings, verifications, failOn) {
  const failing = findings.filter((f) => atLeast(f.severity, failOn));
  const failedChecks = verifications.filter((v) => !v.ok);
  if (failing.length === 0 && failedChecks.length === 0) {
    return { verdict: "pass", reason: `no finding at or above ${failOn}` };
  }
  const parts = [];
  if (failing.length)
    parts.push(`${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn}`);
  if (failedChecks.length)
    parts.push(`${failedChecks.length} verification${failedChecks.length === 1 ? "" : "s"} failed`);
  return { verdict: "fail", reason: parts.join(", ") };
}
function assembleReport(parts) {
  const { verdict, reason } = decideVerdict(parts.findings, parts.verifications, parts.failOn);
  const durationMs = Math.round(parts.durationMs);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "modelvet", version: VERSION },
    startedAt: parts.startedAt,
    durationMs,
    failOn: parts.failOn,
    targets: parts.targets,
    files: parts.files,
    findings: parts.findings,
    verifications: parts.verifications,
    summary: {
      files: parts.filesCounted ?? parts.files.length,
      bytes: parts.bytes,
      findings: parts.findings.length,
      bySeverity: countBySeverity(parts.findings),
      throughput: parts.durationMs > 0 ? Math.round(parts.bytes / parts.durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}

// src/shard/spec.ts
var MAX_SHARDS = 4096;
function parseShard(value, name = "--shard") {
  const m = typeof value === "string" ? /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(value) : null;
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ModelvetError(
      "USAGE",
      `${name} must be K/N with 1 \u2264 K \u2264 N \u2264 ${MAX_SHARDS} (e.g. 2/4); got ${JSON.stringify(String(value))}`
    );
  }
  return { index, count };
}
function formatShard(shard) {
  return `${shard.index}/${shard.count}`;
}
function shardOf(key, count) {
  if (count <= 1) return 1;
  const head = nodeCrypto().createHash("sha256").update(key).digest().readBigUInt64BE(0);
  return Number(head % BigInt(count)) + 1;
}
function inShard(key, shard) {
  return !shard || shardOf(key, shard.count) === shard.index;
}
function ownsTargetChecks(shard) {
  return !shard || shard.index === 1;
}

// src/sources/source.ts
var isRemoteUrl = (p) => /^(?:hf|ollama):\/\//i.test(p);

// src/report/units.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[u]}`;
}
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor(s % 3600 / 60)).padStart(2, "0")} min`;
}

export { formatShard as $, inShard as A, BufferSource as B, CORE_SNIFFERS as C, DigestCache as D, isSeverity as E, FileSource as F, terminalText as G, HashPool as H, SEVERITIES as I, atLeast as J, KINDS as K, formatBytes as L, MAX_SHARDS as M, wellFormed as N, jsonText as O, fsEncode as P, markdownText as Q, REPORT_SCHEMA_VERSION as R, SliceSource as S, markdownCode as T, REPORT_FORMATS as U, parseShard as V, renderReport as W, resolvePolicy as X, assembleReport as Y, digestCacheDir as Z, openDigestCache as _, defineRule as a, replaceFile as a0, clip as a1, withDigestCachePool as a2, discoverPolicy as a3, POLICY_FILE_NAMES as a4, isReportFormat as a5, formatDuration as a6, formatSumsLine as a7, rootContaining as a8, isText as a9, MAX_READ as aa, unsafeMemberPath as ab, lexicalEscape as ac, emptyPolicy as ad, severityRank as b, describeValue as c, defaultJobs as d, readAll as e, finding as f, parseSums as g, byPriority as h, isRootedName as i, algorithmForTag as j, algorithmForLength as k, label as l, fsDecode as m, nameEscapes as n, joinBytes as o, pathKey as p, suspiciousName as q, relativeInside as r, sniff as s, toFsPath as t, isWithin as u, compareFindings as v, decideVerdict as w, countBySeverity as x, isRemoteUrl as y, ownsTargetChecks as z };
