import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  algorithmForLength,
  algorithmForTag,
  parseSums
} from "./chunk-FBEN3PSM.js";
import {
  DANGLING_LINK,
  STORE_ENTRY,
  ollamaRoot,
  verifyBlobDigests,
  verifyOllama
} from "./chunk-A3JSPFTR.js";
import {
  hfCacheSource
} from "./chunk-EV3X3K7E.js";
import {
  LOCK_FILE_NAME,
  verifyLock
} from "./chunk-DMK3QCTH.js";
import {
  INVALID_MANIFEST,
  SIDECAR_NAMES,
  append,
  capFindings,
  clean,
  diffFailed,
  diffFindings,
  diffResources,
  diffSummary,
  displayPathOf,
  invalidOutcome,
  isDirectory,
  problemFindings,
  readManifestFile,
  sidecarIgnore,
  verifyAgainstResources
} from "./chunk-OMQPXWHH.js";
import {
  OmsError
} from "./chunk-5O7QPED4.js";
import {
  GIT_PATHS,
  enumerateModel,
  normalizeRelPath
} from "./chunk-VRSNAFVI.js";
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
  relativeInside
} from "./chunk-DRNDJL4J.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/verify/verify-path.ts
var verify_path_exports = {};
__export(verify_path_exports, {
  SIGNATURE_FILE: () => SIGNATURE_FILE,
  SIGNATURE_INVALID: () => SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED: () => SIGNATURE_UNVERIFIED,
  verifyPath: () => verifyPath,
  verifySidecars: () => verifySidecars,
  verifySignature: () => verifySignature,
  verifySignatureAny: () => verifySignatureAny
});
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import { dirname as dirname3, join as join3 } from "node:path";

// src/verify/hf-cache.ts
import { lstat, readdir, readFile, readlink, realpath } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
var COMMIT = /^[0-9a-f]{40}$/;
var LFS_BLOB = /^[0-9a-f]{64}$/;
var GIT_BLOB = /^[0-9a-f]{40}$/;
var HF_REPO_DIR = /^(models|datasets|spaces)--.+/;
function blobAlgorithm(name) {
  return LFS_BLOB.test(name) ? "sha256" : GIT_BLOB.test(name) ? "git-sha1" : void 0;
}
async function isDir(p) {
  return (await lstat(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isHfCacheRepo(path) {
  const name = basename(resolve(path));
  if (!await isDir(path)) return false;
  const blobs = await isDir(join(path, "blobs"));
  const snapshots = await isDir(join(path, "snapshots"));
  return HF_REPO_DIR.test(name) && (blobs || snapshots) || blobs && snapshots && await isDir(join(path, "refs"));
}
async function enclosingHfRepo(path) {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
async function hfCacheRepos(path) {
  const around = await enclosingHfRepo(path);
  if (around) return [around];
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
  const out = { verifications: [], findings: [], references: [] };
  const display = options.display ?? path;
  for (const repo of await hfCacheRepos(path)) {
    const inside = relativeInside(resolve(path), resolve(repo));
    const rel = inside === void 0 ? "" : inside.split(sep).join("/");
    const shown = inside === void 0 ? repo : displayPathOf(display, rel || ".");
    const under = (r2) => rel ? `${rel}/${r2}` : r2;
    const { knownSha256, knownDigest } = options;
    const r = await verifyRepo(repo, shown, {
      ...options,
      knownDigest: inside === void 0 ? void 0 : (r2, alg) => knownDigest?.(under(r2), alg) ?? (alg === "sha256" ? knownSha256?.(under(r2)) : void 0)
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
    const source = hfCacheSource(basename(resolve(repo)), r.revision);
    if (source) out.references?.push({ source, pinned: true, path: shown, via: "hf-cache" });
  }
  return out;
}
async function checkBlobs(check, options) {
  const blobs = [];
  for (const b of await walkFiles(join(check.repo, "blobs"), "blobs")) {
    const name = b.rel.slice("blobs/".length);
    if (b.kind !== "file") {
      check.entry(b.rel, `${b.rel} is not a regular file (the cache stores blobs as files)`);
      continue;
    }
    if (name.endsWith(".incomplete")) {
      check.entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    const algorithm = blobAlgorithm(name);
    if (!algorithm) {
      check.entry(b.rel, `${b.rel} is not named by a SHA-256 or git blob id; nothing vouches for it`);
      continue;
    }
    const known = options.knownDigest?.(b.rel, algorithm);
    blobs.push({
      path: b.full,
      display: check.at(b.rel),
      algorithm,
      expected: name,
      ...known ? { knownDigest: known } : {}
    });
  }
  const hashed = await verifyBlobDigests(
    blobs,
    `${basename(resolve(check.repo))} (Hugging Face cache)`,
    options
  );
  append(check.findings, hashed.findings);
  return hashed;
}
async function checkSnapshotLink(check, f, realBlobs) {
  const text = await readlink(f.full).catch(() => "");
  const lexical = resolve(dirname(f.full), text);
  const real = await realpath(f.full).catch(() => void 0);
  const inBlobs = dirname(lexical) === resolve(check.repo, "blobs") && real !== void 0 && realBlobs !== void 0 && dirname(real) === realBlobs;
  if (real !== void 0 && inBlobs) return true;
  check.findings.push(
    finding(DANGLING_LINK, {
      path: check.at(f.rel),
      message: clean(
        real === void 0 ? `${f.rel} -> ${text} dangles (its blob is missing)` : `${f.rel} -> ${text} does not point at a blob of this repository`
      ),
      evidence: { link: text, ...real ? { resolved: real } : {} }
    })
  );
  return false;
}
async function checkSnapshots(check) {
  const snapshotsDir = join(check.repo, "snapshots");
  const realBlobs = await realpath(join(check.repo, "blobs")).catch(() => void 0);
  const commits = (await readdir(snapshotsDir).catch(() => [])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      check.entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join(snapshotsDir, commit), `snapshots/${commit}`)) {
      if (f.kind === "file") {
        check.entry(
          f.rel,
          `${f.rel} is a copy, not a link into blobs/ (Windows degraded mode?): its digest is not checked`
        );
      } else if (f.kind !== "link") {
        check.entry(f.rel, `${f.rel} is a FIFO, socket or device`);
      } else {
        links++;
        if (!await checkSnapshotLink(check, f, realBlobs)) dangling++;
      }
    }
  }
  return { commits, links, dangling };
}
async function checkRefs(check, commits) {
  let refs = 0;
  let mainRef;
  for (const f of await walkFiles(join(check.repo, "refs"), "refs")) {
    refs++;
    let text = "";
    try {
      text = f.kind === "file" ? (await readFile(f.full, "utf8")).slice(0, 200).trim() : "";
    } catch (err) {
      check.entry(f.rel, describeError(err, f.rel));
      continue;
    }
    if (f.rel === "refs/main" && COMMIT.test(text)) mainRef = text;
    if (!COMMIT.test(text)) check.entry(f.rel, `${f.rel} does not hold a 40-hex commit`);
    else if (!commits.includes(text))
      check.entry(f.rel, `${f.rel} names commit ${text}, which has no snapshot`);
  }
  return { refs, mainRef };
}
async function verifyRepo(repo, display, options) {
  const findings = [];
  const at = (rel) => displayPathOf(display, rel);
  const entry = (rel, message2) => findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message2) }));
  const check = { repo, at, findings, entry };
  const hashed = await checkBlobs(check, options);
  const { commits, links, dangling } = await checkSnapshots(check);
  const { refs, mainRef } = await checkRefs(check, commits);
  const ok = hashed.mismatched === 0 && dangling === 0;
  const revision = mainRef ?? commits.find((c) => COMMIT.test(c));
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their names` : "",
    dangling ? `${dangling} dangling or stray link(s)` : ""
  ].filter(Boolean);
  const message = ok ? `${display}: ${hashed.checked} blobs match their names, ${links} snapshot links resolve` : `${display}: ${problems.join(", ")}`;
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
    findings: capFindings(findings),
    ...revision ? { revision } : {}
  };
}

// src/verify/sums.ts
import { realpath as realpath2, stat } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join as join2, resolve as resolve2, sep as sep2 } from "node:path";
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
  return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep2}`));
}
function unlistedFindings(unlisted, ser, check) {
  const none = { matched: 0, changed: [], missing: [], wrongShards: [] };
  return diffFindings({ ...none, extra: unlisted }, ser, check).map((f) => ({
    ...f,
    severity: "low",
    message: `${f.message} (a checksum file vouches only for what it lists)`
  }));
}
function expectedResources(parsed, sumsName, onlyName, bad) {
  const expected = [];
  const seen = /* @__PURE__ */ new Map();
  for (const e of parsed.entries) {
    const rel = normalizeRelPath(e.name);
    if (rel === void 0 || rel === "." || e.name.startsWith("/")) {
      bad(e.line, `${JSON.stringify(e.name)} is not a path inside the model folder`);
      continue;
    }
    if (onlyName !== void 0 && rel !== onlyName) continue;
    const alg = sumsAlgorithm(e.hex, e.tag, sumsName);
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
  return expected;
}
function fileNotListed(onlyName, display, source, findings) {
  const findings2 = diffFindings(
    { matched: 0, changed: [], missing: [], extra: [{ name: onlyName }], wrongShards: [] },
    { method: "files", hashType: "sha256", allowSymlinks: true, ignorePaths: [] },
    { display: dirname2(display), kind: "sums", source }
  );
  return {
    verification: {
      kind: "sums",
      source,
      ok: false,
      message: `${display} is not listed in ${source}`
    },
    findings: [...findings, ...findings2]
  };
}
async function presentFiles(modelPath, base, onlyName, sumsPath, options) {
  if (onlyName !== void 0) {
    return { files: [{ rel: onlyName, fsPath: modelPath, size: 0, symlink: false }], problems: [] };
  }
  const ignores = [
    ...options.ignoreGitPaths ?? true ? GIT_PATHS : [],
    ...(options.ignorePaths ?? []).flatMap((p) => normalizeRelPath(p, base) ?? []),
    ...sidecarIgnore(base, sumsPath)
  ];
  return enumerateModel(base, {
    ignores,
    allowSymlinks: true,
    confineSymlinks: options.confineSymlinks ?? false
  });
}
async function hashListed(e, base, realBase, pool, options, outside) {
  const path = join2(base, e.name);
  const st = await stat(path).catch(() => void 0);
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
}
async function hashAllListed(expected, base, options, outside) {
  const realBase = await realpath2(base).catch(() => resolve2(base));
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), expected.length)), { inline: true });
  try {
    const hashed = await Promise.all(
      expected.map((e) => hashListed(e, base, realBase, pool, options, outside))
    );
    return hashed.filter((h) => h !== void 0);
  } finally {
    if (!options.pool) await pool.close();
  }
}
function sumsVerification(display, source, expected, diff, unlisted, findings) {
  const ok = !diffFailed(diff) && !findings.some((f) => f.severity !== "low");
  const notListed = unlisted.length ? `; ${unlisted.length} file${unlisted.length === 1 ? "" : "s"} not listed` : "";
  const message = ok ? `${display}: ${expected.length} file${expected.length === 1 ? " matches" : "s match"} ${source}${notListed}` : `${display} does not match ${source}: ${diffSummary(diff, []) || `${findings.length} bad line(s) in the checksum file`}`;
  return {
    kind: "sums",
    source,
    ok,
    message,
    details: {
      checked: expected.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      unlisted: unlisted.map((x) => x.name)
    }
  };
}
async function verifySums(modelPath, sumsPath, options = {}) {
  const display = options.display ?? modelPath;
  const source = sumsPath;
  const read = await readManifestFile(sumsPath, "sums", display, MAX_SUMS_BYTES);
  if ("outcome" in read) return read.outcome;
  const isDir2 = await isDirectory(modelPath);
  const base = isDir2 ? modelPath : dirname2(modelPath);
  const onlyName = isDir2 ? void 0 : basename2(modelPath);
  const parsed = parseSums(read.bytes.toString("utf8"));
  const findings = [];
  const bad = (line, why) => findings.push(finding(INVALID_MANIFEST, { path: source, line, message: `${source}:${line}: ${why}` }));
  for (const line of parsed.malformed) bad(line, "not a checksum line");
  const expected = expectedResources(parsed, basename2(sumsPath), onlyName, bad);
  if (expected.length === 0 && onlyName !== void 0 && parsed.entries.length > 0) {
    return fileNotListed(onlyName, display, source, findings);
  }
  if (expected.length === 0) {
    const out = invalidOutcome("sums", source, display, "no usable checksum line for this model");
    return { verification: out.verification, findings: [...findings, ...out.findings] };
  }
  const present = await presentFiles(modelPath, base, onlyName, sumsPath, options);
  const listed = new Set(expected.map((e) => e.name));
  const outside = [];
  const actual = await hashAllListed(expected, base, options, outside);
  const files = [];
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
  const unlisted = diff.extra.filter((x) => !x.renamedFrom);
  diff.extra = diff.extra.filter((x) => x.renamedFrom);
  append(findings, diffFindings(diff, ser, check));
  if (!options.ignoreUnsignedFiles) append(findings, unlistedFindings(unlisted, ser, check));
  append(
    findings,
    problemFindings(
      [...present.problems, ...outside],
      isDir2 ? check : { ...check, display: dirname2(display) }
    )
  );
  return {
    verification: sumsVerification(display, source, expected, diff, unlisted, findings),
    findings: capFindings(findings)
  };
}

// src/verify/verify-path.ts
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
    const oms = await import("./chunk-XSJXZKMT.js");
    signed = await oms.verifyOmsSignatureFile(signaturePath, trust);
  } catch (err) {
    const reason = err instanceof OmsError ? err.message : `${signaturePath}: ${describeError(err)}`;
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
  return (await stat2(p).catch(() => void 0))?.isFile() ?? false;
}
async function verifySidecars(modelPath, options) {
  const dir = await isDirectory(modelPath) ? modelPath : dirname3(modelPath);
  const result = { verifications: [], findings: [], found: 0 };
  const names = new Set(await readdir2(dir).catch(() => []));
  if (names.has(LOCK_FILE_NAME) && await exists(join3(dir, LOCK_FILE_NAME))) {
    result.found++;
    push(result, await verifyLock(modelPath, join3(dir, LOCK_FILE_NAME), options));
  }
  for (const s of SUMS_NAMES)
    if (names.has(s) && await exists(join3(dir, s))) {
      result.found++;
      push(result, await verifySums(modelPath, join3(dir, s), options));
      break;
    }
  if (names.has(SIGNATURE_FILE) && await exists(join3(dir, SIGNATURE_FILE))) {
    result.found++;
    const sig = join3(dir, SIGNATURE_FILE);
    if (options.trust)
      push(result, await verifySignatureAny(modelPath, sig, signerList(options.trust), options));
    else {
      const shown = options.display ?? modelPath;
      result.findings.push(
        finding(SIGNATURE_UNVERIFIED, {
          path: displayPathOf(dir === modelPath ? shown : dirname3(shown), SIGNATURE_FILE),
          message: `${SIGNATURE_FILE} is present but not verified: no signer (identity/issuer, key or certificate chain) was given`
        })
      );
    }
  }
  return result;
}
function refuseStoreOptions(store, options) {
  const given = [
    options.ignorePaths?.length ? "--ignore-paths" : "",
    options.ignoreUnsignedFiles ? "--ignore-unsigned-files" : "",
    options.ignoreGitPaths === false ? "--no-ignore-git-paths" : ""
  ].filter(Boolean);
  if (given.length)
    throw new ModelvetError(
      "USAGE",
      `${given.join(" and ")} ${given.length === 1 ? "does" : "do"} not apply to a ${store}: every blob is checked against the digest its name promises`
    );
}
async function verifyPath(path, options = {}) {
  if (!await stat2(path).catch(() => void 0))
    throw new ModelvetError("NOT_FOUND", `${path}: no such file or directory`, { path });
  const result = { verifications: [], findings: [] };
  if (options.lock) push(result, await verifyLock(path, options.lock, options));
  if (options.sums) push(result, await verifySums(path, options.sums, options));
  const explicit = Boolean(options.lock || options.sums || options.signature || options.trust);
  if (options.signature || options.trust) {
    const sig = options.signature ?? join3(await isDirectory(path) ? path : dirname3(path), SIGNATURE_FILE);
    if (!options.trust)
      throw new ModelvetError(
        "USAGE",
        "--signature needs a signer: --identity/--issuer, --key PEM or --certificate-chain PEM"
      );
    push(result, await verifySignatureAny(path, sig, signerList(options.trust), options));
  }
  if (explicit) return result;
  if ((await hfCacheRepos(path)).length) {
    refuseStoreOptions("Hugging Face cache", options);
    push(result, await verifyHfCache(path, options));
    return result;
  }
  if (await ollamaRoot(path)) {
    refuseStoreOptions("Ollama store", options);
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

export {
  HF_REPO_DIR,
  blobAlgorithm,
  isHfCacheRepo,
  verifyHfCache,
  verifySums,
  SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED,
  SIGNATURE_FILE,
  verifySignature,
  verifySignatureAny,
  verifySidecars,
  verifyPath,
  verify_path_exports
};
