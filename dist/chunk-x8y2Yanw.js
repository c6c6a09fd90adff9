const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { constants, openSync, fstatSync, readSync, closeSync, read } = __mvBuiltin("node:fs");
const { open } = __mvBuiltin("node:fs/promises");
const { availableParallelism } = __mvBuiltin("node:os");

// src/core/clock.ts
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/core/node-builtins.ts
var nodeCrypto = () => process.getBuiltinModule("node:crypto");
var nodeZlib = () => process.getBuiltinModule("node:zlib");
var nodeWorkerThreads = () => process.getBuiltinModule("node:worker_threads");

// src/core/errors.ts
var BaseError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "BaseError";
    this.code = code;
  }
};
var ModelvetError = class extends BaseError {
  /** The file the error is about, when there is one. */
  path;
  constructor(code, message, options) {
    super(code, message, options);
    this.name = "ModelvetError";
    if (options?.path !== void 0) this.path = options.path;
  }
};
function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(err.message);
}
function describeError(err, path) {
  if (err instanceof ModelvetError) return err.message;
  const e = err;
  const where = path ?? e?.path;
  const code = e?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ELOOP" ? "too many levels of symbolic links" : code === "EIO" ? "input/output error" : (e?.message ?? String(err)).split("\n")[0];
  return where ? `${where}: ${reason}` : String(reason);
}

// src/core/hash/calibrate.ts
var READER_STRATEGIES = ["overlapped", "local", "ring", "direct"];
var CALIBRATION_SEGMENT = 32 * 1024 * 1024;
var CALIBRATION_ROUNDS = 4;
var TIE_MARGIN = 0.02;
var EARLY_ROUNDS = 2;
var CLEAR_MARGIN = 0.05;
var OUT_MARGIN = 0.4;
var READER_ENV = "MODELVET_HASH_READER";
function isStrategy(v) {
  return READER_STRATEGIES.includes(v);
}
function readerOverride(env = process.env) {
  const v = env[READER_ENV];
  if (v === void 0 || v === "" || v === "auto") return void 0;
  if (!isStrategy(v))
    throw new ModelvetError(
      "USAGE",
      `${READER_ENV} must be ${READER_STRATEGIES.join(", ")} or auto; got ${JSON.stringify(v)}`
    );
  return v;
}
function strategiesForCpus(cpus) {
  return cpus <= 1 ? ["local", "direct"] : ["overlapped", "local", "ring"];
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function fastestOf(rates, allowed) {
  const measured = allowed.filter((s) => rates[s] !== void 0);
  if (!allowed.includes("local")) {
    if (!measured.length) return allowed[0] ?? "local";
    return measured.reduce((a, b) => rates[b] > rates[a] ? b : a);
  }
  const local = rates.local;
  if (local === void 0) return "local";
  let best = "local";
  for (const s of measured)
    if (s !== "local" && rates[s] > local * (1 + TIE_MARGIN) && rates[s] > (rates[best] ?? 0)) best = s;
  return best;
}
var ReaderCalibration = class {
  decided;
  samples = {
    overlapped: [],
    local: [],
    ring: [],
    direct: []
  };
  segment;
  rounds;
  candidates;
  /** `candidates`: the strategies calibration compares (a pass may allow fewer, see `plan`). */
  constructor(options = {}) {
    this.segment = options.segment ?? CALIBRATION_SEGMENT;
    this.rounds = options.rounds ?? CALIBRATION_ROUNDS;
    this.candidates = options.candidates ?? READER_STRATEGIES;
  }
  /** The decision, once there is one (measured here or adopted from another thread). */
  get decision() {
    return this.decided;
  }
  /** Takes a decision made on another thread (first one wins). */
  adopt(decision) {
    this.decided ??= decision;
  }
  /**
   * What to read next of a range with `remaining` bytes left. `exclusive`: no other pass runs on
   * this thread now (a concurrent pass would make both timings meaningless). `allowed`: the
   * strategies this pass may use (the ring reader needs a free core for its reader thread); a
   * decision for one it may not use gives way to the fastest of the others measured.
   */
  plan(remaining, exclusive, allowed = this.candidates) {
    const usable = this.candidates.filter((s) => allowed.includes(s));
    if (this.decided) {
      const d = this.decided;
      const strategy = usable.includes(d.strategy) ? d.strategy : fastestOf(d.rates ?? {}, usable);
      return { strategy, length: remaining, sample: false };
    }
    if (!exclusive || remaining < this.segment || usable.length < 2)
      return { strategy: this.leader(usable), length: remaining, sample: false };
    const next = this.contenders(usable).reduce(
      (a, b) => this.samples[b].length < this.samples[a].length ? b : a
    );
    return { strategy: next, length: this.segment, sample: true };
  }
  /**
   * Records one timed segment; returns the decision when this sample completes calibration over the
   * strategies `allowed` (those of the pass that read it).
   */
  record(strategy, bytes, ms, allowed = this.candidates) {
    if (this.decided || ms <= 0 || bytes <= 0) return void 0;
    this.samples[strategy].push(bytes / ms * 1e3);
    const usable = this.candidates.filter((s) => allowed.includes(s));
    const contenders = this.contenders(usable);
    const rounds = Math.min(...contenders.map((s) => this.samples[s].length));
    const early = rounds >= Math.min(EARLY_ROUNDS, this.rounds);
    const clear = early && (contenders.length === 1 || this.clearWinner(usable) !== void 0);
    if (rounds < this.rounds && !clear) return void 0;
    const rates = this.rates();
    this.decided = {
      strategy: this.clearWinner(usable) ?? fastestOf(rates, usable),
      how: "calibrated",
      rates
    };
    return this.decided;
  }
  /** The strategy every segment of which beat every segment of each other one by more than CLEAR_MARGIN. */
  clearWinner(usable) {
    return usable.find(
      (w) => usable.every(
        (o) => o === w || Math.min(...this.samples[w]) > Math.max(...this.samples[o]) * (1 + CLEAR_MARGIN)
      )
    );
  }
  /**
   * Those of `usable` still compared: all but the ones every segment of another beat by more than
   * OUT_MARGIN (a strategy not yet sampled is in).
   */
  contenders(usable) {
    const slowest = (s) => Math.min(...this.samples[s]);
    const fastest = (s) => Math.max(...this.samples[s]);
    const sampled = usable.filter((s) => this.samples[s].length > 0);
    return usable.filter(
      (o) => !sampled.some(
        (w) => w !== o && this.samples[o].length > 0 && slowest(w) > fastest(o) * (1 + OUT_MARGIN)
      )
    );
  }
  /** Median rate of every strategy sampled so far. */
  rates() {
    const rates = {};
    for (const s of READER_STRATEGIES) if (this.samples[s].length) rates[s] = median(this.samples[s]);
    return rates;
  }
  /** Best so far among `usable` (local until another is measured faster than it). */
  leader(usable) {
    if (usable.some((s) => !this.samples[s].length))
      return usable.includes("local") ? "local" : usable[0] ?? "local";
    return fastestOf(this.rates(), usable);
  }
};
var threadCalibration = new ReaderCalibration();
var OVERLAPPED_BUFFER_SIZE = 2 * 1024 * 1024;
var LOCAL_BUFFER_SIZE = 256 * 1024;
var YIELD_BYTES = 4 * 1024 * 1024;
function shrank(display) {
  return new ModelvetError("CHANGED_WHILE_READING", `${display}: file shrank while being hashed`, {
    path: display
  });
}
async function readFull(handle, buf, want, pos, display) {
  let got = 0;
  while (got < want) {
    const { bytesRead } = await handle.read(buf, got, want - got, pos + got);
    if (bytesRead === 0) throw shrank(display);
    got += bytesRead;
  }
  return got;
}
function readFullSync(fd, buf, want, pos, display) {
  let got = 0;
  while (got < want) {
    const n = readSync(fd, buf, got, want - got, pos + got);
    if (n === 0) throw shrank(display);
    got += n;
  }
  return got;
}
async function readOverlapped(handle, range, buffers, sink) {
  const end = range.start + range.length;
  const next = (buf, pos2) => readFull(handle, buf, Math.min(buf.length, end - pos2), pos2, range.display);
  let [current, spare] = buffers;
  let pos = range.start;
  let pending = range.length > 0 ? next(current, pos) : void 0;
  let steadyFrom;
  while (pending) {
    const n = await pending;
    steadyFrom ??= monotonicMs();
    pos += n;
    pending = pos < end ? next(spare, pos) : void 0;
    pending?.catch(() => {
    });
    sink(n === current.length ? current : current.subarray(0, n));
    [current, spare] = [spare, current];
  }
  return { bytes: range.length, ms: steadyFrom === void 0 ? 0 : monotonicMs() - steadyFrom };
}
var yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
async function readLocal(fd, range, buffer, sink) {
  const started = monotonicMs();
  const end = range.start + range.length;
  let pos = range.start;
  let sinceYield = 0;
  while (pos < end) {
    const n = readFullSync(fd, buffer, Math.min(buffer.length, end - pos), pos, range.display);
    sink(n === buffer.length ? buffer : buffer.subarray(0, n));
    pos += n;
    sinceYield += n;
    if (sinceYield >= YIELD_BYTES && pos < end) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
  return { bytes: range.length, ms: monotonicMs() - started };
}

// src/core/hash/direct.ts
var DIRECT_BUFFER_BYTES = 4 * 1024 * 1024;
var DIRECT_DEPTH = 3;
var DIRECT_ALIGN = 4096;
var DIRECT_MIN_BYTES = 16 * 1024 * 1024;
var O_DIRECT = constants.O_DIRECT;
var directReadsExist = () => process.platform === "linux" && O_DIRECT !== void 0;
function openDirect(fd) {
  if (!directReadsExist()) return void 0;
  let direct;
  try {
    direct = openSync(`/proc/self/fd/${fd}`, constants.O_RDONLY | O_DIRECT);
    const a = fstatSync(fd, { bigint: true });
    const b = fstatSync(direct, { bigint: true });
    if (a.dev === b.dev && a.ino === b.ino && b.isFile()) return direct;
  } catch {
  }
  if (direct !== void 0) closeSync(direct);
  return void 0;
}
function alignedBuffer(fd, bytes) {
  const raw = Buffer.allocUnsafeSlow(bytes + DIRECT_ALIGN);
  for (let off = 0; off < DIRECT_ALIGN; off += 16) {
    try {
      readSync(fd, raw, off, DIRECT_ALIGN, 0);
      return raw.subarray(off, off + bytes);
    } catch (err) {
      if (err.code !== "EINVAL") return void 0;
    }
  }
  return void 0;
}
var threadDirect = { busy: false };
function directBuffers(fd) {
  const dev = fstatSync(fd, { bigint: true }).dev;
  if (threadDirect.buffers && threadDirect.dev === dev) return threadDirect.buffers;
  threadDirect.buffers = void 0;
  const buffers = [];
  for (let i = 0; i < DIRECT_DEPTH; i++) {
    const b = alignedBuffer(fd, DIRECT_BUFFER_BYTES);
    if (!b) return void 0;
    buffers.push(b);
  }
  threadDirect.buffers = buffers;
  threadDirect.dev = dev;
  return buffers;
}
var readAt = (fd, buf, pos) => new Promise(
  (resolve, reject) => read(fd, buf, 0, buf.length, pos, (err, n) => err ? reject(err) : resolve(n))
);
async function readDirect(fd, directFd, range, local, sink) {
  const end = range.start + range.length;
  const buffers = threadDirect.busy ? void 0 : directBuffers(directFd);
  if (!buffers) {
    await readLocal(fd, range, local, sink);
    return { bytes: 0, ms: 0 };
  }
  threadDirect.busy = true;
  const inFlight = [];
  let next = range.start - range.start % DIRECT_ALIGN;
  const issue = (buf) => {
    const read2 = readAt(directFd, buf, next);
    read2.catch(() => {
    });
    inFlight.push({ buf, at: next, read: read2 });
    next += buf.length;
  };
  let pos = range.start;
  let steadyFrom;
  try {
    for (const b of buffers) if (next < end) issue(b);
    while (inFlight.length) {
      const { buf, at, read: read2 } = inFlight[0];
      let n;
      try {
        n = await read2;
      } catch {
        break;
      }
      inFlight.shift();
      steadyFrom ??= monotonicMs();
      const upTo = Math.min(at + n, end);
      if (upTo > pos) sink(buf.subarray(pos - at, upTo - at));
      pos = Math.max(pos, upTo);
      if (pos >= end) break;
      if (n < buf.length) break;
      if (next < end) issue(buf);
    }
  } finally {
    await Promise.allSettled(inFlight.map((f) => f.read));
    threadDirect.busy = false;
  }
  if (pos >= end)
    return { bytes: range.length, ms: steadyFrom === void 0 ? 0 : monotonicMs() - steadyFrom };
  await readLocal(fd, { ...range, start: pos, length: end - pos }, local, sink);
  return { bytes: 0, ms: 0 };
}

// src/core/hash/digests.ts
var DIGEST_ALGORITHMS = ["sha256", "sha512", "blake2b512", "sha1", "git-sha1", "blake3"];
function isDigestAlgorithm(value) {
  return DIGEST_ALGORITHMS.includes(value);
}
async function createHasher(algorithm, size) {
  if (algorithm === "blake3") {
    const { createBLAKE3 } = await import('./chunk-ra-f3WEC.js');
    const b3 = await createBLAKE3();
    b3.init();
    return {
      update: (chunk) => {
        b3.update(chunk);
      },
      digest: () => b3.digest("hex")
    };
  }
  let hash;
  switch (algorithm) {
    case "sha256":
    case "sha512":
    case "blake2b512":
    case "sha1":
      hash = nodeCrypto().createHash(algorithm);
      break;
    case "git-sha1":
      hash = nodeCrypto().createHash("sha1");
      hash.update(`blob ${size}\0`);
      break;
  }
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digest: () => hash.digest("hex")
  };
}

// src/core/hash/ring.ts
var RING_SLOTS = 4;
var RING_SLOT_BYTES = 256 * 1024;
var SPIN_MS = 2;
var RING_MIN_BYTES = 16 * 1024 * 1024;
var LAYOUT = {
  slots: RING_SLOTS,
  slotBytes: RING_SLOT_BYTES,
  spinMs: SPIN_MS,
  sleepMs: 50,
  at: { ready: 0, state: 1, cancel: 2, produced: 3, consumed: 4, lengths: 5 },
  state: { idle: 0, running: 1, failed: 2 }
};
function producerUrl() {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("./ring-producer.ts", here) : new URL("./hash-ring-reader.js", here);
}
var HashRing = class {
  ctl;
  views;
  worker;
  dead = false;
  /** A pass is running (a second pass on the same thread at the same time reads locally). */
  busy = false;
  layout;
  /**
   * `producer`: the reader thread's entry (default: the one beside this module); `spinMs`: how long
   * each side spins before it sleeps (default SPIN_MS).
   */
  constructor(options = {}) {
    const layout = { ...LAYOUT, spinMs: options.spinMs ?? LAYOUT.spinMs };
    this.layout = layout;
    const producer = options.producer ?? producerUrl();
    const control = new SharedArrayBuffer(4 * (layout.at.lengths + layout.slots));
    const data = new SharedArrayBuffer(layout.slots * layout.slotBytes);
    this.ctl = new Int32Array(control);
    this.views = Array.from(
      { length: layout.slots },
      (_, i) => Buffer.from(data, i * layout.slotBytes, layout.slotBytes)
    );
    this.worker = new (nodeWorkerThreads()).Worker(producer, {
      workerData: { control, data, layout },
      execArgv: []
    });
    this.worker.unref();
    const die = () => {
      this.dead = true;
    };
    this.worker.on("error", die);
    this.worker.on("exit", die);
  }
  /** The reader thread has started and is alive. */
  get ready() {
    return !this.dead && Atomics.load(this.ctl, LAYOUT.at.ready) === 1;
  }
  /** The reader thread has not exited (it may still be starting). */
  get alive() {
    return !this.dead;
  }
  /** Stops the reader thread (tests; a thread's ring otherwise lives as long as the thread). */
  async close() {
    await this.worker.terminate();
  }
  /**
   * Hashes `range` of `fd` through the ring: this thread reads the first chunks itself until the
   * reader thread is up. Timing covers the part read through the ring (none: zero bytes).
   */
  async read(fd, range, local, sink) {
    const end = range.start + range.length;
    let pos = range.start;
    while (pos < end && !this.ready && !this.dead) {
      const n = Math.min(local.length, end - pos);
      await readLocal(fd, { ...range, start: pos, length: n }, local, sink);
      pos += n;
    }
    const from = pos;
    const started = monotonicMs();
    if (pos < end && !this.dead) {
      this.busy = true;
      this.worker.ref();
      try {
        pos = await this.pass(fd, pos, end, sink);
      } finally {
        await this.endPass();
        this.busy = false;
        this.worker.unref();
      }
    }
    if (pos >= end) return { bytes: pos - from, ms: pos > from ? monotonicMs() - started : 0 };
    await readLocal(fd, { ...range, start: pos, length: end - pos }, local, sink);
    return { bytes: 0, ms: 0 };
  }
  /** Consumes the slots of one pass; returns where it stopped (before `end`: the reader thread stopped). */
  async pass(fd, start, end, sink) {
    const { ctl } = this;
    const { at, state, slots, slotBytes } = LAYOUT;
    Atomics.store(ctl, at.produced, 0);
    Atomics.store(ctl, at.consumed, 0);
    Atomics.store(ctl, at.cancel, 0);
    Atomics.store(ctl, at.state, state.running);
    this.worker.postMessage({ fd, start, length: end - start });
    let pos = start;
    let consumed = 0;
    let sinceYield = 0;
    while (pos < end) {
      if (!await this.waitForSlot(consumed)) return pos;
      const slot = consumed % slots;
      const n = Atomics.load(ctl, at.lengths + slot);
      const view = this.views[slot];
      sink(n === slotBytes ? view : view.subarray(0, n));
      pos += n;
      consumed++;
      Atomics.store(ctl, at.consumed, consumed);
      Atomics.notify(ctl, at.consumed);
      sinceYield += n;
      if (sinceYield >= YIELD_BYTES && pos < end) {
        sinceYield = 0;
        await yieldToEventLoop();
      }
    }
    return pos;
  }
  /** Waits for slot `consumed` to be filled; false when the reader thread stopped without filling it. */
  async waitForSlot(consumed) {
    const { ctl } = this;
    const { at, state } = LAYOUT;
    let spunSince;
    for (let i = 0; ; i++) {
      const produced = Atomics.load(ctl, at.produced);
      if (produced > consumed) return true;
      if (Atomics.load(ctl, at.state) !== state.running || this.dead)
        return Atomics.load(ctl, at.produced) > consumed;
      if ((i & 1023) !== 0) continue;
      const now = monotonicMs();
      spunSince ??= now;
      if (now - spunSince > this.layout.spinMs) await this.sleep(at.produced, produced);
    }
  }
  /** Cancels what is left of the pass and waits until the reader thread no longer reads the descriptor. */
  async endPass() {
    const { ctl } = this;
    const { at, state } = LAYOUT;
    Atomics.store(ctl, at.cancel, 1);
    Atomics.notify(ctl, at.consumed);
    let spunSince;
    for (let i = 0; Atomics.load(ctl, at.state) === state.running && !this.dead; i++) {
      if ((i & 1023) !== 0) continue;
      const now = monotonicMs();
      spunSince ??= now;
      if (now - spunSince > this.layout.spinMs) await this.sleep(at.state, state.running);
    }
  }
  /**
   * Past the spin: waits for `index` to change from `value` without holding the thread (a slow disk
   * makes the reader take milliseconds per slot), letting the event loop run (progress, and the
   * reader thread's exit event, which sets `dead`).
   */
  async sleep(index, value) {
    const waiting = Atomics.waitAsync(this.ctl, index, value, LAYOUT.sleepMs);
    if (waiting.async) await waiting.value;
    else await yieldToEventLoop();
  }
};
var ringOfThread = {};
function threadRing() {
  return ringOfThread.ring;
}
function threadHashRing(cpus) {
  ringOfThread.ring ??= new HashRing({ spinMs: ringSpinMs(cpus) });
  return ringOfThread.ring;
}
var ringSpinMs = (cpus) => cpus > 1 ? SPIN_MS : 0;

// src/core/hash/reader.ts
var PROGRESS_BYTES = 32 * 1024 * 1024;
var threadBuffers = { busy: false };
function acquireBuffers(size) {
  const oSize = size ?? OVERLAPPED_BUFFER_SIZE;
  const lSize = size ?? LOCAL_BUFFER_SIZE;
  if (threadBuffers.busy) {
    const own = { o: void 0, l: void 0 };
    return {
      overlapped: () => own.o ??= [Buffer.allocUnsafe(oSize), Buffer.allocUnsafe(oSize)],
      local: () => own.l ??= Buffer.allocUnsafe(lSize),
      exclusive: false,
      release: () => {
      }
    };
  }
  threadBuffers.busy = true;
  return {
    overlapped: () => {
      if (threadBuffers.overlapped?.[0].length !== oSize)
        threadBuffers.overlapped = [Buffer.allocUnsafe(oSize), Buffer.allocUnsafe(oSize)];
      return threadBuffers.overlapped;
    },
    local: () => {
      if (threadBuffers.local?.length !== lSize) threadBuffers.local = Buffer.allocUnsafe(lSize);
      return threadBuffers.local;
    },
    exclusive: true,
    release: () => {
      threadBuffers.busy = false;
    }
  };
}
function hashingSink(hashers, onProgress) {
  let since = 0;
  return {
    sink: (chunk) => {
      for (const h of hashers) h.update(chunk);
      since += chunk.length;
      if (onProgress && since >= PROGRESS_BYTES) {
        onProgress(since);
        since = 0;
      }
    },
    flush: () => {
      if (onProgress && since > 0) onProgress(since);
      since = 0;
    }
  };
}
function allowedFor(options, length, cpus, direct) {
  const started = threadRing();
  const ring = (options.allowRing ?? true) && (started ? started.alive : length >= RING_MIN_BYTES);
  return strategiesForCpus(cpus).filter(
    (s) => (s !== "ring" || ring) && (s !== "direct" || direct && length >= DIRECT_MIN_BYTES)
  );
}
async function readRange(handle, range, sink, options) {
  const cpus = availableParallelism();
  const forced = readerOverride() ?? options.reader;
  const calibration = options.calibration ?? threadCalibration;
  const direct = directReadsExist() ? {} : { fd: null };
  const allowed = () => allowedFor(options, range.length, cpus, direct.fd !== null);
  if (allowed().includes("ring") && (forced ?? calibration.decision?.strategy ?? "ring") === "ring")
    threadHashRing(cpus);
  const buffers = acquireBuffers(options.bufferSize);
  try {
    const end = range.start + range.length;
    let pos = range.start;
    while (pos < end) {
      const usable = allowed();
      const plan = forced ? { strategy: forced, length: end - pos, sample: false } : calibration.plan(end - pos, buffers.exclusive, usable);
      const segment = { ...range, start: pos, length: plan.length };
      const timing = await readSegment(handle, segment, plan.strategy, buffers, direct, sink);
      if (plan.sample) calibration.record(plan.strategy, timing.bytes, timing.ms, usable);
      pos += plan.length;
    }
  } finally {
    buffers.release();
    if (typeof direct.fd === "number") closeSync(direct.fd);
  }
}
async function readSegment(handle, segment, strategy, buffers, direct, sink) {
  if (strategy === "overlapped") return readOverlapped(handle, segment, buffers.overlapped(), sink);
  if (strategy === "ring") {
    const ring = threadHashRing(availableParallelism());
    if (!ring.busy) return ring.read(handle.fd, segment, buffers.local(), sink);
    await readLocal(handle.fd, segment, buffers.local(), sink);
    return { bytes: 0, ms: 0 };
  }
  if (strategy === "direct") {
    if (direct.fd === void 0) direct.fd = openDirect(handle.fd) ?? null;
    if (direct.fd !== null) return readDirect(handle.fd, direct.fd, segment, buffers.local(), sink);
    await readLocal(handle.fd, segment, buffers.local(), sink);
    return { bytes: 0, ms: 0 };
  }
  return readLocal(handle.fd, segment, buffers.local(), sink);
}
function checkRange(display, start, total, size) {
  if (start < 0 || total < 0 || start + total > size) {
    throw new ModelvetError(
      "READ_OUT_OF_BOUNDS",
      `${display}: range ${start}+${total} is past the end (${size})`,
      {
        path: display
      }
    );
  }
}
async function hashFile(path, options = {}) {
  const display = options.displayPath ?? path;
  const algorithms = options.algorithms?.length ? options.algorithms : ["sha256"];
  const wanted = algorithms.includes("sha256") ? algorithms : ["sha256", ...algorithms];
  const handle = await open(path, "r");
  try {
    const st = await handle.stat();
    if (!st.isFile())
      throw new ModelvetError("NOT_A_REGULAR_FILE", `${display}: not a regular file`, { path: display });
    const start = options.start ?? 0;
    const total = options.length ?? Math.max(0, st.size - start);
    checkRange(display, start, total, st.size);
    const hashers = await Promise.all(wanted.map(async (a) => [a, await createHasher(a, total)]));
    const { sink, flush } = hashingSink(
      hashers.map(([, h]) => h),
      options.onProgress
    );
    await readRange(handle, { start, length: total, display }, sink, options);
    flush();
    if (options.length === void 0) {
      const after = await handle.stat();
      if (after.size !== st.size) {
        throw new ModelvetError(
          "CHANGED_WHILE_READING",
          `${display}: size changed while being hashed (${st.size} \u2192 ${after.size} bytes)`,
          { path: display }
        );
      }
    }
    const digests = Object.fromEntries(hashers.map(([alg, h]) => [alg, h.digest()]));
    return { size: total, digests };
  } finally {
    await handle.close();
  }
}
function asHashError(err, displayPath) {
  if (err instanceof ModelvetError) return err;
  const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
  return new ModelvetError(code, describeError(err, displayPath), { path: displayPath, cause: err });
}
async function runHashJob(job, onProgress) {
  const path = typeof job.path === "string" ? job.path : Buffer.from(job.path);
  try {
    return await hashFile(path, {
      displayPath: job.displayPath,
      algorithms: job.algorithms,
      start: job.start,
      length: job.length,
      bufferSize: job.bufferSize,
      reader: job.reader,
      allowRing: job.allowRing,
      onProgress
    });
  } catch (err) {
    throw asHashError(err, job.displayPath);
  }
}
var SMALL_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var Slab = class {
  buf;
  used = 0;
  constructor(capacity) {
    this.buf = new Uint8Array(new ArrayBuffer(capacity));
  }
  /** Room for `n` bytes. */
  take(n) {
    if (this.used + n > this.buf.length) return new Uint8Array(new ArrayBuffer(n));
    const view = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
  /** Gives back the end of the last room taken: only `kept` of its bytes were used. */
  trim(room, kept) {
    if (room.buffer === this.buf.buffer && room.byteOffset + room.length === this.used)
      this.used -= room.length - kept;
  }
};
async function readSmallFile(file, maxBytes, slab) {
  let fd;
  try {
    fd = openSync(typeof file.path === "string" ? file.path : Buffer.from(file.path), SMALL_OPEN_FLAGS);
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new ModelvetError("NOT_A_REGULAR_FILE", `${file.displayPath}: not a regular file`);
    if (st.size > maxBytes) {
      throw new ModelvetError(
        "CHANGED_WHILE_READING",
        `${file.displayPath}: grew to ${st.size} bytes during the scan`
      );
    }
    const room = slab.take(st.size + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < room.length; got += n) n = readSync(fd, room, got, room.length - got, got);
    slab.trim(room, got);
    if (got !== st.size) {
      throw new ModelvetError(
        "CHANGED_WHILE_READING",
        `${file.displayPath}: size changed while being read (${st.size} \u2192 ${got}${got > st.size ? "+" : ""} bytes)`
      );
    }
    const bytes = room.subarray(0, got);
    const digests = {};
    const wanted = file.algorithms.includes("sha256") ? file.algorithms : ["sha256", ...file.algorithms];
    for (const alg of wanted) {
      const h = await createHasher(alg, got);
      h.update(bytes);
      digests[alg] = h.digest();
    }
    return { ok: true, data: bytes, digests };
  } catch (err) {
    const e = asHashError(err, file.displayPath);
    return { ok: false, code: e.code, message: e.message };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
async function runSmallFilesJob(job) {
  const capacity = job.files.reduce((n, f) => n + Math.min(f.size, job.maxBytes) + 1, 0);
  const slab = new Slab(capacity);
  const results = [];
  for (const f of job.files) results.push(await readSmallFile(f, job.maxBytes, slab));
  return results;
}
function transferList(results) {
  return [...new Set(results.flatMap((r) => r.ok ? [r.data.buffer] : []))];
}

export { BaseError as B, DIGEST_ALGORITHMS as D, ModelvetError as M, READER_STRATEGIES as R, runHashJob as a, nodeCrypto as b, nodeZlib as c, describeError as d, transferList as e, fastestOf as f, asHashError as g, hashFile as h, isDigestAlgorithm as i, createHasher as j, isStackOverflow as k, monotonicMs as m, nodeWorkerThreads as n, runSmallFilesJob as r, threadCalibration as t };
