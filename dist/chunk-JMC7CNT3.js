import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  BufferSource,
  FileSource,
  SliceSource,
  label,
  readAll
} from "./chunk-3XLG4IKU.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-TQQPR4KX.js";
import {
  defineRule,
  finding
} from "./chunk-NISXE5VR.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  pathKey
} from "./chunk-DRNDJL4J.js";

// src/core/sniff.ts
import { isUtf8 } from "node:buffer";
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

// src/core/analyzer.ts
var DEFAULT_LIMITS = {
  maxDepth: 5,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxMemberBytes: 512 * 1024 ** 2,
  maxRatio: 200,
  maxMembers: 1e5
};
var EVERY_KIND = "*";
function analyzersFor(analyzers, kind) {
  return analyzers.filter((a) => a.kinds.includes(kind) || a.kinds.includes(EVERY_KIND));
}
function kindIsClaimed(analyzers, kind) {
  return analyzers.some((a) => a.claims?.includes(kind));
}
var CODE_BEARING_KINDS = /* @__PURE__ */ new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar,
  KINDS.pickle,
  KINDS.numpy,
  KINDS.hdf5
]);
var UNSUPPORTED_FORMAT = defineRule({
  id: "scan/unsupported-format",
  severity: "high",
  title: "Content modelvet cannot analyze yet",
  tags: ["fail-closed"],
  explain: `The file (or archive member) holds a format that can carry executable content, but this
version of modelvet has no analyzer for it. A gate that cannot look inside something must not pass
it, so this is a finding.

Fix: convert the artifact to a format that cannot run code (safetensors, GGUF), or, if you have
vetted it by other means, ignore this rule for that path in a policy file with a reason.`
});
var ANALYZER_ERROR = defineRule({
  id: "scan/read-error",
  severity: "high",
  title: "File could not be read to the end",
  tags: ["fail-closed"],
  explain: `modelvet could not finish reading this file or member: it vanished, shrank, changed
while being read, or an I/O error occurred. Whatever was found before the error is still reported,
but the rest was not vetted. Fix: re-download the artifact and scan it again while nothing writes to it.`
});
var DEPTH_LIMIT = defineRule({
  id: "archive/depth-limit",
  severity: "high",
  title: "Archive nesting deeper than the limit",
  tags: ["archive", "fail-closed"],
  explain: `An archive member is itself an archive, nested deeper than modelvet's limit (5 levels).
Real model files are never nested that deep; deep nesting is a way to exhaust scanners or hide a
payload below the depth they look at. The innermost content was not scanned.`
});
var WORK_LIMIT = defineRule({
  id: "archive/work-limit",
  severity: "high",
  title: "Nested members exceed the work budget of one file",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `A file on disk and everything nested in it (archive members, members of members,
decompressed streams) may hand modelvet at most as many members as one archive may hold (100,000). This file reached that budget, so the members after
it were not scanned. Real checkpoints are far below it; archives whose members overlap or contain the
archive again (zip quines, overlapping entries) reach it to make a scanner loop or give up.

Fix: re-create the archive without overlapping or nested copies, or split a legitimate archive with
more members into several; the members past the limit were not vetted.`
});
var ExpansionBudget = class {
  used = 0;
  limit;
  members = 0;
  memberLimit;
  /** Set once the member budget ran out and that was reported. */
  memberLimitReported = false;
  constructor(limit, memberLimit = Number.MAX_SAFE_INTEGER) {
    this.limit = limit;
    this.memberLimit = memberLimit;
  }
  /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  /** Takes what is left of the byte budget, up to `n` (a stream that was cut still cost its bytes). */
  charge(n) {
    this.used += Math.min(n, Math.max(0, this.limit - this.used));
  }
  /** Counts one more dispatched member; false once the member budget is spent. */
  takeMember() {
    if (this.members >= this.memberLimit) return false;
    this.members++;
    return true;
  }
};
async function analyzeSource(source, name, opts) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const scan = {
    scanner: opts.scanner,
    limits,
    options: opts.options ?? {},
    budget: opts.budget ?? new ExpansionBudget(limits.maxExpandedBytes, limits.maxMembers),
    findings: [],
    kinds: /* @__PURE__ */ new Set(),
    memberKinds: /* @__PURE__ */ new Set(),
    references: []
  };
  const kind = await dispatch(scan, source, name, opts.depth ?? 0);
  return {
    kind,
    memberKinds: [...scan.memberKinds].sort(),
    findings: scan.findings,
    references: scan.references
  };
}
function reporterFor(scan, source) {
  return (f) => {
    const member = f.member ?? (source.member.length ? [...source.member] : void 0);
    const { member: _m, path: _p, ...rest } = f;
    scan.findings.push({ ...rest, path: source.path, ...member ? { member } : {} });
  };
}
async function dispatch(scan, source, name, depth) {
  const push = reporterFor(scan, source);
  let sniffed;
  try {
    sniffed = await sniff(source, name, scan.scanner.sniffers);
  } catch (err) {
    push(readError(source, err));
    return KINDS.unknown;
  }
  scan.kinds.add(sniffed.kind);
  if (depth > 0) scan.memberKinds.add(sniffed.kind);
  const ctx = {
    source,
    kind: sniffed.kind,
    name,
    head: sniffed.head,
    depth,
    limits: scan.limits,
    options: scan.options,
    budget: scan.budget,
    report: push,
    kinds: scan.kinds,
    memo: /* @__PURE__ */ new Map(),
    reference: (r) => scan.references.push(r),
    scanMember: (member, memberName) => scanNested(scan, push, member, memberName, depth + 1)
  };
  if (CODE_BEARING_KINDS.has(sniffed.kind) && !scan.scanner.claims(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind }
      })
    );
  }
  for (const analyzer of scan.scanner.analyzersFor(sniffed.kind)) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
}
async function scanTrailingBytes(ctx, start) {
  const member = [...ctx.source.member, `${ctx.name}@${start}`];
  await ctx.scanMember(new SliceSource(ctx.source, start, ctx.source.size - start, member), "trailing-data");
}
async function scanNested(scan, push, member, name, depth) {
  if (depth > scan.limits.maxDepth) {
    push(
      finding(DEPTH_LIMIT, {
        message: `${label(member)} is nested ${depth} levels deep (limit ${scan.limits.maxDepth}); not scanned`,
        member: [...member.member]
      })
    );
    return;
  }
  if (!scan.budget.takeMember()) {
    if (!scan.budget.memberLimitReported) {
      scan.budget.memberLimitReported = true;
      push(
        finding(WORK_LIMIT, {
          message: `${label(member)}: the file has handed out ${scan.budget.memberLimit} nested members (the limit); this one and the rest were not scanned`,
          member: [...member.member],
          evidence: { limit: scan.budget.memberLimit }
        })
      );
    }
    return;
  }
  await dispatch(scan, member, name, depth);
}
function readError(source, err, analyzer) {
  const io = err instanceof ModelvetError || err?.code !== void 0;
  const severity = "high";
  const text = describeError(err, label(source));
  return finding(ANALYZER_ERROR, {
    severity,
    message: io ? text : `${label(source)}: ${analyzer ?? "analyzer"} failed: ${text}`,
    evidence: {
      ...analyzer ? { analyzer } : {},
      ...err instanceof ModelvetError ? { code: err.code } : {}
    }
  });
}

// src/core/hash/progress.ts
function estimateSecondsLeft(e) {
  const byBytes = e.bytesTotal > 0 ? Math.min(1, e.bytesDone / e.bytesTotal) : 1;
  const byFiles = e.filesTotal > 0 ? Math.min(1, e.filesDone / e.filesTotal) : 1;
  const done = (byBytes + byFiles) / 2;
  if (done >= 1) return 0;
  if (e.elapsedMs < 1e3 || done < 0.01) return void 0;
  return e.elapsedMs / 1e3 * (1 - done) / done;
}
var Progress = class {
  bytesDone = 0;
  filesDone = 0;
  current;
  started = performance.now();
  lastEmit = 0;
  bytesTotal;
  filesTotal;
  listener;
  intervalMs;
  constructor(bytesTotal, filesTotal, listener, intervalMs = 200) {
    this.bytesTotal = bytesTotal;
    this.filesTotal = filesTotal;
    this.listener = listener;
    this.intervalMs = intervalMs;
  }
  /** `n` more bytes read, of `file` when given. */
  addBytes(n, file) {
    this.bytesDone += n;
    if (file !== void 0) this.current = file;
    this.maybeEmit(false);
  }
  fileDone() {
    this.filesDone++;
    this.maybeEmit(this.filesDone === this.filesTotal);
  }
  snapshot() {
    const elapsedMs = performance.now() - this.started;
    const facts = {
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
      elapsedMs
    };
    return {
      ...facts,
      rate: elapsedMs > 0 ? this.bytesDone / elapsedMs * 1e3 : 0,
      etaSeconds: estimateSecondsLeft(facts),
      ...this.current !== void 0 ? { current: this.current } : {}
    };
  }
  maybeEmit(force) {
    if (!this.listener) return;
    const now = performance.now();
    if (!force && now - this.lastEmit < this.intervalMs) return;
    this.lastEmit = now;
    this.listener(this.snapshot());
  }
};

// src/scan-read.ts
var HASH_ERROR = defineRule({
  id: "scan/hash-error",
  severity: "high",
  title: "File could not be hashed",
  tags: ["fail-closed", "integrity"],
  explain: `modelvet could not read every byte of this file to hash it: it vanished, shrank or grew,
or an I/O error occurred. Its digest is missing from the report, so no integrity check can pass for it.
Fix: re-download the artifact and scan it again while nothing writes to it.`
});
var SMALL_FILE_BYTES = 256 * 1024;
var BATCH_FILES = 256;
var BATCH_BYTES = 8 * 1024 * 1024;
var RETAIN_FILE_BYTES = 64 * 1024;
var RETAIN_TOTAL_BYTES = 64 * 1024 * 1024;
async function mapLimit(items, limit, fn) {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}
function batches(small) {
  const out = [];
  let current = [];
  let bytes = 0;
  for (const c of small) {
    if (current.length && (current.length >= BATCH_FILES || bytes + c.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(c);
    bytes += c.size;
  }
  if (current.length) out.push(current);
  return out;
}
async function readContents(plan, options, findings, references) {
  const small = plan.filter((c) => c.size <= SMALL_FILE_BYTES);
  const large = plan.filter((c) => c.size > SMALL_FILE_BYTES);
  const smallBatches = batches(small);
  const totalBytes = plan.reduce((n, c) => n + c.size, 0);
  const progress = new Progress(totalBytes, plan.length, options.onProgress);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), large.length + smallBatches.length));
  const pool = new HashPool(jobs, options.digestCache ? { digestCache: options.digestCache } : {});
  const reads = new ScanReads(pool, progress, options, findings, references);
  try {
    await Promise.all([
      mapLimit(smallBatches, pool.size * 2, (b) => reads.smallBatch(b)),
      reads.largeFiles(large)
    ]);
  } finally {
    await pool.close();
  }
  reads.reportOpenErrors();
  return reads;
}
var ScanReads = class {
  byKey = /* @__PURE__ */ new Map();
  hashedBytes = 0;
  retained = new RetainedBytes();
  /** Analysis failures of large files, reported unless the hash of the same file failed too. */
  openErrors = /* @__PURE__ */ new Map();
  pool;
  progress;
  options;
  findings;
  references;
  constructor(pool, progress, options, findings, references) {
    this.pool = pool;
    this.progress = progress;
    this.options = options;
    this.findings = findings;
    this.references = references;
  }
  result(c) {
    let r = this.byKey.get(c.key);
    if (!r) {
      r = { size: c.size, kind: "unknown", memberKinds: [] };
      this.byKey.set(c.key, r);
    }
    return r;
  }
  hashed(c, digests, size) {
    const r = this.result(c);
    r.digests = digests;
    r.size = size;
    this.hashedBytes += size;
    if (size !== c.size) {
      const shown = c.hashAs.display;
      this.findings.push(
        finding(HASH_ERROR, {
          path: shown,
          message: `${shown}: size changed during the scan (${c.size} \u2192 ${size} bytes)`
        })
      );
    }
  }
  hashFailed(c, message) {
    this.findings.push(finding(HASH_ERROR, { path: c.hashAs.display, message }));
  }
  /** Runs the analyzers on one name of a content; store blobs are reported under their known name. */
  async analyzeName(c, file, source) {
    const result = await analyzeSource(source, file.rel.split("/").at(-1) ?? file.rel, {
      scanner: this.options.scanner,
      limits: this.options.limits ?? DEFAULT_LIMITS,
      options: this.options.analyzerOptions ?? {}
    });
    const r = this.result(c);
    if (r.kind === "unknown" || r.kind === "unreadable") r.kind = result.kind;
    if (result.memberKinds.length && !r.memberKinds.length) r.memberKinds = result.memberKinds;
    const store = file.store;
    for (const f of result.findings) {
      this.findings.push(
        store ? { ...f, evidence: { ...f.evidence, blob: `${store.algorithm}:${store.digest}` } } : f
      );
    }
    for (const r2 of result.references) this.references.push(r2);
  }
  async smallBatch(batch) {
    const files = batch.map((c) => ({
      path: c.fsPath,
      displayPath: c.hashAs.display,
      algorithms: c.algorithms,
      size: c.size
    }));
    let reads;
    try {
      reads = await this.pool.readSmallFiles(files, SMALL_FILE_BYTES);
    } catch (err) {
      reads = batch.map((c) => ({
        ok: false,
        code: "INTERNAL",
        message: describeError(err, c.hashAs.display)
      }));
    }
    const items = batch.map((c, i) => [c, reads[i]]);
    await mapLimit(items, this.options.analysisConcurrency ?? 4, async ([c, read]) => {
      try {
        if (!read.ok) {
          this.result(c).kind = "unreadable";
          this.hashFailed(c, read.message);
          return;
        }
        this.hashed(c, read.digests, read.data.length);
        this.retained.keep(c.key, read.data);
        for (const name of c.analyzeAs) {
          const shown = name.store?.display ?? name.display;
          await this.analyzeName(c, name, new BufferSource(read.data, shown, [], c.fsPath)).catch(
            (err) => {
              this.findings.push(
                finding(ANALYZER_ERROR, { path: shown, message: describeError(err, shown) })
              );
            }
          );
        }
      } finally {
        this.progress.addBytes(read.ok ? read.data.length : 0, c.hashAs.display);
        this.progress.fileDone();
      }
    });
  }
  async largeFiles(large) {
    const hashing = Promise.all(large.map((c) => this.hashLarge(c)));
    const analysis = mapLimit(large, this.options.analysisConcurrency ?? 4, (c) => this.analyzeLarge(c));
    await Promise.all([hashing, analysis]);
  }
  async hashLarge(c) {
    try {
      const r = await this.pool.hash({
        path: c.fsPath,
        displayPath: c.hashAs.display,
        algorithms: c.algorithms,
        onProgress: (n) => this.progress.addBytes(n, c.hashAs.display)
      });
      this.hashed(c, r.digests, r.size);
      if (r.cached) this.result(c).cached = true;
    } catch (err) {
      this.hashFailed(c, describeError(err, c.hashAs.display));
    } finally {
      this.progress.fileDone();
    }
  }
  async analyzeLarge(c) {
    for (const name of c.analyzeAs) {
      let source;
      const shown = name.store?.display ?? name.display;
      try {
        source = await FileSource.open(c.fsPath, shown);
        await this.analyzeName(c, name, source);
      } catch (err) {
        this.result(c).kind = "unreadable";
        this.openErrors.set(
          c.key,
          finding(HASH_ERROR, { path: name.display, message: describeError(err, name.display) })
        );
      } finally {
        await source?.close().catch(() => {
        });
      }
    }
  }
  /** An analysis that could not open a file counts only when the hash did not already report it. */
  reportOpenErrors() {
    for (const [key, f] of this.openErrors) if (this.byKey.get(key)?.digests) this.findings.push(f);
  }
};
var RetainedBytes = class {
  bytes = /* @__PURE__ */ new Map();
  used = 0;
  keep(key, data) {
    if (data.length > RETAIN_FILE_BYTES || this.used + data.length > RETAIN_TOTAL_BYTES) return;
    this.bytes.set(key, data);
    this.used += data.length;
  }
  async withSource(file, fn) {
    const kept = this.bytes.get(pathKey(file.fsPath));
    if (kept) return fn(new BufferSource(kept, file.display));
    const src = await FileSource.open(file.fsPath, file.display);
    try {
      return await fn(src);
    } finally {
      await src.close();
    }
  }
  /** The whole file as UTF-8; READ_TOO_LARGE above `limit` bytes. */
  readText(file, limit = 8 * 1024 * 1024) {
    return this.withSource(file, async (s) => (await readAll(s, limit)).toString("utf8"));
  }
  /** The first `n` bytes (fewer for a shorter file). */
  readHead(file, n) {
    return this.withSource(file, (s) => s.read(0, Math.min(n, s.size)));
  }
};

export {
  KINDS,
  byPriority,
  CORE_SNIFFERS,
  isText,
  DEFAULT_LIMITS,
  EVERY_KIND,
  analyzersFor,
  kindIsClaimed,
  UNSUPPORTED_FORMAT,
  ANALYZER_ERROR,
  DEPTH_LIMIT,
  WORK_LIMIT,
  analyzeSource,
  scanTrailingBytes,
  HASH_ERROR,
  mapLimit,
  readContents,
  RetainedBytes
};
