import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  algorithmForLength,
  algorithmForTag,
  parseSums
} from "./chunk-FBEN3PSM.js";
import {
  relativeInside
} from "./chunk-E4E3RBLY.js";
import {
  REPORT_SCHEMA_VERSION,
  countBySeverity,
  decideVerdict
} from "./chunk-RY6BK7YD.js";
import {
  formatBytes,
  renderHuman
} from "./chunk-LZFS3KT3.js";
import {
  renderJson
} from "./chunk-GH5VI6YS.js";
import {
  GIT_PATHS,
  OmsError,
  computeManifest,
  enumerateModel,
  isOmsHashType,
  normalizeRelPath,
  parseShardName,
  parseStatement,
  statementJson
} from "./chunk-NXNOROTZ.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-HD6VATNX.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  readJsonBytes,
  toPlain
} from "./chunk-PWEJK443.js";
import {
  defineRule,
  finding,
  isSeverity
} from "./chunk-WRBY765S.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";

// src/verify/command.ts
import { readdir as readdir3, stat as stat6 } from "node:fs/promises";
import { basename as basename5, dirname as dirname5, join as join5 } from "node:path";

// src/verify/hf-cache.ts
import { lstat, readdir, readFile as readFile2, readlink, realpath } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/verify/manifest-blobs.ts
import { stat as stat2 } from "node:fs/promises";

// src/verify/manifest-check.ts
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
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

Fix: remove the file, or record it (\`modelvet lock\`, re-sign). To leave a file out on purpose, pass
\`--ignore-paths\` with its path relative to the model folder.`
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
function clean(text) {
  return text.replace(
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
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
    message: clean(
      `${first.message} (and ${rest.length - 1} more differences; the verification details list them all)`
    ),
    evidence: { ...first.evidence ?? {}, omittedFindings: rest.length - 1 }
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
  const diff = emptyDiff();
  if (ser.method === "files") {
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
          ...a.digest === e.digest ? { note: `recorded algorithm ${e.algorithm}` } : {}
        });
      else diff.matched++;
    }
    for (const a of actual)
      if (!exp.has(a.name)) diff.extra.push({ name: a.name, ...a.digest ? { digest: a.digest } : {} });
    linkRenames(diff);
    return diff;
  }
  const sizes = new Map(files.map((f) => [f.rel, f.size]));
  const group = (list2, bad) => {
    const m = /* @__PURE__ */ new Map();
    for (const r of list2) {
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
  };
  const expByFile = group(
    expected,
    (r) => diff.changed.push({
      name: r.name,
      expected: r.digest,
      actual: "(not a path:start:end shard name)",
      algorithm: r.algorithm,
      note: "bad shard name"
    })
  );
  const actByFile = group(actual, () => {
  });
  for (const [path, shards] of expByFile) {
    const size = sizes.get(path);
    if (size === void 0) {
      diff.missing.push({ name: path, digest: shards[0]?.r.digest ?? "" });
      continue;
    }
    const expectedSize = shards.reduce((m, s) => Math.max(m, s.end), 0);
    const act = new Map((actByFile.get(path) ?? []).map((s) => [s.r.name, s.r]));
    const byDigest = new Map(shards.map((s) => [s.r.digest, s.r.name]));
    if (size !== expectedSize) {
      diff.wrongShards.push({
        name: path,
        expected: `${expectedSize} bytes`,
        actual: `${size} bytes`,
        note: `file is ${size} bytes, its shards cover ${expectedSize}`
      });
      continue;
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
    for (const a of actByFile.get(path) ?? [])
      if (!names.has(a.r.name))
        diff.wrongShards.push({
          name: a.r.name,
          expected: "(no such range)",
          actual: a.r.digest,
          note: "range not recorded"
        });
  }
  for (const [path, shards] of actByFile)
    if (!expByFile.has(path)) diff.extra.push({ name: path, digest: shards[0].r.digest });
  return diff;
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
        message: clean(
          `${c.name} changed: ${ctx.source} records ${c.algorithm} ${short(c.expected)}, found ${short(c.actual)}${c.note ? ` (${c.note})` : ""}`
        ),
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
        message: clean(
          `${m.name} is recorded in ${ctx.source} but missing${m.renamedTo ? ` (its content is now at ${m.renamedTo}: renamed)` : ""}`
        ),
        evidence: {
          name: m.name,
          expected: m.digest,
          source: ctx.source,
          ...m.renamedTo ? { renamedTo: m.renamedTo } : {}
        }
      })
    );
  for (const x of diff.extra)
    out.push(
      finding(EXTRA_FILE, {
        path: at(x.name),
        message: clean(
          `${x.name} is not recorded in ${ctx.source}${x.renamedFrom ? ` (it holds the content recorded for ${x.renamedFrom}: renamed)` : ""}`
        ),
        evidence: { name: x.name, source: ctx.source, ...x.digest ? { actual: x.digest } : {} }
      })
    );
  for (const w of diff.wrongShards)
    out.push(
      finding(WRONG_SHARD, {
        path: at(w.name),
        message: clean(
          w.holds ? `shard ${w.name} holds the bytes ${ctx.source} records for ${w.holds} (shards reordered)` : `${w.name}: ${w.note ?? "shard differs"} (${ctx.source})`
        ),
        evidence: {
          name: w.name,
          expected: w.expected,
          actual: w.actual,
          source: ctx.source,
          ...w.holds ? { holds: w.holds } : {}
        }
      })
    );
  return out;
}
function problemFindings(problems, ctx) {
  return problems.map(
    (p) => finding(UNHASHABLE_PATH, {
      path: displayPathOf(ctx.display, p.rel),
      message: clean(`${p.message}; not hashed (${ctx.source})`),
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
  return clean(parts.join("; "));
}
function sidecarIgnore(modelRoot, file) {
  if (!file) return [];
  const rel = relativeInside(resolve(modelRoot), resolve(file));
  const n = rel === void 0 ? void 0 : normalizeRelPath(rel);
  return n && n !== "." ? [n] : [];
}
function invalidOutcome(kind, source, display, reason) {
  return {
    verification: { kind, source, ok: false, message: clean(`${source}: ${reason}`) },
    findings: [
      finding(INVALID_MANIFEST, {
        path: source,
        message: clean(`${source}: ${reason}`),
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
async function verifyAgainstResources(modelPath, expected, ctx, options = {}) {
  let display = options.display ?? modelPath;
  const ser = expected.serialization;
  if (ser.ignorePaths.some((p) => normalizeRelPath(p) === "."))
    return invalidOutcome(ctx.kind, ctx.source, display, "its ignore_paths leave out the whole model");
  const isDir3 = await isDirectory(modelPath);
  const root = isDir3 ? modelPath : dirname(modelPath);
  let subset;
  let resources = expected.resources;
  const singleFile = resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  const shards = ser.method === "shards";
  const base = basename(resolve(modelPath));
  if (!isDir3 && !singleFile && resources.every((r) => filePart(r.name, shards) === base)) {
    subset = base;
  } else if (!isDir3 && !singleFile && ctx.sourcePath) {
    const rel = relative(dirname(resolve(ctx.sourcePath)), resolve(modelPath)).split(sep).join("/");
    if (rel.startsWith("../") || rel === "..")
      return invalidOutcome(
        ctx.kind,
        ctx.source,
        display,
        `${display} is not inside the folder ${ctx.source} describes`
      );
    subset = rel;
    resources = resources.filter((r) => filePart(r.name, shards) === rel);
  }
  if (subset !== void 0) display = dirname(display);
  let manifest;
  try {
    manifest = await computeManifest(modelPath, {
      method: ser.method,
      hashType: ser.hashType,
      ...ser.shardSize !== void 0 ? { shardSize: ser.shardSize } : {},
      allowSymlinks: ser.allowSymlinks,
      confineSymlinks: options.confineSymlinks ?? false,
      ignorePaths: [
        ...ser.ignorePaths,
        ...options.ignorePaths ?? [],
        ...sidecarIgnore(root, ctx.sourcePath)
      ],
      ignoreGitPaths: options.ignoreGitPaths ?? true,
      ...options.jobs !== void 0 ? { jobs: options.jobs } : {},
      ...options.pool ? { pool: options.pool } : {},
      ...options.knownSha256 ? { knownSha256: options.knownSha256 } : {},
      ...options.onProgress ? { onProgress: options.onProgress } : {}
    });
  } catch (err) {
    return invalidOutcome(ctx.kind, ctx.source, display, describeError(err, display));
  }
  if (subset !== void 0) {
    const name = subset;
    manifest.resources = manifest.resources.map((r) => ({
      ...r,
      name: r.name === "." ? name : `${name}${r.name.slice(1)}`
    }));
    manifest.files = manifest.files.map((f) => ({ ...f, rel: name }));
    manifest.problems = manifest.problems.map((p) => ({ ...p, rel: name }));
  }
  const diff = diffResources(resources, manifest.resources, manifest.files, ser);
  const unhashable = new Set(manifest.problems.map((p) => p.rel));
  diff.missing = diff.missing.filter((m) => !unhashable.has(filePart(m.name, ser.method === "shards")));
  diff.extra = options.ignoreUnsignedFiles ? [] : diff.extra.filter((x) => !SIDECAR_NAMES.includes(filePart(x.name, ser.method === "shards")));
  const check = { display, kind: ctx.kind, source: ctx.source };
  const findings = capFindings(
    append(diffFindings(diff, ser, check), problemFindings(manifest.problems, check))
  );
  const ok = !diffFailed(diff) && manifest.problems.length === 0;
  const total = resources.length;
  const unit = ser.method === "shards" ? "shard" : "file";
  const message = ok ? `${display}: ${total} ${unit}${total === 1 ? " matches" : "s match"} ${ctx.source} (${ser.method}, ${ser.hashType})` : `${display} does not match ${ctx.source}: ${diffSummary(diff, manifest.problems)}`;
  return {
    verification: {
      kind: ctx.kind,
      source: ctx.source,
      ok,
      message,
      details: {
        method: ser.method,
        hashType: ser.hashType,
        ...ser.shardSize !== void 0 ? { shardSize: ser.shardSize } : {},
        checked: manifest.files.length,
        matched: diff.matched,
        changed: diff.changed,
        missing: diff.missing,
        extra: diff.extra,
        wrongShards: diff.wrongShards,
        unhashable: manifest.problems
      }
    },
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
              ...options.onProgress ? { onProgress: options.onProgress } : {}
            });
            actual = r.digests[b.algorithm];
            size = r.size;
          }
        } catch (err) {
          mismatched++;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: clean(`${b.display} could not be hashed: ${describeError(err)}`),
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
              message: clean(`${b.display} is corrupted or tampered: ${what}`),
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

// src/verify/hf-cache.ts
var COMMIT = /^[0-9a-f]{40}$/;
var LFS_BLOB = /^[0-9a-f]{64}$/;
var GIT_BLOB = /^[0-9a-f]{40}$/;
var HF_REPO_DIR = /^(models|datasets|spaces)--.+/;
async function isDir(p) {
  return (await lstat(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isHfCacheRepo(path) {
  const name = basename2(resolve2(path));
  if (!await isDir(path)) return false;
  const blobs = await isDir(join(path, "blobs"));
  const snapshots = await isDir(join(path, "snapshots"));
  return HF_REPO_DIR.test(name) && (blobs || snapshots) || blobs && snapshots && await isDir(join(path, "refs"));
}
async function hfCacheRepos(path) {
  if (await isHfCacheRepo(path)) return [path];
  const up = dirname2(resolve2(path));
  if (basename2(up) === "snapshots" && await isHfCacheRepo(dirname2(up))) return [dirname2(up)];
  const names = await readdir(path).catch(() => []);
  const repos = [];
  for (const n of names.sort())
    if (HF_REPO_DIR.test(n) && await isHfCacheRepo(join(path, n))) repos.push(join(path, n));
  return repos;
}
async function walkFiles(dir, rel = "") {
  const out = [];
  const names = await readdir(dir).catch(() => []);
  for (const n of names.sort()) {
    const full = join(dir, n);
    const r = rel ? `${rel}/${n}` : n;
    const st = await lstat(full).catch(() => void 0);
    if (!st) continue;
    if (st.isDirectory()) append(out, await walkFiles(full, r));
    else out.push({ rel: r, full, kind: st.isSymbolicLink() ? "link" : st.isFile() ? "file" : "other" });
  }
  return out;
}
async function verifyHfCache(path, options = {}) {
  const out = { verifications: [], findings: [] };
  const display = options.display ?? path;
  for (const repo of await hfCacheRepos(path)) {
    const up = relative2(path, repo).split(sep2).join("/");
    const rel = up.startsWith("..") ? "" : up;
    const known = options.knownSha256;
    const shown = up.startsWith("..") ? repo : displayPathOf(display, rel || ".");
    const r = await verifyRepo(repo, shown, {
      ...options,
      ...known ? { knownSha256: (r2) => known(rel ? `${rel}/${r2}` : r2) } : {}
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
  }
  return out;
}
async function verifyRepo(repo, display, options) {
  const findings = [];
  const at = (rel) => displayPathOf(display, rel);
  const source = `${basename2(resolve2(repo))} (Hugging Face cache)`;
  const entry = (rel, message2) => findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message2) }));
  const blobsDir = join(repo, "blobs");
  const realBlobs = await realpath(blobsDir).catch(() => void 0);
  const blobs = [];
  for (const b of await walkFiles(blobsDir, "blobs")) {
    const name = b.rel.slice("blobs/".length);
    if (b.kind !== "file") {
      entry(b.rel, `${b.rel} is not a regular file (the cache stores blobs as files)`);
      continue;
    }
    if (name.endsWith(".incomplete")) {
      entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    const algorithm = LFS_BLOB.test(name) ? "sha256" : GIT_BLOB.test(name) ? "git-sha1" : void 0;
    if (!algorithm) {
      entry(b.rel, `${b.rel} is not named by a SHA-256 or git blob id; nothing vouches for it`);
      continue;
    }
    const known = algorithm === "sha256" ? options.knownSha256?.(b.rel) : void 0;
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm,
      expected: name,
      ...known ? { knownDigest: known } : {}
    });
  }
  const hashed = await verifyBlobDigests(blobs, source, options);
  append(findings, hashed.findings);
  const snapshotsDir = join(repo, "snapshots");
  const commits = (await readdir(snapshotsDir).catch(() => [])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join(snapshotsDir, commit), `snapshots/${commit}`)) {
      if (f.kind === "file") {
        entry(
          f.rel,
          `${f.rel} is a copy, not a link into blobs/ (Windows degraded mode?): its digest is not checked`
        );
        continue;
      }
      if (f.kind !== "link") {
        entry(f.rel, `${f.rel} is a FIFO, socket or device`);
        continue;
      }
      links++;
      const text = await readlink(f.full).catch(() => "");
      const lexical = resolve2(dirname2(f.full), text);
      const real = await realpath(f.full).catch(() => void 0);
      const inBlobs = dirname2(lexical) === resolve2(blobsDir) && real !== void 0 && realBlobs !== void 0 && dirname2(real) === realBlobs;
      if (real === void 0 || !inBlobs) {
        dangling++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(f.rel),
            message: clean(
              real === void 0 ? `${f.rel} -> ${text} dangles (its blob is missing)` : `${f.rel} -> ${text} does not point at a blob of this repository`
            ),
            evidence: { link: text, ...real ? { resolved: real } : {} }
          })
        );
      }
    }
  }
  let refs = 0;
  for (const f of await walkFiles(join(repo, "refs"), "refs")) {
    refs++;
    let text = "";
    try {
      text = f.kind === "file" ? (await readFile2(f.full, "utf8")).slice(0, 200).trim() : "";
    } catch (err) {
      entry(f.rel, describeError(err, f.rel));
      continue;
    }
    if (!COMMIT.test(text)) entry(f.rel, `${f.rel} does not hold a 40-hex commit`);
    else if (!commits.includes(text)) entry(f.rel, `${f.rel} names commit ${text}, which has no snapshot`);
  }
  const ok = hashed.mismatched === 0 && dangling === 0;
  const message = ok ? `${display}: ${hashed.checked} blobs match their names, ${links} snapshot links resolve` : `${display}: ${[
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their names` : "",
    dangling ? `${dangling} dangling or stray link(s)` : ""
  ].filter(Boolean).join(", ")}`;
  return {
    verification: {
      kind: "hf-cache",
      source: display,
      ok,
      message,
      details: {
        checked: hashed.checked,
        blobs: hashed.checked,
        mismatched: hashed.mismatched,
        snapshots: commits.length,
        links,
        dangling,
        refs
      }
    },
    findings: capFindings(findings)
  };
}

// src/verify/lock.ts
import { rename, rm, stat as stat3, writeFile } from "node:fs/promises";
import { dirname as dirname3, join as join2 } from "node:path";
var LOCK_FILE_NAME = "modelvet.lock.json";
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
async function defaultLockPath(modelPath) {
  return await isDirectory(modelPath) ? join2(modelPath, LOCK_FILE_NAME) : join2(dirname3(modelPath), LOCK_FILE_NAME);
}
async function writeLock(modelPath, options = {}) {
  const st = await stat3(modelPath).catch((err) => {
    throw new ModelvetError("NOT_FOUND", describeError(err, modelPath), { path: modelPath });
  });
  const output = options.output ?? await defaultLockPath(modelPath);
  const root = st.isDirectory() ? modelPath : dirname3(modelPath);
  const self = st.isDirectory() ? sidecarIgnore(root, output) : [];
  const ignorePaths = [...options.ignorePaths ?? [], ...self];
  const manifest = await computeManifest(modelPath, {
    ...options,
    ignorePaths,
    recordIgnorePaths: [...options.ignoreGitPaths ?? true ? GIT_PATHS : [], ...ignorePaths]
  });
  if (manifest.problems.length) {
    const p = manifest.problems[0];
    const more = manifest.problems.length > 1 ? ` (and ${manifest.problems.length - 1} more)` : "";
    throw new ModelvetError(
      "UNREADABLE",
      `cannot lock ${modelPath}: ${p.message}${more}${p.reason === "symlink" ? "; pass --allow-symlinks to hash link targets" : ""}`,
      { path: modelPath }
    );
  }
  const tmp = `${output}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${statementJson(manifest)}
`);
    await rename(tmp, output);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new ModelvetError("UNREADABLE", describeError(err, output), { path: output });
  }
  return { path: output, manifest };
}
async function verifyLock(modelPath, lockPath, options = {}) {
  const display = options.display ?? modelPath;
  const read = await readManifestFile(lockPath, "lock", display, MAX_LOCK_BYTES);
  if ("outcome" in read) return read.outcome;
  const source = lockPath;
  let parsed;
  try {
    parsed = parseStatement(read.bytes);
  } catch (err) {
    return invalidOutcome("lock", source, display, err.message);
  }
  let target = modelPath;
  const single = parsed.resources.length > 0 && parsed.resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  const name = parsed.modelName;
  if (single && /^[^/\\]+$/.test(name) && name !== "." && name !== ".." && await isDirectory(modelPath)) {
    target = join2(modelPath, name);
  }
  return verifyAgainstResources(
    target,
    parsed,
    { kind: "lock", source, sourcePath: lockPath },
    { ...options, ...target !== modelPath ? { display: join2(display, parsed.modelName) } : {} }
  );
}

// src/verify/ollama.ts
import { createHash } from "node:crypto";
import { lstat as lstat2, readdir as readdir2, readFile as readFile3, stat as stat4 } from "node:fs/promises";
import { basename as basename3, join as join3, resolve as resolve3 } from "node:path";
var BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
var DIGEST = /^sha256:([0-9a-f]{64})$/;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
async function isDir2(p) {
  return (await stat4(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function ollamaRoot(path) {
  for (const p of [path, join3(path, "models")])
    if (await isDir2(join3(p, "manifests")) && await isDir2(join3(p, "blobs"))) return p;
  return void 0;
}
async function walk(dir, rel) {
  const out = [];
  for (const n of (await readdir2(dir).catch(() => [])).sort()) {
    const full = join3(dir, n);
    const r = `${rel}/${n}`;
    const st = await lstat2(full).catch(() => void 0);
    if (st?.isDirectory()) append(out, await walk(full, r));
    else if (st) out.push({ rel: r, full });
  }
  return out;
}
function parseLayers(doc) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return "not a JSON object";
  const m = doc;
  const list2 = [...m.config !== void 0 ? [m.config] : [], ...Array.isArray(m.layers) ? m.layers : []];
  if (!Array.isArray(m.layers)) return "no layers list";
  const layers = [];
  for (const l of list2) {
    if (typeof l !== "object" || l === null) return "a layer is not an object";
    const { digest, size, mediaType } = l;
    if (typeof digest !== "string" || !DIGEST.test(digest))
      return `layer digest ${JSON.stringify(digest)} is not sha256:<hex>`;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
      return `layer ${digest} has no valid size`;
    layers.push({ digest, size, ...typeof mediaType === "string" ? { mediaType } : {} });
  }
  return layers;
}
async function verifyOllama(path, options = {}) {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? "." : basename3(root));
  const at = (rel) => displayPathOf(display, rel);
  const findings = [];
  const entry = (rel, message) => findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message) }));
  const blobsDir = join3(root, "blobs");
  const sizes = /* @__PURE__ */ new Map();
  const models = [];
  let missing = 0;
  let badManifests = 0;
  for (const m of await walk(join3(root, "manifests"), "manifests")) {
    const name = m.rel.split("/").slice(1);
    const label = name.length >= 2 ? `${name.slice(0, -1).join("/")}:${name.at(-1)}` : m.rel;
    let bytes;
    let layers;
    try {
      const st = await stat4(m.full);
      if (!st.isFile()) throw new Error("not a regular file");
      if (st.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile3(m.full);
      layers = parseLayers(readManifestJson(bytes));
    } catch (err) {
      layers = err instanceof ManifestSyntax ? `not JSON: ${err.message}` : describeError(err);
      bytes = Buffer.alloc(0);
    }
    if (typeof layers === "string") {
      badManifests++;
      findings.push(
        finding(INVALID_MANIFEST, { path: at(m.rel), message: clean(`Ollama manifest ${m.rel}: ${layers}`) })
      );
      continue;
    }
    models.push({
      name: label,
      manifestDigest: createHash("sha256").update(bytes).digest("hex"),
      layers: layers.length
    });
    for (const l of layers) {
      const hex = DIGEST.exec(l.digest)[1];
      const blob = join3(blobsDir, `sha256-${hex}`);
      const st = await stat4(blob).catch(() => void 0);
      if (!st?.isFile()) {
        missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: clean(
              `${label} needs blob sha256-${hex.slice(0, 12)}\u2026 (${l.mediaType ?? "layer"}), which is missing`
            ),
            evidence: { manifest: m.rel, digest: l.digest, size: l.size }
          })
        );
        continue;
      }
      const prev = sizes.get(hex);
      if (prev !== void 0 && prev !== l.size)
        entry(
          m.rel,
          `${m.rel} records ${l.size} bytes for sha256-${hex.slice(0, 12)}\u2026, another manifest ${prev}`
        );
      sizes.set(hex, l.size);
    }
  }
  const blobs = [];
  for (const b of await walk(blobsDir, "blobs")) {
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
    const st = await lstat2(b.full);
    if (!st.isFile()) {
      entry(b.rel, `${b.rel} is not a regular file`);
      continue;
    }
    const hex = m[1].toLowerCase();
    const size = sizes.get(hex);
    const known = options.knownSha256?.(root === path ? b.rel : `${basename3(root)}/${b.rel}`);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: "sha256",
      expected: hex,
      ...size !== void 0 ? { size } : {},
      ...known ? { knownDigest: known } : {}
    });
  }
  const source = `Ollama store ${basename3(resolve3(root))}`;
  const hashed = await verifyBlobDigests(blobs, source, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && missing === 0 && badManifests === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : "",
    missing ? `${missing} layer blob(s) missing` : "",
    badManifests ? `${badManifests} unreadable manifest(s)` : ""
  ].filter(Boolean);
  const verification = {
    kind: "ollama",
    source: display,
    ok,
    message: ok ? `${display}: ${models.length} model manifest(s), ${hashed.checked} blobs match their digests` : `${display}: ${problems.join(", ")}`,
    details: {
      checked: hashed.checked,
      models,
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing
    }
  };
  return { verifications: [verification], findings: capFindings(findings) };
}
var ManifestSyntax = class extends Error {
};
function readManifestJson(bytes) {
  const r = readJsonBytes(bytes);
  const bad = r.error ?? r.nonStandard.find((x) => x.kind === "non-finite");
  if (bad || !r.value) throw new ManifestSyntax(bad?.message ?? "empty document");
  return toPlain(r.value);
}

// src/verify/sums.ts
import { realpath as realpath2, stat as stat5 } from "node:fs/promises";
import { basename as basename4, dirname as dirname4, join as join4, resolve as resolve4, sep as sep3 } from "node:path";
var MAX_SUMS_BYTES = 64 * 1024 * 1024;
function sumsAlgorithm(hex, tag, fileName) {
  if (tag !== void 0) return algorithmForTag(tag);
  const n = fileName.toLowerCase();
  if (/md5/.test(n)) return null;
  if (/b3|blake3/.test(n)) return hex.length === 64 ? "blake3" : null;
  if (/b2|blake2/.test(n)) return hex.length === 128 ? "blake2b512" : null;
  if (/sha512/.test(n)) return hex.length === 128 ? "sha512" : null;
  if (/sha1(?!\d)/.test(n)) return hex.length === 40 ? "sha1" : null;
  return algorithmForLength(hex.length);
}
async function within(realRoot, p) {
  const real = await realpath2(p).catch(() => void 0);
  return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep3}`));
}
async function verifySums(modelPath, sumsPath, options = {}) {
  const display = options.display ?? modelPath;
  const source = sumsPath;
  const read = await readManifestFile(sumsPath, "sums", display, MAX_SUMS_BYTES);
  if ("outcome" in read) return read.outcome;
  const text = read.bytes.toString("utf8");
  const isDir3 = await isDirectory(modelPath);
  const base = isDir3 ? modelPath : dirname4(modelPath);
  const onlyName = isDir3 ? void 0 : basename4(modelPath);
  const parsed = parseSums(text);
  const findings = [];
  const bad = (line, why) => findings.push(
    finding(INVALID_MANIFEST, { path: source, line, message: clean(`${source}:${line}: ${why}`) })
  );
  for (const line of parsed.malformed) bad(line, "not a checksum line");
  const expected = [];
  const seen = /* @__PURE__ */ new Map();
  for (const e of parsed.entries) {
    const rel = normalizeRelPath(e.name);
    if (rel === void 0 || rel === "." || e.name.startsWith("/")) {
      bad(e.line, `${JSON.stringify(e.name)} is not a path inside the model folder`);
      continue;
    }
    if (onlyName !== void 0 && rel !== onlyName) continue;
    const alg = sumsAlgorithm(e.hex, e.tag, basename4(sumsPath));
    if (!alg) {
      bad(e.line, `unsupported or unknown digest for ${rel} (${e.tag ?? `${e.hex.length} hex digits`})`);
      continue;
    }
    const prev = seen.get(rel);
    if (prev !== void 0) {
      if (prev !== e.hex) bad(e.line, `${rel} is listed twice with different digests`);
      continue;
    }
    seen.set(rel, e.hex);
    expected.push({ name: rel, algorithm: alg, digest: e.hex });
  }
  if (expected.length === 0 && onlyName !== void 0 && parsed.entries.length > 0) {
    const findings2 = diffFindings(
      { matched: 0, changed: [], missing: [], extra: [{ name: onlyName }], wrongShards: [] },
      { method: "files", hashType: "sha256", allowSymlinks: true, ignorePaths: [] },
      { display: dirname4(display), kind: "sums", source }
    );
    return {
      verification: {
        kind: "sums",
        source,
        ok: false,
        message: clean(`${display} is not listed in ${source}`)
      },
      findings: [...findings, ...findings2]
    };
  }
  if (expected.length === 0) {
    const out = invalidOutcome("sums", source, display, "no usable checksum line for this model");
    return { verification: out.verification, findings: [...findings, ...out.findings] };
  }
  const ignores = [
    ...options.ignoreGitPaths ?? true ? GIT_PATHS : [],
    ...(options.ignorePaths ?? []).flatMap((p) => normalizeRelPath(p, base) ?? []),
    ...sidecarIgnore(base, sumsPath)
  ];
  const present = isDir3 ? await enumerateModel(base, {
    ignores,
    allowSymlinks: true,
    confineSymlinks: options.confineSymlinks ?? false
  }) : { files: [{ rel: onlyName, fsPath: modelPath, size: 0, symlink: false }], problems: [] };
  const listed = new Set(expected.map((e) => e.name));
  const realBase = await realpath2(base).catch(() => resolve4(base));
  const outside = [];
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), expected.length)), { inline: true });
  const actual = [];
  const files = [];
  try {
    const hashed = await Promise.all(
      expected.map(async (e) => {
        const path = join4(base, e.name);
        const st = await stat5(path).catch(() => void 0);
        if (!st?.isFile()) return void 0;
        if (options.confineSymlinks && !await within(realBase, path)) {
          outside.push({
            rel: e.name,
            reason: "symlink",
            message: `${e.name} links outside the model folder; not followed`
          });
          return { name: e.name, algorithm: e.algorithm, digest: "(not followed)" };
        }
        const known = e.algorithm === "sha256" ? options.knownSha256?.(e.name) : void 0;
        if (known) return { name: e.name, algorithm: e.algorithm, digest: known };
        try {
          const r = await pool.hash({
            path,
            displayPath: e.name,
            algorithms: [e.algorithm],
            ...options.onProgress ? { onProgress: options.onProgress } : {}
          });
          return { name: e.name, algorithm: e.algorithm, digest: r.digests[e.algorithm] };
        } catch (err) {
          return { name: e.name, algorithm: e.algorithm, digest: `(unreadable: ${describeError(err)})` };
        }
      })
    );
    for (const h of hashed) if (h) actual.push(h);
  } finally {
    if (!options.pool) await pool.close();
  }
  for (const f of present.files) {
    files.push({ rel: f.rel, size: f.size });
    if (!listed.has(f.rel) && !SIDECAR_NAMES.includes(f.rel)) {
      actual.push({ name: f.rel, algorithm: "sha256", digest: options.knownSha256?.(f.rel) ?? "" });
    }
  }
  const ser = { method: "files", hashType: "sha256", allowSymlinks: true, ignorePaths: [] };
  const diff = diffResources(expected, actual, files, ser);
  const check = { display, kind: "sums", source };
  diff.changed = diff.changed.filter((c) => c.actual !== "(not followed)");
  append(findings, diffFindings(diff, ser, check));
  append(
    findings,
    problemFindings(
      [...present.problems, ...outside],
      isDir3 ? check : { ...check, display: dirname4(display) }
    )
  );
  const ok = !diffFailed(diff) && findings.length === 0;
  const message = ok ? `${display}: ${expected.length} file${expected.length === 1 ? " matches" : "s match"} ${source}` : `${display} does not match ${source}: ${diffSummary(diff, []) || `${findings.length} bad line(s) in the checksum file`}`;
  return {
    verification: {
      kind: "sums",
      source,
      ok,
      message,
      details: {
        checked: expected.length,
        matched: diff.matched,
        changed: diff.changed,
        missing: diff.missing,
        extra: diff.extra
      }
    },
    findings: capFindings(findings)
  };
}

// src/verify/command.ts
var SIGNATURE_INVALID = defineRule({
  id: "verify/signature-invalid",
  severity: "high",
  title: "The OMS signature does not verify",
  tags: ["integrity", "signature"],
  explain: `The model signature (an OpenSSF Model Signing bundle, usually model.sig) failed: the
bundle is malformed, the DSSE signature does not verify with the given key, certificate chain or
Sigstore identity, the signer is not the expected identity or issuer, the transparency log entry or
timestamps do not check out, or the signed statement is inconsistent. The message says which.

Why it matters: a signature that does not verify vouches for nothing; the files may have been
replaced together with a forged or edited signature.

Fix: check that you passed the publisher's identity and issuer (or key, or CA chain); otherwise
download the model and its signature again from the publisher.`
});
var SIGNATURE_UNVERIFIED = defineRule({
  id: "verify/signature-unverified",
  severity: "low",
  title: "A model signature is present but was not verified",
  tags: ["integrity", "signature"],
  explain: `A model.sig (OpenSSF Model Signing bundle) sits beside the model, but no signer was given,
so modelvet could not check it: a signature is only meaningful against an expected signer.

Fix: run \`modelvet verify PATH --signature model.sig\` with \`--identity\` and \`--issuer\`
(Sigstore keyless), \`--key PEM\` or \`--certificate-chain PEM\`, or name the allowed signers in the
policy file so that \`modelvet scan\` verifies it.`
});
var SIGNATURE_FILE = "model.sig";
var SUMS_NAMES = SIDECAR_NAMES.filter((n) => n !== SIGNATURE_FILE && n !== LOCK_FILE_NAME);
async function verifySignature(modelPath, signaturePath, trust, options = {}) {
  let signed;
  try {
    const oms = await import("./chunk-EVUELZ6Y.js");
    signed = await oms.verifyOmsSignatureFile(signaturePath, trust);
  } catch (err) {
    const reason = clean(err instanceof OmsError ? err.message : `${signaturePath}: ${describeError(err)}`);
    const code = err instanceof OmsError ? err.code : "UNKNOWN";
    if (code === "USAGE_ERROR") throw new ModelvetError("USAGE", reason);
    return {
      verification: {
        kind: "signature",
        source: signaturePath,
        ok: false,
        message: reason,
        details: { method: trust.method, code }
      },
      findings: [
        finding(SIGNATURE_INVALID, {
          path: signaturePath,
          message: reason,
          evidence: { method: trust.method, code }
        })
      ]
    };
  }
  const by = signed.signer.identity ? `${signed.signer.identity} (${signed.signer.issuer})` : signed.signer.keyHint ? `key ${signed.signer.keyHint.slice(0, 16)}\u2026` : signed.signer.chain?.length ? `certificate ${signed.signer.chain[0]}` : signed.method;
  const out = await verifyAgainstResources(
    modelPath,
    signed,
    { kind: "signature", source: signaturePath, sourcePath: signaturePath },
    options
  );
  out.verification.message = out.verification.ok ? `signature by ${by} verified; ${out.verification.message}` : `signature by ${by} is valid, but ${out.verification.message}`;
  out.verification.details = {
    ...out.verification.details,
    method: signed.method,
    signer: signed.signer,
    legacy: signed.legacy,
    ...signed.warnings.length ? { warnings: signed.warnings } : {}
  };
  return out;
}
async function verifySignatureAny(modelPath, signaturePath, signers, options = {}) {
  const outcomes = [];
  for (const trust of signers) {
    const o = await verifySignature(modelPath, signaturePath, trust, options);
    if (o.verification.ok) return o;
    outcomes.push(o);
  }
  const signedOk = outcomes.find((o) => !o.findings.some((f) => f.rule === SIGNATURE_INVALID.id));
  const first = signedOk ?? outcomes[0];
  if (!first) throw new ModelvetError("USAGE", "no signer given to verify the signature with");
  return first;
}
function signerList(t) {
  return Array.isArray(t) ? t : [t];
}
function push(into, o) {
  if ("verification" in o) into.verifications.push(o.verification);
  else append(into.verifications, o.verifications);
  append(into.findings, o.findings);
}
async function exists(p) {
  return (await stat6(p).catch(() => void 0))?.isFile() ?? false;
}
async function verifySidecars(modelPath, options) {
  const dir = await isDirectory(modelPath) ? modelPath : dirname5(modelPath);
  const result = { verifications: [], findings: [], found: 0 };
  const names = new Set(await readdir3(dir).catch(() => []));
  if (names.has(LOCK_FILE_NAME) && await exists(join5(dir, LOCK_FILE_NAME))) {
    result.found++;
    push(result, await verifyLock(modelPath, join5(dir, LOCK_FILE_NAME), options));
  }
  for (const s of SUMS_NAMES)
    if (names.has(s) && await exists(join5(dir, s))) {
      result.found++;
      push(result, await verifySums(modelPath, join5(dir, s), options));
      break;
    }
  if (names.has(SIGNATURE_FILE) && await exists(join5(dir, SIGNATURE_FILE))) {
    result.found++;
    const sig = join5(dir, SIGNATURE_FILE);
    if (options.trust)
      push(result, await verifySignatureAny(modelPath, sig, signerList(options.trust), options));
    else {
      const shown = options.display ?? modelPath;
      result.findings.push(
        finding(SIGNATURE_UNVERIFIED, {
          path: displayPathOf(dir === modelPath ? shown : dirname5(shown), SIGNATURE_FILE),
          message: `${SIGNATURE_FILE} is present but not verified: no signer (identity/issuer, key or certificate chain) was given`
        })
      );
    }
  }
  return result;
}
async function verifyPath(path, options = {}) {
  if (!await stat6(path).catch(() => void 0))
    throw new ModelvetError("NOT_FOUND", `${path}: no such file or directory`, { path });
  const result = { verifications: [], findings: [] };
  if (options.lock) push(result, await verifyLock(path, options.lock, options));
  if (options.sums) push(result, await verifySums(path, options.sums, options));
  const explicit = Boolean(options.lock || options.sums || options.signature || options.trust);
  if (options.signature || options.trust) {
    const sig = options.signature ?? join5(await isDirectory(path) ? path : dirname5(path), SIGNATURE_FILE);
    if (!options.trust)
      throw new ModelvetError(
        "USAGE",
        "--signature needs a signer: --identity/--issuer, --key PEM or --certificate-chain PEM"
      );
    push(result, await verifySignatureAny(path, sig, signerList(options.trust), options));
  }
  if (explicit) return result;
  if ((await hfCacheRepos(path)).length) {
    push(result, await verifyHfCache(path, options));
    return result;
  }
  if (await ollamaRoot(path)) {
    push(result, await verifyOllama(path, options));
    return result;
  }
  const sidecars = await verifySidecars(path, options);
  if (sidecars.found === 0)
    throw new ModelvetError(
      "USAGE",
      `nothing to verify in ${path}: pass --lock FILE, --sums FILE or --signature FILE (no ${LOCK_FILE_NAME}, SHA256SUMS, ${SIGNATURE_FILE}, Hugging Face cache or Ollama store found)`
    );
  if (sidecars.verifications.length === 0)
    throw new ModelvetError(
      "USAGE",
      `${SIGNATURE_FILE} found in ${path}: pass --identity and --issuer, --key PEM or --certificate-chain PEM to verify it`
    );
  push(result, sidecars);
  return result;
}
function list(value) {
  if (value === void 0 || value === true) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
function str(value) {
  return value === void 0 || value === true || value === false ? void 0 : String(value);
}
function usage(message) {
  throw new ModelvetError("USAGE", message);
}
async function verifyCommand(path, opts, io) {
  if (!path) usage("verify needs the model folder or file");
  const started = performance.now();
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const failOn = opts.failOn === void 0 ? "high" : isSeverity(opts.failOn) ? opts.failOn : usage(`--fail-on must be one of info, low, medium, high, critical; got ${String(opts.failOn)}`);
  const format = str(opts.format) ?? "human";
  if (format !== "human" && format !== "json") usage(`--format must be human or json; got ${format}`);
  const jobs = opts.jobs === void 0 ? void 0 : Number(opts.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256))
    usage(`--jobs must be an integer from 1 to 256, got ${String(opts.jobs)}`);
  const signer = {
    identity: str(opts.identity),
    identityRegexp: str(opts.identityRegexp),
    issuer: str(opts.issuer),
    key: str(opts.key),
    certificateChain: list(opts.certificateChain),
    trustedRoot: str(opts.trustedRoot)
  };
  const wantsSigner = Object.values(signer).some((v) => Array.isArray(v) ? v.length > 0 : v !== void 0);
  let trust;
  if (wantsSigner) {
    try {
      const { omsTrustOptions } = await import("./chunk-EVUELZ6Y.js");
      trust = omsTrustOptions(Object.fromEntries(Object.entries(signer).filter(([, v]) => v !== void 0)));
    } catch (err) {
      usage(err.message);
    }
  }
  let bytes = 0;
  let shown = false;
  let last = 0;
  const progress = io.stderr && io.stderrIsTty && format === "human" && opts.progress !== false && !opts.quiet ? (done) => {
    const now = performance.now();
    if (now - last < 200) return;
    last = now;
    shown = true;
    const rate = done / (now - started) * 1e3;
    io.stderr?.(`\r\x1B[2Kverifying: ${formatBytes(done)} hashed, ${formatBytes(rate)}/s`);
  } : void 0;
  const lock = str(opts.lock);
  const sums = str(opts.sums);
  const signature = str(opts.signature);
  for (const f of [lock, sums, signature])
    if (f !== void 0 && !await exists(f))
      throw new ModelvetError("NOT_FOUND", `${f}: no such file (or not a regular file)`, { path: f });
  const result = await verifyPath(path, {
    ...lock ? { lock } : {},
    ...sums ? { sums } : {},
    ...signature ? { signature } : {},
    ...trust ? { trust } : {},
    ignorePaths: list(opts.ignorePaths),
    ignoreGitPaths: opts.ignoreGitPaths !== false,
    ignoreUnsignedFiles: Boolean(opts.ignoreUnsignedFiles),
    confineSymlinks: true,
    ...jobs !== void 0 ? { jobs } : {},
    onProgress: (n) => {
      bytes += n;
      progress?.(bytes);
    }
  });
  if (shown) io.stderr?.("\r\x1B[2K");
  const { verdict, reason } = decideVerdict(result.findings, result.verifications, failOn);
  const durationMs = performance.now() - started;
  const checked = result.verifications.reduce((n, v) => n + (Number(v.details?.checked) || 0), 0);
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "modelvet", version: VERSION },
    startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: [{ input: path, isDirectory: await isDirectory(path), skipped: [] }],
    files: [],
    findings: result.findings,
    verifications: result.verifications,
    summary: {
      files: checked,
      bytes,
      findings: result.findings.length,
      bySeverity: countBySeverity(result.findings),
      throughput: durationMs > 0 ? Math.round(bytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
  const toFile = typeof opts.output === "string" && opts.output !== "-";
  const color = !toFile && io.stdoutIsTty && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
  const text = format === "json" ? renderJson(report) : renderHuman(report, { color, quiet: Boolean(opts.quiet) });
  if (toFile) {
    const { writeFile: writeFile2 } = await import("node:fs/promises");
    await writeFile2(String(opts.output), text);
  } else io.stdout(text);
  return verdict === "pass" ? 0 : 1;
}
async function lockCommand(path, opts, out) {
  if (!path) usage("lock needs the model folder or file");
  const method = str(opts.method) ?? (opts.shardSize !== void 0 ? "shards" : "files");
  if (method !== "files" && method !== "shards") usage(`--method must be files or shards, got ${method}`);
  const shardSize = opts.shardSize === void 0 ? void 0 : Number(opts.shardSize);
  if (shardSize !== void 0 && (!Number.isSafeInteger(shardSize) || shardSize < 1))
    usage(`--shard-size must be a positive integer, got ${String(opts.shardSize)}`);
  const hashType = str(opts.hashType) ?? "sha256";
  if (!isOmsHashType(hashType)) usage(`--hash-type must be sha256, blake2b or blake3, got ${hashType}`);
  if (hashType === "blake3" && method === "shards")
    usage("--hash-type blake3 hashes whole files; drop --method shards");
  const jobs = opts.jobs === void 0 ? void 0 : Number(opts.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256))
    usage(`--jobs must be an integer from 1 to 256, got ${String(opts.jobs)}`);
  const output = str(opts.output);
  const { path: written, manifest } = await writeLock(path, {
    method,
    hashType,
    ...shardSize !== void 0 ? { shardSize } : {},
    allowSymlinks: Boolean(opts.allowSymlinks),
    ignorePaths: list(opts.ignorePaths),
    ignoreGitPaths: opts.ignoreGitPaths !== false,
    ...output && output !== "-" ? { output } : {},
    ...jobs !== void 0 ? { jobs } : {}
  });
  const unit = method === "shards" ? "shards" : "files";
  out(
    `wrote ${written}: ${manifest.resources.length} ${unit} of ${basename5(path)}, root sha256:${manifest.rootDigest}
`
  );
  return 0;
}

export {
  INVALID_MANIFEST,
  hfCacheRepos,
  verifyHfCache,
  writeLock,
  verifyLock,
  ollamaRoot,
  verifyOllama,
  verifySums,
  SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED,
  SIGNATURE_FILE,
  verifySignature,
  verifySignatureAny,
  verifySidecars,
  verifyPath,
  verifyCommand,
  lockCommand
};
