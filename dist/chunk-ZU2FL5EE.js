import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MAX_SHARDS
} from "./chunk-ZOW5YN2T.js";
import {
  isSeverity
} from "./chunk-NISXE5VR.js";
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
function baseProblem(doc) {
  if (doc.format !== PARTIAL_FORMAT)
    return `not a modelvet partial result (format is not "${PARTIAL_FORMAT}")`;
  if (doc.version !== PARTIAL_VERSION)
    return `partial format version ${String(doc.version)} is not ${PARTIAL_VERSION}`;
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
      return `position ${i} is not an increasing index below ${String(doc.total)}`;
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
  const { validateReport } = await import("./chunk-4FJ2T7IX.js");
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

export {
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  MAX_PARTIAL_BYTES,
  jsonDigest,
  refused,
  positionsOf,
  partialJson,
  readPartial
};
