import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  scanBeforePolicy,
  sliceReads
} from "./chunk-72BEB4LP.js";
import {
  applyPolicy
} from "./chunk-446ZS3ZS.js";
import {
  lockManifest
} from "./chunk-22KFBQUV.js";
import {
  rootDigestOf,
  statementJson
} from "./chunk-EPLVLO66.js";
import {
  sortReferences
} from "./chunk-SERLXDJN.js";
import {
  MAX_SHARDS,
  inShard
} from "./chunk-SMPA2QJK.js";
import {
  countBySeverity,
  decideVerdict
} from "./chunk-333ZYWQ3.js";
import {
  compareFindings,
  isSeverity
} from "./chunk-GMZN3B2T.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  loadReportSchema
} from "./chunk-5OVHDXLO.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

// src/shard/partial.ts
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
var PARTIAL_FORMAT = "modelvet-partial";
var PARTIAL_VERSION = 1;
var MAX_PARTIAL_BYTES = 512 * 1024 * 1024;
function jsonDigest(value) {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
function refused(message, path) {
  return new ModelvetError("PARTIAL_REFUSED", message, path === void 0 ? void 0 : { path });
}
function positionsOf(all, keeps) {
  const out = [];
  all.forEach((item, i) => {
    if (keeps(item)) out.push(i);
  });
  return out;
}
function partialJson(partial) {
  return `${JSON.stringify(partial, null, 2)}
`;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isHex64 = (v) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
var isIndex = (v) => Number.isSafeInteger(v) && v >= 0;
var shown = (v) => typeof v === "number" ? String(v) : `a value of type ${typeof v}`;
function baseProblem(doc) {
  if (doc.format !== PARTIAL_FORMAT)
    return `not a modelvet partial result (format is not "${PARTIAL_FORMAT}")`;
  if (doc.version !== PARTIAL_VERSION)
    return `partial format version ${shown(doc.version)} is not ${PARTIAL_VERSION}`;
  if (doc.kind !== "scan" && doc.kind !== "lock") return "kind is neither scan nor lock";
  const shard = doc.shard;
  if (!isObject(shard) || !Number.isSafeInteger(shard.index) || !Number.isSafeInteger(shard.count))
    return "no shard K/N";
  const { index, count } = shard;
  if (index < 1 || index > count || count > MAX_SHARDS) return `shard ${index}/${count} is not a slice`;
  if (!isHex64(doc.fileListDigest) || !isHex64(doc.settingsDigest)) return "no file list or settings digest";
  if (!isIndex(doc.total)) return "no total";
  const positions = doc.positions;
  if (!Array.isArray(positions)) return "no positions";
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (!isIndex(p) || p >= doc.total || i > 0 && p <= positions[i - 1])
      return `position ${i} is not an increasing index below ${shown(doc.total)}`;
  }
  return void 0;
}
function policyProblem(p) {
  if (p === void 0) return void 0;
  if (!isObject(p)) return "policy is not an object";
  const ok = typeof p.source === "string" && ["explicit", "working-directory", "scanned-folder"].includes(String(p.origin)) && (p.failOn === void 0 || isSeverity(p.failOn)) && isObject(p.rules) && Object.values(p.rules).every((v) => v === "off" || isSeverity(v)) && isObject(p.formats) && isObject(p.pickle) && Array.isArray(p.pickle.allow) && Array.isArray(p.pickle.forced) && isObject(p.verification) && typeof p.verification.require === "string" && Array.isArray(p.verification.signers) && isObject(p.sources) && Array.isArray(p.ignore) && p.ignore.every(
    (i) => isObject(i) && typeof i.rule === "string" && typeof i.path === "string" && typeof i.reason === "string"
  );
  return ok ? void 0 : "policy does not have the shape of a modelvet policy";
}
function lockProblem(doc) {
  const s = doc.serialization;
  if (typeof doc.modelName !== "string" || !isObject(s)) return "no model name or serialization";
  if (s.method !== "files" && s.method !== "shards" || typeof s.hashType !== "string" || typeof s.allowSymlinks !== "boolean" || !Array.isArray(s.ignorePaths) || !s.ignorePaths.every((x) => typeof x === "string") || s.shardSize !== void 0 && !(Number.isSafeInteger(s.shardSize) && s.shardSize > 0))
    return "serialization is not a model_signing serialization";
  const resources = doc.resources;
  if (!Array.isArray(resources) || resources.length !== doc.positions.length)
    return "resources do not match positions";
  for (const r of resources)
    if (!isObject(r) || typeof r.name !== "string" || typeof r.algorithm !== "string" || !/^[0-9a-f]+$/.test(String(r.digest)))
      return "a resource is not {name, algorithm, digest}";
  return void 0;
}
async function scanProblem(doc) {
  if (doc.failOn !== void 0 && !isSeverity(doc.failOn)) return "failOn is not a severity";
  const policy = policyProblem(doc.policy);
  if (policy) return policy;
  if (!isObject(doc.report)) return "no report";
  const { validateReport } = await loadReportSchema();
  const errors = validateReport(doc.report);
  if (errors) return `its report does not match schemas/report.schema.json (${errors})`;
  if (doc.report.files.length !== doc.positions.length)
    return "report files do not match positions";
  return void 0;
}
async function readPartial(path) {
  let text;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw refused(`${path}: not a regular file`, path);
    if (st.size > MAX_PARTIAL_BYTES) throw refused(`${path}: larger than ${MAX_PARTIAL_BYTES} bytes`, path);
    text = await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
    throw new ModelvetError(code, describeError(err, path), { path, cause: err });
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw refused(`${path}: not JSON, so not a modelvet partial result`, path);
  }
  if (!isObject(doc)) throw refused(`${path}: not a modelvet partial result`, path);
  const problem = baseProblem(doc) ?? (doc.kind === "lock" ? lockProblem(doc) : await scanProblem(doc));
  if (problem) throw refused(`${path}: ${problem}`, path);
  return doc;
}

// src/shard/scan-shard.ts
function scanFileListDigest(targets) {
  return jsonDigest(
    targets.map((t) => ({
      input: t.input,
      isDirectory: t.isDirectory,
      skipped: t.skipped,
      files: t.files.map((f) => [f.display, f.size, f.symlinkTarget ?? null])
    }))
  );
}
function scanSettingsDigest(options, policy) {
  return jsonDigest({
    tool: VERSION,
    algorithms: options.algorithms ?? ["sha256"],
    limits: options.limits ?? null,
    analyzerOptions: options.analyzerOptions ?? {},
    // Only when given, so that the digest of a scan without explicit checks stays what it was.
    verify: options.verify,
    failOn: options.failOn ?? null,
    policy: policy ?? null
  });
}
async function scanShard(paths, options) {
  if (paths.length === 0) throw new ModelvetError("USAGE", "scan needs at least one path");
  const started = performance.now();
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  const all = targets.flatMap((t) => t.files);
  const positions = positionsOf(all, sliceReads(planReads(all, options.algorithms), options.shard).keeps);
  if (positions.length !== report.files.length)
    throw new ModelvetError("INTERNAL", "shard slice and scanned files disagree");
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "scan",
    shard: options.shard,
    fileListDigest: scanFileListDigest(targets),
    settingsDigest: scanSettingsDigest(options, policy),
    total: all.length,
    positions,
    failOn: options.failOn,
    policy,
    report
  };
}

// src/shard/merge.ts
function listOf(ns) {
  return ns.length > 8 ? `${ns.slice(0, 8).join(", ")}, \u2026 (${ns.length})` : ns.join(", ");
}
function checkPartials(partials) {
  if (partials.length === 0) throw refused("merge needs the partial results of every shard");
  const first = partials[0];
  for (const p of partials) {
    if (p.kind !== first.kind) throw refused(`cannot merge ${first.kind} and ${p.kind} partials`);
    if (p.shard.count !== first.shard.count)
      throw refused(`partials of ${first.shard.count} and of ${p.shard.count} shards cannot be merged`);
    if (p.settingsDigest !== first.settingsDigest)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} ran with other settings than shard ${first.shard.index}/${first.shard.count} (version, options or policy differ)`
      );
    if (p.fileListDigest !== first.fileListDigest || p.total !== first.total)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} saw other files than shard ${first.shard.index}/${first.shard.count} (file list digests differ): the partials are not of the same input`
      );
  }
  const count = first.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  if (twice.length) throw refused(`shard ${listOf(twice)} of ${count} given more than once`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw refused(`shard ${listOf(missing)} of ${count} missing`);
  const covered = new Uint8Array(first.total);
  for (const p of partials)
    for (const pos of p.positions) {
      if (covered[pos]) throw refused(`entry ${pos} is in two slices: the partials are not one split`);
      covered[pos] = 1;
    }
  const hole = covered.indexOf(0);
  if (hole >= 0) throw refused(`entry ${hole} is in no slice: the partials are not one split`);
  return [...partials].sort((a, b) => a.shard.index - b.shard.index);
}
function placeAll(partials, entries) {
  const out = new Array(partials[0].total);
  for (const p of partials) {
    const list = entries(p);
    p.positions.forEach((pos, i) => {
      out[pos] = list[i];
    });
  }
  return out;
}
function combineScanReports(partials, failOn) {
  const reports = partials.map((p) => p.report);
  const files = placeAll(partials, (p) => p.report.files);
  const findings = reports.flatMap((r) => r.findings).sort(compareFindings);
  const verifications = reports.flatMap((r) => r.verifications);
  const references = sortReferences(reports.flatMap((r) => r.modelReferences ?? []));
  const bytes = reports.reduce((n, r) => n + r.summary.bytes, 0);
  const startedAt = reports.map((r) => r.startedAt).sort()[0];
  const durationMs = Math.max(...reports.map((r) => r.durationMs));
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const base = reports[0];
  return {
    schemaVersion: base.schemaVersion,
    tool: base.tool,
    startedAt,
    durationMs,
    failOn,
    targets: base.targets,
    files,
    findings,
    verifications,
    modelReferences: references.length ? references : void 0,
    summary: {
      files: files.length,
      bytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round(bytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}
async function mergeScan(partials, options = {}) {
  const sorted = checkPartials(partials);
  const failOn = options.failOn ?? sorted[0].failOn;
  const report = combineScanReports(sorted, failOn ?? "high");
  const policy = sorted[0].policy;
  if (!policy) return report;
  return applyPolicy(report, policy, failOn ? { failOn } : {});
}
function mergeLockResources(partials) {
  const sorted = checkPartials(partials);
  return {
    modelName: sorted[0].modelName,
    serialization: sorted[0].serialization,
    resources: placeAll(sorted, (p) => p.resources)
  };
}

// src/shard/merge-files.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import { join } from "node:path";

// src/shard/lock-shard.ts
async function lockShard(modelPath, options) {
  const { shard, ...lockOptions } = options;
  const { manifest } = await lockManifest(modelPath, {
    ...lockOptions,
    selectResource: (name) => inShard(name, shard)
  });
  const slice = manifest.slice ?? {
    positions: manifest.resources.map((_, i) => i),
    total: manifest.resources.length
  };
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "lock",
    shard,
    fileListDigest: jsonDigest({
      modelName: manifest.modelName,
      files: manifest.files.map((f) => [f.rel, f.size, f.symlink])
    }),
    settingsDigest: jsonDigest({ tool: VERSION, serialization: manifest.serialization }),
    total: slice.total,
    positions: slice.positions,
    modelName: manifest.modelName,
    serialization: manifest.serialization,
    resources: manifest.resources.map(({ name, algorithm, digest }) => ({ name, algorithm, digest }))
  };
}
function mergeLockText(partials) {
  const { modelName, serialization, resources } = mergeLockResources(partials);
  return `${statementJson({ modelName, serialization, resources, rootDigest: rootDigestOf(resources) })}
`;
}

// src/shard/merge-files.ts
async function partialFiles(args) {
  const out = [];
  for (const a of args) {
    const st = await stat2(a).catch(() => void 0);
    if (!st?.isDirectory()) {
      out.push(a);
      continue;
    }
    const entries = await readdir(a, { recursive: true, withFileTypes: true });
    const found = entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => join(e.parentPath, e.name)).sort();
    if (!found.length) throw new ModelvetError("USAGE", `${a}: no partial results (*.json) in this folder`);
    out.push(...found);
  }
  return out;
}
async function mergeFiles(args, failOn) {
  if (!args.length)
    throw new ModelvetError("USAGE", "merge needs the partial results of every shard (files or folders)");
  const partials = [];
  for (const f of await partialFiles(args)) partials.push(await readPartial(f));
  if (partials.every((p) => p.kind === "lock")) {
    if (failOn)
      throw new ModelvetError("USAGE", "--fail-on applies to scan partials; these are lock partials");
    return { kind: "lock", lockText: mergeLockText(partials) };
  }
  const scans = partials.filter((p) => p.kind === "scan");
  if (scans.length !== partials.length)
    throw new ModelvetError("PARTIAL_REFUSED", "cannot merge scan and lock partials");
  return { kind: "scan", report: await mergeScan(scans, failOn ? { failOn } : {}) };
}

export {
  partialJson,
  readPartial,
  scanShard,
  mergeScan,
  lockShard,
  mergeFiles
};
