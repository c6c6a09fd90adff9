import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  KINDS,
  sniff
} from "./chunk-RBFZEQGH.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-TQQPR4KX.js";
import {
  BufferSource,
  FileSource,
  label,
  readAll
} from "./chunk-3XLG4IKU.js";
import {
  defineRule,
  finding
} from "./chunk-2S424KAA.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  pathKey
} from "./chunk-DRNDJL4J.js";

// src/core/analyzer.ts
var DEFAULT_LIMITS = {
  maxDepth: 5,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxMemberBytes: 512 * 1024 ** 2,
  maxRatio: 200,
  maxMembers: 1e5
};
var fileAnalyzers = [];
var treeAnalyzers = [];
function registerFileAnalyzer(a) {
  if (!fileAnalyzers.some((x) => x.id === a.id)) fileAnalyzers.push(a);
}
function registerTreeAnalyzer(a) {
  if (!treeAnalyzers.some((x) => x.id === a.id)) treeAnalyzers.push(a);
}
function getTreeAnalyzers() {
  return treeAnalyzers;
}
var EVERY_KIND = "*";
function analyzersFor(kind) {
  return fileAnalyzers.filter((a) => a.kinds.includes(kind) || a.kinds.includes(EVERY_KIND));
}
function kindIsClaimed(kind) {
  return fileAnalyzers.some((a) => a.claims?.includes(kind));
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
async function analyzeSource(source, name, opts = {}) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const scan = {
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
    sniffed = await sniff(source, name);
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
  if (CODE_BEARING_KINDS.has(sniffed.kind) && !kindIsClaimed(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind }
      })
    );
  }
  for (const analyzer of analyzersFor(sniffed.kind)) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
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
  DEFAULT_LIMITS,
  registerFileAnalyzer,
  registerTreeAnalyzer,
  getTreeAnalyzers,
  EVERY_KIND,
  analyzeSource,
  HASH_ERROR,
  mapLimit,
  readContents,
  RetainedBytes
};
