import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  computeManifest,
  normalizeRelPath,
  parseShardName
} from "./chunk-VRSNAFVI.js";
import {
  defineRule,
  finding
} from "./chunk-NISXE5VR.js";
import {
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  relativeInside
} from "./chunk-DRNDJL4J.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

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
  clean: () => clean,
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
function clean(text) {
  return text;
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
    message: `${first.message} (and ${rest.length - 1} more differences; the verification details list them all)`,
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
        ...a.digest === e.digest ? { note: `recorded algorithm ${e.algorithm}` } : {}
      });
    else diff.matched++;
  }
  for (const a of actual)
    if (!exp.has(a.name)) diff.extra.push({ name: a.name, ...a.digest ? { digest: a.digest } : {} });
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
          ...m.renamedTo ? { renamedTo: m.renamedTo } : {}
        }
      })
    );
  for (const x of diff.extra)
    out.push(
      finding(EXTRA_FILE, {
        path: at(x.name),
        message: `${x.name} is not recorded in ${ctx.source}${x.renamedFrom ? ` (it holds the content recorded for ${x.renamedFrom}: renamed)` : ""}`,
        evidence: { name: x.name, source: ctx.source, ...x.digest ? { actual: x.digest } : {} }
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
function singleFileSubset(modelPath, isDir, resources, ser, ctx, display) {
  const singleFile = resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  if (isDir || singleFile) return { resources };
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
    ...ser.shardSize !== void 0 ? { shardSize: ser.shardSize } : {},
    allowSymlinks: ser.allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false,
    ignorePaths: [...ser.ignorePaths, ...options.ignorePaths ?? [], ...sidecarIgnore(root, ctx.sourcePath)],
    ignoreGitPaths: options.ignoreGitPaths ?? true,
    ...options.jobs !== void 0 ? { jobs: options.jobs } : {},
    ...options.pool ? { pool: options.pool } : {},
    ...options.knownSha256 ? { knownSha256: options.knownSha256 } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {}
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
      ...ser.shardSize !== void 0 ? { shardSize: ser.shardSize } : {},
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
  const isDir = await isDirectory(modelPath);
  const root = isDir ? modelPath : dirname(modelPath);
  const chosen = singleFileSubset(modelPath, isDir, expected.resources, ser, ctx, display);
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

export {
  DIGEST_MISMATCH,
  INVALID_MANIFEST,
  SIDECAR_NAMES,
  clean,
  append,
  capFindings,
  diffFailed,
  diffResources,
  short,
  displayPathOf,
  diffFindings,
  problemFindings,
  diffSummary,
  sidecarIgnore,
  invalidOutcome,
  readManifestFile,
  verifyAgainstResources,
  isDirectory,
  manifest_check_exports
};
