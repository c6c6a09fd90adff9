import {
  computeManifest,
  normalizeRelPath,
  parseShardName
} from "./chunk-EPLVLO66.js";
import {
  ollamaSource
} from "./chunk-SERLXDJN.js";
import {
  ANALYZER_ERROR,
  DEFAULT_LIMITS,
  analyzeSource
} from "./chunk-6R2PKCIW.js";
import {
  DocumentError,
  listOf,
  matching,
  object,
  optional,
  readDocument,
  string,
  wholeNumber
} from "./chunk-66P5ZTGW.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-EYDS4DR2.js";
import {
  pathKey,
  relativeInside
} from "./chunk-DRNDJL4J.js";
import {
  BufferSource,
  FileSource,
  defineRule,
  finding,
  readAll
} from "./chunk-GMZN3B2T.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

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
      current: this.current
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
var RETAIN_HEAD_BYTES = 4096;
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
  const inline = smallBatches.length <= 1;
  const pool = new HashPool(jobs, {
    inline,
    digestCache: options.digestCache
  });
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
        const head = await source.read(0, Math.min(RETAIN_HEAD_BYTES, source.size)).catch(() => void 0);
        if (head) this.retained.keepHead(c.key, head);
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
  heads = /* @__PURE__ */ new Map();
  used = 0;
  keep(key, data) {
    if (data.length > RETAIN_FILE_BYTES || this.used + data.length > RETAIN_TOTAL_BYTES) return;
    this.bytes.set(key, data);
    this.used += data.length;
  }
  /** The first bytes of a file that is not kept whole. */
  keepHead(key, head) {
    if (this.heads.has(key) || this.used + head.length > RETAIN_TOTAL_BYTES) return;
    this.heads.set(key, head);
    this.used += head.length;
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
    const head = this.heads.get(pathKey(file.fsPath));
    if (head && head.length >= n) return Promise.resolve(head.subarray(0, n));
    return this.withSource(file, (s) => s.read(0, Math.min(n, s.size)));
  }
};

// src/verify/ollama.ts
import { createHash } from "node:crypto";
import { lstat, readdir, readFile as readFile2, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join, resolve as resolve2 } from "node:path";

// src/verify/manifest-blobs.ts
var manifest_blobs_exports = {};
__export(manifest_blobs_exports, {
  DANGLING_LINK: () => DANGLING_LINK,
  STORE_ENTRY: () => STORE_ENTRY,
  verifyBlobDigests: () => verifyBlobDigests
});
import { stat as stat2 } from "node:fs/promises";

// src/verify/manifest-check.ts
var manifest_check_exports = {};
__export(manifest_check_exports, {
  DIGEST_MISMATCH: () => DIGEST_MISMATCH,
  EXTRA_FILE: () => EXTRA_FILE,
  INVALID_MANIFEST: () => INVALID_MANIFEST,
  MAX_FINDINGS_PER_CHECK: () => MAX_FINDINGS_PER_CHECK,
  MISSING_FILE: () => MISSING_FILE,
  SIDECAR_NAMES: () => SIDECAR_NAMES,
  UNHASHABLE_PATH: () => UNHASHABLE_PATH,
  WRONG_SHARD: () => WRONG_SHARD,
  append: () => append,
  capFindings: () => capFindings,
  diffFailed: () => diffFailed,
  diffFindings: () => diffFindings,
  diffResources: () => diffResources,
  diffSummary: () => diffSummary,
  displayPathOf: () => displayPathOf,
  emptyDiff: () => emptyDiff,
  invalidOutcome: () => invalidOutcome,
  isDirectory: () => isDirectory,
  problemFindings: () => problemFindings,
  readManifestFile: () => readManifestFile,
  short: () => short,
  sidecarIgnore: () => sidecarIgnore,
  verifyAgainstResources: () => verifyAgainstResources
});
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, resolve, sep } from "node:path";
var DIGEST_MISMATCH = defineRule({
  id: "verify/digest-mismatch",
  severity: "high",
  title: "File content differs from the recorded digest",
  tags: ["integrity"],
  explain: `The file's digest is not the one recorded in the lock file, checksum file, signature or
content-addressed store it was checked against: at least one byte changed since the digest was
recorded (tampering, a corrupted download, or a file replaced by another version).

Why it matters: the reviewed or signed artifact is not the one on disk. A single changed byte in a
pickle can turn a tensor into a code-execution payload.

Fix: download the artifact again from its source and verify it again. If the change is intended,
record new digests (\`modelvet lock\`, a new SHA256SUMS, a new signature) after reviewing it.`
});
var MISSING_FILE = defineRule({
  id: "verify/missing-file",
  severity: "high",
  title: "A recorded file is missing",
  tags: ["integrity"],
  explain: `The lock file, checksum file or signature lists a file that is not in the model folder
(deleted, renamed, or never downloaded). The model on disk is not the recorded one, and a loader may
fall back to another file.

Fix: download the missing file again. If it was renamed, the message names the file that now holds
its content; restore the original name.`
});
var EXTRA_FILE = defineRule({
  id: "verify/extra-file",
  severity: "high",
  title: "A file is not listed in the lock, checksum file or signature",
  tags: ["integrity"],
  explain: `The model folder holds a file that the lock file, checksum file or signature does not
list. Nobody vouched for it: an added file is how a payload (a pickle, a custom code file picked up
by trust_remote_code, a tokenizer config with a hostile chat template) rides along with a signed model.

A checksum file (\`--sums\`, a SHA256SUMS beside the model) vouches only for what it lists, as
\`sha256sum -c\` reads it, and publishers often list only the large files (Hugging Face publishes
sha256 digests for LFS files only): there an unlisted file is reported at low and the check still
passes when every listed file matches.

Fix: remove the file, or record it (\`modelvet lock\`, re-sign). To leave a file out on purpose, pass
\`--ignore-paths\` with its path relative to the model folder, or \`--ignore-unsigned-files\` to
tolerate every unlisted file.`
});
var WRONG_SHARD = defineRule({
  id: "verify/wrong-shard",
  severity: "high",
  title: "A shard holds the bytes recorded for another shard, or the shards do not cover the file",
  tags: ["integrity"],
  explain: `In shard mode every file is recorded as fixed-size byte ranges (path:start:end). Here a
range holds the bytes recorded for a different range of the same file (shards swapped or reordered),
or the file's ranges are not the recorded ones (it grew or shrank).

Why it matters: each piece may be genuine while the whole is not; reordered tensor data changes the
model's behaviour without changing any single shard digest.

Fix: download the file again and verify it again.`
});
var UNHASHABLE_PATH = defineRule({
  id: "verify/unhashable-path",
  severity: "high",
  title: "A path cannot be part of the manifest (symlink, dangling link, special file)",
  tags: ["integrity", "fail-closed"],
  explain: `The model folder contains a symbolic link while the manifest was recorded without
symlinks allowed (model_signing's default), a dangling link, or a FIFO, socket or device. model_signing
refuses to hash such a folder; modelvet reports it and leaves the path out.

Fix: replace the link with the file it points to and remove special files. If symlinks are intended,
record the manifest with symlinks allowed (\`modelvet lock --allow-symlinks\`).`
});
var INVALID_MANIFEST = defineRule({
  id: "verify/invalid-manifest",
  severity: "high",
  title: "The lock file, checksum file or statement cannot be used",
  tags: ["integrity", "fail-closed"],
  explain: `The file that records the expected digests could not be read or is not valid: not JSON,
not an in-toto Statement with the model_signing predicate, a root digest that is not the digest of
the listed resources (an edited lock file), an unsupported hash, or a checksum file without a single
well-formed line. Nothing could be verified, so the verification fails.

Fix: regenerate it (\`modelvet lock PATH\`, \`sha256sum\`), or use the one the publisher shipped.`
});
var SIDECAR_NAMES = [
  "model.sig",
  "modelvet.lock.json",
  "SHA256SUMS",
  "SHA256SUMS.txt",
  "sha256sums.txt",
  "SHA512SUMS",
  "B2SUMS",
  "B3SUMS"
];
var MAX_FINDINGS_PER_CHECK = 1e3;
function append(into, items) {
  for (const x of items) into.push(x);
  return into;
}
function capFindings(findings, max = MAX_FINDINGS_PER_CHECK) {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max - 1);
  const rest = findings.slice(max - 1);
  const first = rest[0];
  kept.push({
    ...first,
    message: `${first.message} (and ${rest.length - 1} more differences; the verification details list them all)`,
    evidence: { ...first.evidence, omittedFindings: rest.length - 1 }
  });
  return kept;
}
function emptyDiff() {
  return { matched: 0, changed: [], missing: [], extra: [], wrongShards: [] };
}
function diffFailed(d) {
  return d.changed.length + d.missing.length + d.extra.length + d.wrongShards.length > 0;
}
function algorithmMatches(expected, actual, ser) {
  return expected === actual || expected === ser.hashType;
}
function linkRenames(diff) {
  const extraByDigest = /* @__PURE__ */ new Map();
  for (const x of diff.extra) if (x.digest) extraByDigest.set(x.digest, x);
  for (const m of diff.missing) {
    const x = extraByDigest.get(m.digest);
    if (x && x.renamedFrom === void 0) {
      m.renamedTo = x.name;
      x.renamedFrom = m.name;
    }
  }
}
function diffResources(expected, actual, files, ser) {
  return ser.method === "files" ? diffFiles(expected, actual, ser) : diffShards(expected, actual, files, ser);
}
function diffFiles(expected, actual, ser) {
  const diff = emptyDiff();
  const act = new Map(actual.map((r) => [r.name, r]));
  const exp = new Set(expected.map((r) => r.name));
  for (const e of expected) {
    const a = act.get(e.name);
    if (!a) diff.missing.push({ name: e.name, digest: e.digest });
    else if (a.digest !== e.digest || !algorithmMatches(e.algorithm, a.algorithm, ser))
      diff.changed.push({
        name: e.name,
        expected: e.digest,
        actual: a.digest,
        algorithm: a.algorithm,
        note: a.digest === e.digest ? `recorded algorithm ${e.algorithm}` : void 0
      });
    else diff.matched++;
  }
  for (const a of actual)
    if (!exp.has(a.name)) diff.extra.push({ name: a.name, digest: a.digest || void 0 });
  linkRenames(diff);
  return diff;
}
function groupShards(list, bad) {
  const m = /* @__PURE__ */ new Map();
  for (const r of list) {
    const s = parseShardName(r.name);
    if (!s) {
      bad(r);
      continue;
    }
    const l = m.get(s.path) ?? [];
    l.push({ r, start: s.start, end: s.end });
    m.set(s.path, l);
  }
  return m;
}
function diffShards(expected, actual, files, ser) {
  const diff = emptyDiff();
  const sizes = new Map(files.map((f) => [f.rel, f.size]));
  const expByFile = groupShards(
    expected,
    (r) => diff.changed.push({
      name: r.name,
      expected: r.digest,
      actual: "(not a path:start:end shard name)",
      algorithm: r.algorithm,
      note: "bad shard name"
    })
  );
  const actByFile = groupShards(actual, () => {
  });
  for (const [path, shards] of expByFile) {
    const size = sizes.get(path);
    if (size === void 0) {
      diff.missing.push({ name: path, digest: shards[0]?.r.digest ?? "" });
      continue;
    }
    diffShardedFile(diff, path, size, shards, actByFile.get(path) ?? [], ser);
  }
  for (const [path, shards] of actByFile)
    if (!expByFile.has(path)) diff.extra.push({ name: path, digest: shards[0].r.digest });
  return diff;
}
function diffShardedFile(diff, path, size, shards, actualShards, ser) {
  const expectedSize = shards.reduce((m, s) => Math.max(m, s.end), 0);
  const act = new Map(actualShards.map((s) => [s.r.name, s.r]));
  const byDigest = new Map(shards.map((s) => [s.r.digest, s.r.name]));
  if (size !== expectedSize) {
    diff.wrongShards.push({
      name: path,
      expected: `${expectedSize} bytes`,
      actual: `${size} bytes`,
      note: `file is ${size} bytes, its shards cover ${expectedSize}`
    });
    return;
  }
  for (const s of shards) {
    const a = act.get(s.r.name);
    if (!a)
      diff.wrongShards.push({
        name: s.r.name,
        expected: s.r.digest,
        actual: "(no such range)",
        note: "the recorded ranges are not the shard boundaries"
      });
    else if (a.digest === s.r.digest && algorithmMatches(s.r.algorithm, a.algorithm, ser)) diff.matched++;
    else {
      const holds = byDigest.get(a.digest);
      if (holds !== void 0 && holds !== s.r.name)
        diff.wrongShards.push({ name: s.r.name, expected: s.r.digest, actual: a.digest, holds });
      else
        diff.changed.push({
          name: s.r.name,
          expected: s.r.digest,
          actual: a.digest,
          algorithm: a.algorithm
        });
    }
  }
  const names = new Set(shards.map((s) => s.r.name));
  for (const a of actualShards)
    if (!names.has(a.r.name))
      diff.wrongShards.push({
        name: a.r.name,
        expected: "(no such range)",
        actual: a.r.digest,
        note: "range not recorded"
      });
}
var short = (hex) => /^[0-9a-f]{16,}$/.test(hex) ? `${hex.slice(0, 16)}\u2026` : hex;
function filePart(name, shards) {
  if (!shards) return name;
  return parseShardName(name)?.path ?? name;
}
function displayPathOf(display, rel) {
  if (rel === "." || rel === "") return display;
  return display === "." ? rel : `${display.replace(/\/+$/, "")}/${rel}`;
}
function diffFindings(diff, ser, ctx) {
  const shards = ser.method === "shards";
  const at = (name) => displayPathOf(ctx.display, filePart(name, shards));
  const out = [];
  for (const c of diff.changed)
    out.push(
      finding(DIGEST_MISMATCH, {
        path: at(c.name),
        message: `${c.name} changed: ${ctx.source} records ${c.algorithm} ${short(c.expected)}, found ${short(c.actual)}${c.note ? ` (${c.note})` : ""}`,
        evidence: {
          name: c.name,
          algorithm: c.algorithm,
          expected: c.expected,
          actual: c.actual,
          source: ctx.source
        }
      })
    );
  for (const m of diff.missing)
    out.push(
      finding(MISSING_FILE, {
        path: at(m.name),
        message: `${m.name} is recorded in ${ctx.source} but missing${m.renamedTo ? ` (its content is now at ${m.renamedTo}: renamed)` : ""}`,
        evidence: {
          name: m.name,
          expected: m.digest,
          source: ctx.source,
          renamedTo: m.renamedTo
        }
      })
    );
  for (const x of diff.extra)
    out.push(
      finding(EXTRA_FILE, {
        path: at(x.name),
        message: `${x.name} is not recorded in ${ctx.source}${x.renamedFrom ? ` (it holds the content recorded for ${x.renamedFrom}: renamed)` : ""}`,
        evidence: { name: x.name, source: ctx.source, actual: x.digest }
      })
    );
  for (const w of diff.wrongShards)
    out.push(
      finding(WRONG_SHARD, {
        path: at(w.name),
        message: w.holds ? `shard ${w.name} holds the bytes ${ctx.source} records for ${w.holds} (shards reordered)` : `${w.name}: ${w.note ?? "shard differs"} (${ctx.source})`,
        evidence: {
          name: w.name,
          expected: w.expected,
          actual: w.actual,
          source: ctx.source,
          holds: w.holds
        }
      })
    );
  return out;
}
function problemFindings(problems, ctx) {
  return problems.map(
    (p) => finding(UNHASHABLE_PATH, {
      path: displayPathOf(ctx.display, p.rel),
      message: `${p.message}; not hashed (${ctx.source})`,
      evidence: { reason: p.reason, source: ctx.source }
    })
  );
}
function listNames(names, max = 5) {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
function diffSummary(diff, problems) {
  const parts = [];
  if (diff.changed.length)
    parts.push(`${diff.changed.length} changed (${listNames(diff.changed.map((c) => c.name))})`);
  if (diff.missing.length)
    parts.push(`${diff.missing.length} missing (${listNames(diff.missing.map((c) => c.name))})`);
  if (diff.extra.length)
    parts.push(`${diff.extra.length} unexpected (${listNames(diff.extra.map((c) => c.name))})`);
  if (diff.wrongShards.length)
    parts.push(
      `${diff.wrongShards.length} wrong shard${diff.wrongShards.length === 1 ? "" : "s"} (${listNames(diff.wrongShards.map((c) => c.name))})`
    );
  if (problems.length) parts.push(`${problems.length} unhashable (${listNames(problems.map((p) => p.rel))})`);
  return parts.join("; ");
}
function sidecarIgnore(modelRoot, file) {
  if (!file) return [];
  const rel = relativeInside(resolve(modelRoot), resolve(file));
  const n = rel === void 0 ? void 0 : normalizeRelPath(rel);
  return n && n !== "." ? [n] : [];
}
function invalidOutcome(kind, source, display, reason) {
  return {
    verification: { kind, source, ok: false, message: `${source}: ${reason}` },
    findings: [
      finding(INVALID_MANIFEST, {
        path: source,
        message: `${source}: ${reason}`,
        evidence: { model: display }
      })
    ]
  };
}
async function readManifestFile(path, kind, display, limit) {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { outcome: invalidOutcome(kind, path, display, "not a regular file") };
    if (st.size > limit)
      return { outcome: invalidOutcome(kind, path, display, `larger than ${limit} bytes`) };
    return { bytes: await readFile(path) };
  } catch (err) {
    return { outcome: invalidOutcome(kind, path, display, describeError(err)) };
  }
}
function singleFileSubset(modelPath, isDir2, resources, ser, ctx, display) {
  const singleFile = resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  if (isDir2 || singleFile) return { resources };
  const shards = ser.method === "shards";
  const base = basename(resolve(modelPath));
  if (resources.every((r) => filePart(r.name, shards) === base)) return { subset: base, resources };
  if (!ctx.sourcePath) return { resources };
  const inside = relativeInside(dirname(resolve(ctx.sourcePath)), resolve(modelPath));
  if (inside === void 0) return `${display} is not inside the folder ${ctx.source} describes`;
  const rel = inside.split(sep).join("/");
  return { subset: rel, resources: resources.filter((r) => filePart(r.name, shards) === rel) };
}
function hashModel(modelPath, ser, root, ctx, options) {
  return computeManifest(modelPath, {
    method: ser.method,
    hashType: ser.hashType,
    shardSize: ser.shardSize,
    allowSymlinks: ser.allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false,
    ignorePaths: [...ser.ignorePaths, ...options.ignorePaths ?? [], ...sidecarIgnore(root, ctx.sourcePath)],
    ignoreGitPaths: options.ignoreGitPaths ?? true,
    jobs: options.jobs,
    pool: options.pool,
    knownSha256: options.knownSha256,
    onProgress: options.onProgress
  });
}
function renameToSubset(manifest, name) {
  manifest.resources = manifest.resources.map((r) => ({
    ...r,
    name: r.name === "." ? name : `${name}${r.name.slice(1)}`
  }));
  manifest.files = manifest.files.map((f) => ({ ...f, rel: name }));
  manifest.problems = manifest.problems.map((p) => ({ ...p, rel: name }));
}
function resourcesVerification(display, ctx, ser, total, manifest, diff) {
  const ok = !diffFailed(diff) && manifest.problems.length === 0;
  const unit = ser.method === "shards" ? "shard" : "file";
  const message = ok ? `${display}: ${total} ${unit}${total === 1 ? " matches" : "s match"} ${ctx.source} (${ser.method}, ${ser.hashType})` : `${display} does not match ${ctx.source}: ${diffSummary(diff, manifest.problems)}`;
  return {
    kind: ctx.kind,
    source: ctx.source,
    ok,
    message,
    details: {
      method: ser.method,
      hashType: ser.hashType,
      shardSize: ser.shardSize,
      checked: manifest.files.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      wrongShards: diff.wrongShards,
      unhashable: manifest.problems
    }
  };
}
async function verifyAgainstResources(modelPath, expected, ctx, options = {}) {
  let display = options.display ?? modelPath;
  const ser = expected.serialization;
  if (ser.ignorePaths.some((p) => normalizeRelPath(p) === "."))
    return invalidOutcome(ctx.kind, ctx.source, display, "its ignore_paths leave out the whole model");
  const isDir2 = await isDirectory(modelPath);
  const root = isDir2 ? modelPath : dirname(modelPath);
  const chosen = singleFileSubset(modelPath, isDir2, expected.resources, ser, ctx, display);
  if (typeof chosen === "string") return invalidOutcome(ctx.kind, ctx.source, display, chosen);
  const { subset, resources } = chosen;
  if (subset !== void 0) display = dirname(display);
  let manifest;
  try {
    manifest = await hashModel(modelPath, ser, root, ctx, options);
  } catch (err) {
    return invalidOutcome(ctx.kind, ctx.source, display, describeError(err, display));
  }
  if (subset !== void 0) renameToSubset(manifest, subset);
  const diff = diffResources(resources, manifest.resources, manifest.files, ser);
  const unhashable = new Set(manifest.problems.map((p) => p.rel));
  diff.missing = diff.missing.filter((m) => !unhashable.has(filePart(m.name, ser.method === "shards")));
  diff.extra = options.ignoreUnsignedFiles ? [] : diff.extra.filter((x) => !SIDECAR_NAMES.includes(filePart(x.name, ser.method === "shards")));
  const check = { display, kind: ctx.kind, source: ctx.source };
  const findings = capFindings(
    append(diffFindings(diff, ser, check), problemFindings(manifest.problems, check))
  );
  return {
    verification: resourcesVerification(display, ctx, ser, resources.length, manifest, diff),
    findings,
    manifest,
    diff
  };
}
async function isDirectory(p) {
  return (await stat(p).catch(() => void 0))?.isDirectory() ?? false;
}

// src/verify/manifest-blobs.ts
var DANGLING_LINK = defineRule({
  id: "verify/dangling-link",
  severity: "high",
  title: "A store link or reference points at nothing, or outside the store",
  tags: ["integrity", "filesystem"],
  explain: `In a Hugging Face cache every snapshots/<commit>/<file> is a relative symbolic link to
../../blobs/<hash>; in an Ollama store every manifest layer names blobs/sha256-<hex>. Here a link
dangles (its blob was deleted or never finished downloading), or points somewhere other than the
store's blobs folder, or a manifest names a blob that is not there.

Why it matters: a loader follows the link blindly. A link into another folder swaps in content that
no hash vouches for; a dangling one makes the loader fail or fall back to another file.

Fix: delete the snapshot (or the model) and download it again (\`huggingface-cli download\`,
\`ollama pull\`).`
});
var STORE_ENTRY = defineRule({
  id: "verify/store-entry",
  severity: "medium",
  title: "Unexpected or incomplete entry in a model store",
  tags: ["integrity"],
  explain: `The Hugging Face cache or Ollama store holds an entry that its tool does not write in a
finished download: a partial blob (\`.incomplete\`, \`-partial\`), a blob whose name is not a digest,
a snapshot that is not named by a commit, a ref that does not name a snapshot, or a regular file
where the tool writes a link. modelvet cannot vouch for it.

Fix: finish or restart the download; remove entries you did not expect.`
});
async function verifyBlobDigests(blobs, source, options) {
  const findings = [];
  let mismatched = 0;
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), blobs.length)), { inline: true });
  try {
    await Promise.all(
      blobs.map(async (b) => {
        let actual;
        let size;
        try {
          if (b.knownDigest) {
            actual = b.knownDigest;
            size = (await stat2(b.path)).size;
          } else {
            const r = await pool.hash({
              path: b.path,
              displayPath: b.display,
              algorithms: [b.algorithm],
              onProgress: options.onProgress
            });
            actual = r.digests[b.algorithm];
            size = r.size;
          }
        } catch (err) {
          mismatched++;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} could not be hashed: ${describeError(err)}`,
              evidence: { expected: b.expected, algorithm: b.algorithm, source }
            })
          );
          return;
        }
        if (actual !== b.expected || b.size !== void 0 && size !== b.size) {
          mismatched++;
          const what = actual !== b.expected ? `its ${b.algorithm} is ${short(actual)}, its name promises ${short(b.expected)}` : `it is ${size} bytes, ${source} records ${b.size}`;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} is corrupted or tampered: ${what}`,
              evidence: {
                algorithm: b.algorithm,
                expected: b.expected,
                actual,
                source,
                ...b.size !== void 0 ? { expectedSize: b.size, actualSize: size } : {}
              }
            })
          );
        }
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  return { findings, checked: blobs.length, mismatched };
}

// src/verify/ollama.ts
var BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
var DIGEST = /^sha256:([0-9a-f]{64})$/;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
async function isDir(p) {
  return (await stat3(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isOllamaStore(path) {
  if (!await isDir(join(path, "manifests")) || !await isDir(join(path, "blobs"))) return false;
  const names = await readdir(join(path, "blobs")).catch(() => []);
  if (names.some((n) => BLOB_NAME.test(n) || /^sha256-[0-9a-f]{64}-partial/.test(n))) return true;
  const hosts = await readdir(join(path, "manifests"), { withFileTypes: true }).catch(() => []);
  return hosts.some((h) => h.isDirectory());
}
async function ollamaRoot(path) {
  for (const p of [path, join(path, "models")]) if (await isOllamaStore(p)) return p;
  return void 0;
}
async function walk(dir, rel) {
  const out = [];
  for (const n of (await readdir(dir).catch(() => [])).sort()) {
    const full = join(dir, n);
    const r = `${rel}/${n}`;
    const st = await lstat(full).catch(() => void 0);
    if (st?.isDirectory()) append(out, await walk(full, r));
    else if (st) out.push({ rel: r, full });
  }
  return out;
}
var layerShape = object({
  digest: matching(DIGEST, "a sha256:<64 hex> digest"),
  size: wholeNumber(0),
  mediaType: optional(string)
});
var manifestShape = object({ config: optional(layerShape), layers: listOf(layerShape) });
function parseLayers(bytes) {
  try {
    const m = readDocument(bytes, manifestShape);
    return [...m.config ? [m.config] : [], ...m.layers];
  } catch (err) {
    if (err instanceof DocumentError) return err.message;
    throw err;
  }
}
var DEFAULT_REGISTRY = "registry.ollama.ai";
function modelNames(manifestRel) {
  const parts = manifestRel.split("/").slice(1);
  if (parts.length < 2) return { name: manifestRel, label: manifestRel };
  const name = `${parts.slice(0, -1).join("/")}:${parts.at(-1)}`;
  return { name, label: parts[0] === DEFAULT_REGISTRY ? name.slice(DEFAULT_REGISTRY.length + 1) : name };
}
function layerKind(mediaType) {
  const m = /^application\/vnd\.ollama\.image\.([a-z0-9.-]+)$/.exec(mediaType ?? "");
  return m ? m[1] : mediaType?.includes("container.image") ? "config" : "layer";
}
var blobPath = (root, digest) => join(root, "blobs", digest.replace(":", "-"));
async function readOllamaManifests(root) {
  const models = [];
  const bad = [];
  for (const m of await walk(join(root, "manifests"), "manifests")) {
    let bytes = Buffer.alloc(0);
    let layers;
    try {
      const st = await stat3(m.full);
      if (!st.isFile()) throw new ModelvetError("NOT_A_REGULAR_FILE", "not a regular file");
      if (st.size > MAX_MANIFEST_BYTES)
        throw new ModelvetError("READ_TOO_LARGE", `larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile2(m.full);
      layers = parseLayers(bytes);
    } catch (err) {
      layers = describeError(err);
    }
    if (typeof layers === "string") bad.push({ manifest: m.rel, reason: layers });
    else {
      const manifestDigest = createHash("sha256").update(bytes).digest("hex");
      models.push({ manifest: m.rel, ...modelNames(m.rel), manifestDigest, layers });
    }
  }
  return { models, bad };
}
async function checkLayers(root, models, at, findings) {
  const out = { sizes: /* @__PURE__ */ new Map(), missing: 0 };
  for (const model of models) {
    for (const l of model.layers) {
      const hex = DIGEST.exec(l.digest)[1];
      const st = await stat3(blobPath(root, l.digest)).catch(() => void 0);
      if (!st?.isFile()) {
        out.missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: `${model.name} needs blob sha256-${hex.slice(0, 12)}\u2026 (${l.mediaType ?? "layer"}), which is missing`,
            evidence: { manifest: model.manifest, digest: l.digest, size: l.size }
          })
        );
        continue;
      }
      const prev = out.sizes.get(hex);
      if (prev !== void 0 && prev !== l.size)
        findings.push(
          finding(STORE_ENTRY, {
            path: at(model.manifest),
            message: `${model.manifest} records ${l.size} bytes for sha256-${hex.slice(0, 12)}\u2026, another manifest ${prev}`
          })
        );
      out.sizes.set(hex, l.size);
    }
  }
  return out;
}
async function blobChecks(root, sizes, at, known, findings) {
  const entry = (rel, message) => findings.push(finding(STORE_ENTRY, { path: at(rel), message }));
  const blobs = [];
  for (const b of await walk(join(root, "blobs"), "blobs")) {
    const name = b.rel.slice("blobs/".length);
    const m = BLOB_NAME.exec(name);
    if (/-partial(-\d+)?$/.test(name)) {
      entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    if (!m) {
      entry(b.rel, `${b.rel} is not named sha256-<hex>; nothing vouches for it`);
      continue;
    }
    if (!(await lstat(b.full)).isFile()) {
      entry(b.rel, `${b.rel} is not a regular file`);
      continue;
    }
    const hex = m[1].toLowerCase();
    const size = sizes.get(hex);
    const knownDigest = known(b.rel);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: "sha256",
      expected: hex,
      size,
      knownDigest
    });
  }
  return blobs;
}
async function verifyOllama(path, options = {}) {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? "." : basename2(root));
  const at = (rel) => displayPathOf(display, rel);
  const findings = [];
  const { models, bad } = await readOllamaManifests(root);
  for (const b of bad)
    findings.push(
      finding(INVALID_MANIFEST, {
        path: at(b.manifest),
        message: `Ollama manifest ${b.manifest}: ${b.reason}`
      })
    );
  const layers = await checkLayers(root, models, at, findings);
  const known = (rel) => options.knownSha256?.(root === path ? rel : `${basename2(root)}/${rel}`);
  const blobs = await blobChecks(root, layers.sizes, at, known, findings);
  const hashed = await verifyBlobDigests(blobs, `Ollama store ${basename2(resolve2(root))}`, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && layers.missing === 0 && bad.length === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : "",
    layers.missing ? `${layers.missing} layer blob(s) missing` : "",
    bad.length ? `${bad.length} unreadable manifest(s)` : ""
  ].filter(Boolean);
  const verification = {
    kind: "ollama",
    source: display,
    ok,
    message: ok ? `${display}: ${models.length} model manifest(s), ${hashed.checked} blobs match their digests` : `${display}: ${problems.join(", ")}`,
    details: {
      checked: hashed.checked,
      models: models.map((m) => ({
        name: m.name,
        manifestDigest: m.manifestDigest,
        layers: m.layers.length
      })),
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing: layers.missing
    }
  };
  return {
    verifications: [verification],
    findings: capFindings(findings),
    references: storeReferences(models, at)
  };
}
function storeReferences(models, at) {
  const out = [];
  for (const m of models) {
    const name = m.manifest.split("/").slice(1);
    const source = name.length === 4 ? ollamaSource(name[0], name[1], name[2], name[3]) : void 0;
    if (source) out.push({ source, pinned: true, path: at(m.manifest), via: "ollama-store", text: m.name });
  }
  return out;
}

export {
  HASH_ERROR,
  mapLimit,
  readContents,
  RetainedBytes,
  INVALID_MANIFEST,
  SIDECAR_NAMES,
  append,
  capFindings,
  diffFailed,
  diffResources,
  displayPathOf,
  diffFindings,
  problemFindings,
  diffSummary,
  sidecarIgnore,
  invalidOutcome,
  readManifestFile,
  verifyAgainstResources,
  isDirectory,
  manifest_check_exports,
  DANGLING_LINK,
  STORE_ENTRY,
  verifyBlobDigests,
  manifest_blobs_exports,
  isOllamaStore,
  ollamaRoot,
  layerKind,
  blobPath,
  readOllamaManifests,
  checkLayers,
  verifyOllama
};
