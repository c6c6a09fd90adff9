import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HashPool,
  defaultJobs
} from "./chunk-HD6VATNX.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";

// src/verify/manifest.ts
import { createHash } from "node:crypto";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://model_signing/signature/v1.0";
var PREDICATE_TYPE_COMPAT = "https://model_signing/Digests/v0.1";
var DEFAULT_SHARD_SIZE = 1e9;
var MAX_SHARDS = 1e6;
var GIT_PATHS = [".git", ".gitattributes", ".github", ".gitignore"];
var OMS_HASH_TYPES = ["sha256", "blake2b", "blake3"];
var CORE_ALGORITHM = {
  sha256: "sha256",
  blake2b: "blake2b512",
  blake3: "blake3"
};
function isOmsHashType(v) {
  return typeof v === "string" && OMS_HASH_TYPES.includes(v);
}
function normalizeRelPath(p, root) {
  let s = p.replace(/\\/g, "/");
  if (s.startsWith("/")) {
    if (!root) return void 0;
    const r = resolve(root).replace(/\\/g, "/").replace(/\/+$/, "");
    if (s !== r && !s.startsWith(`${r}/`)) return void 0;
    s = s.slice(r.length);
  }
  const out = [];
  for (const part of s.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!out.length) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.length ? out.join("/") : ".";
}
function isIgnored(rel, ignores) {
  for (const ig of ignores) {
    if (ig === "." || rel === ig || rel.startsWith(`${ig}/`)) return true;
  }
  return false;
}
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    const d = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (d) return d;
  }
}
function comparePaths(a, b) {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = compareCodePoints(pa[i], pb[i]);
    if (d) return d;
  }
  return pa.length - pb.length;
}
function parseShardName(name) {
  const m = /^(.*):(\d+):(\d+)$/s.exec(name);
  if (!m) return void 0;
  const start = Number(m[2]);
  const end = Number(m[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return void 0;
  return { path: m[1], start, end };
}
function rootDigestOf(resources) {
  const h = createHash("sha256");
  for (const r of resources) h.update(Buffer.from(r.digest, "hex"));
  return h.digest("hex");
}
function modelNameOf(modelPath) {
  const name = basename(modelPath.replace(/[/\\]+$/, ""));
  return name === "" || name === "." || name === ".." ? basename(resolve(modelPath)) : name;
}
function shardAlgorithm(hashType, shardSize) {
  return `${hashType}-sharded-${shardSize}`;
}
async function enumerateModel(modelPath, options) {
  const abs = resolve(modelPath);
  const files = [];
  const problems = [];
  const top = await lstat(abs);
  const rootStat = top.isSymbolicLink() ? await stat(abs) : top;
  if (!rootStat.isDirectory()) {
    if (isIgnored(".", options.ignores)) return { files, problems, isDirectory: false };
    if (top.isSymbolicLink() && !options.allowSymlinks) {
      problems.push({ rel: ".", reason: "symlink", message: `${modelPath} is a symbolic link` });
    } else if (rootStat.isFile()) {
      files.push({ rel: ".", fsPath: abs, size: rootStat.size, symlink: top.isSymbolicLink() });
    } else {
      problems.push({ rel: ".", reason: "special", message: `${modelPath} is not a regular file` });
    }
    return { files, problems, isDirectory: false };
  }
  const realRoot = options.confineSymlinks ? await realpath(abs).catch(() => abs) : abs;
  const insideRoot = async (p) => {
    const real = await realpath(p).catch(() => void 0);
    return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep}`));
  };
  const walk = async (dir, relDir) => {
    let names;
    try {
      names = await readdir(dir);
    } catch (err) {
      problems.push({ rel: relDir || ".", reason: "unreadable", message: describeError(err, relDir || ".") });
      return;
    }
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (isIgnored(rel, options.ignores)) continue;
      const full = join(dir, name);
      let st;
      try {
        st = await lstat(full);
      } catch (err) {
        problems.push({ rel, reason: "unreadable", message: describeError(err, rel) });
        continue;
      }
      if (st.isDirectory()) await walk(full, rel);
      else if (st.isFile()) files.push({ rel, fsPath: full, size: st.size, symlink: false });
      else if (st.isSymbolicLink()) {
        if (!options.allowSymlinks) {
          problems.push({ rel, reason: "symlink", message: `${rel} is a symbolic link (not allowed)` });
          continue;
        }
        const target = await stat(full).catch(() => void 0);
        if (target && options.confineSymlinks && !await insideRoot(full)) {
          problems.push({
            rel,
            reason: "symlink",
            message: `${rel} links outside the model folder; not followed`
          });
          continue;
        }
        if (!target)
          problems.push({ rel, reason: "dangling", message: `${rel} is a dangling symbolic link` });
        else if (target.isFile()) files.push({ rel, fsPath: full, size: target.size, symlink: true });
        else if (!target.isDirectory())
          problems.push({ rel, reason: "special", message: `${rel} links to a special file` });
      } else problems.push({ rel, reason: "special", message: `${rel} is a FIFO, socket or device` });
    }
  };
  await walk(abs, "");
  files.sort((a, b) => comparePaths(a.rel, b.rel));
  return { files, problems, isDirectory: true };
}
async function computeManifest(modelPath, options = {}) {
  const method = options.method ?? "files";
  const hashType = options.hashType ?? "sha256";
  const core = CORE_ALGORITHM[hashType];
  if (!core) throw new ModelvetError("USAGE", `unknown hash type ${String(hashType)}`);
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (method === "shards" && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new ModelvetError("USAGE", `shard size must be a positive integer, got ${shardSize}`);
  }
  const allowSymlinks = options.allowSymlinks ?? false;
  const ignores = /* @__PURE__ */ new Set();
  if (options.ignoreGitPaths ?? true) for (const g of GIT_PATHS) ignores.add(g);
  for (const p of options.ignorePaths ?? []) {
    const n = normalizeRelPath(p, modelPath);
    if (n !== void 0) ignores.add(n);
  }
  const { files, problems } = await enumerateModel(modelPath, {
    ignores: [...ignores],
    allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false
  });
  if (method === "shards") {
    const count = files.reduce((n, f) => n + Math.ceil(f.size / shardSize), 0);
    if (count > MAX_SHARDS)
      throw new ModelvetError(
        "USAGE",
        `a shard size of ${shardSize} bytes cuts this model into ${count} shards (more than ${MAX_SHARDS})`
      );
  }
  const tasks = [];
  for (const file of files) {
    if (method === "files") tasks.push({ file, name: file.rel, start: 0, end: file.size });
    else
      for (let start = 0; start < file.size; start += shardSize) {
        const end = Math.min(start + shardSize, file.size);
        tasks.push({ file, name: `${file.rel}:${start}:${end}`, start, end });
      }
  }
  const algorithm = method === "files" ? hashType : shardAlgorithm(hashType, shardSize);
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), tasks.length)), { inline: true });
  let digests;
  try {
    digests = await Promise.all(
      tasks.map(async (t) => {
        const known = method === "files" && hashType === "sha256" ? options.knownSha256?.(t.file.rel) : void 0;
        if (known) {
          options.onProgress?.(t.end - t.start);
          return known;
        }
        const r = await pool.hash({
          path: t.file.fsPath,
          displayPath: t.file.rel,
          algorithms: [core],
          ...method === "shards" ? { start: t.start, length: t.end - t.start } : {},
          ...options.onProgress ? { onProgress: options.onProgress } : {}
        });
        return r.digests[core];
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  const resources = tasks.map((t, i) => ({ name: t.name, algorithm, digest: digests[i] }));
  const recorded = options.recordIgnorePaths ?? [...ignores];
  const serialization = {
    method,
    hashType,
    allowSymlinks,
    ...method === "shards" ? { shardSize } : {},
    ignorePaths: [...new Set(recorded)].sort(comparePaths)
  };
  return {
    modelName: modelNameOf(modelPath),
    serialization,
    resources,
    rootDigest: rootDigestOf(resources),
    files,
    problems
  };
}
function pythonFloat(n) {
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}
function statementJson(manifest) {
  const s = manifest.serialization;
  const MARK = "@@shard_size@@";
  const serialization = {
    method: s.method,
    hash_type: s.hashType,
    allow_symlinks: s.allowSymlinks,
    ...s.method === "shards" ? { shard_size: MARK } : {},
    ...s.ignorePaths.length ? { ignore_paths: s.ignorePaths } : {}
  };
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: manifest.modelName, digest: { sha256: manifest.rootDigest } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization,
      resources: manifest.resources.map((r) => ({ algorithm: r.algorithm, digest: r.digest, name: r.name }))
    }
  };
  const text = JSON.stringify(statement, null, 2);
  return s.method === "shards" ? text.replace(
    `"shard_size": "${MARK}"`,
    `"shard_size": ${pythonFloat(s.shardSize ?? DEFAULT_SHARD_SIZE)}`
  ) : text;
}

// src/verify/manifest-statement.ts
var StatementError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StatementError";
  }
};
var MAX_RESOURCES = 1e7;
var HEX = /^(?:[0-9a-f]{2})+$/;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function fail(message) {
  throw new StatementError(message);
}
function parseResources(list) {
  if (!Array.isArray(list)) fail("predicate.resources is not a list");
  if (list.length > MAX_RESOURCES) fail(`too many resources (${list.length})`);
  const seen = /* @__PURE__ */ new Set();
  return list.map((r, i) => {
    if (!isObject(r)) fail(`resource ${i} is not an object`);
    const { name, algorithm, digest } = r;
    if (typeof name !== "string" || name === "") fail(`resource ${i} has no name`);
    if (typeof algorithm !== "string" || algorithm === "") fail(`resource ${name} has no algorithm`);
    if (typeof digest !== "string" || !HEX.test(digest.toLowerCase()))
      fail(`resource ${name} has no hex digest`);
    if (seen.has(name)) fail(`resource ${name} is listed twice`);
    seen.add(name);
    return { name, algorithm, digest: digest.toLowerCase() };
  });
}
function parseSerialization(s) {
  if (!isObject(s)) fail("predicate.serialization is missing");
  const { method, hash_type, allow_symlinks, shard_size, ignore_paths } = s;
  if (method !== "files" && method !== "shards") fail(`unknown serialization method ${String(method)}`);
  if (!isOmsHashType(hash_type)) fail(`unknown hash_type ${String(hash_type)}`);
  if (allow_symlinks !== void 0 && typeof allow_symlinks !== "boolean")
    fail("serialization.allow_symlinks is not a boolean");
  let shardSize;
  if (method === "shards") {
    if (typeof shard_size !== "number" || !Number.isSafeInteger(shard_size) || shard_size < 1)
      fail(`serialization.shard_size is not a positive whole number: ${String(shard_size)}`);
    shardSize = shard_size;
  }
  let ignorePaths = [];
  if (ignore_paths !== void 0) {
    if (!Array.isArray(ignore_paths) || !ignore_paths.every((p) => typeof p === "string"))
      fail("serialization.ignore_paths is not a list of strings");
    ignorePaths = [...ignore_paths].sort(comparePaths);
  }
  return {
    method,
    hashType: hash_type,
    allowSymlinks: allow_symlinks ?? false,
    ...shardSize !== void 0 ? { shardSize } : {},
    ignorePaths
  };
}
function parseStatement(text) {
  let doc;
  try {
    doc = JSON.parse(typeof text === "string" ? text : Buffer.from(text).toString("utf8"));
  } catch (err) {
    fail(`not JSON: ${err.message}`);
  }
  if (!isObject(doc)) fail("not a JSON object");
  if (doc._type !== STATEMENT_TYPE) fail(`_type is ${JSON.stringify(doc._type)}, not ${STATEMENT_TYPE}`);
  const subjects = doc.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) fail("statement has no subject");
  if (doc.predicateType === PREDICATE_TYPE) {
    if (subjects.length !== 1) fail(`expected exactly one subject, found ${subjects.length}`);
    const subject = subjects[0];
    if (!isObject(subject) || !isObject(subject.digest)) fail("subject has no digest");
    const root = subject.digest.sha256;
    if (typeof root !== "string" || !/^[0-9a-fA-F]{64}$/.test(root)) fail("subject has no sha256 digest");
    if (!isObject(doc.predicate)) fail("statement has no predicate");
    const serialization = parseSerialization(doc.predicate.serialization);
    const resources = parseResources(doc.predicate.resources);
    const computed = rootDigestOf(resources);
    if (computed !== root.toLowerCase())
      fail(
        `manifest is inconsistent: the subject digest ${root} is not the digest of the resources (${computed})`
      );
    return {
      modelName: typeof subject.name === "string" ? subject.name : "",
      rootDigest: computed,
      serialization,
      resources,
      predicateType: PREDICATE_TYPE
    };
  }
  if (doc.predicateType === PREDICATE_TYPE_COMPAT) {
    const resources = parseResources(
      subjects.map((s) => {
        if (!isObject(s) || !isObject(s.digest)) fail("subject has no digest");
        return { name: s.name, algorithm: "sha256", digest: s.digest.sha256 };
      })
    );
    return {
      modelName: "compat-undefined-not-present",
      serialization: { method: "files", hashType: "sha256", allowSymlinks: false, ignorePaths: [] },
      resources,
      predicateType: PREDICATE_TYPE_COMPAT
    };
  }
  fail(`unknown predicateType ${JSON.stringify(doc.predicateType)}`);
}

// src/verify/oms/errors.ts
var OmsError = class extends Error {
  code;
  constructor(code, message, options) {
    super(oneLine(message), options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "OmsError";
    this.code = code;
  }
};
function oneLine(message) {
  return message.replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 2e3);
}
function quote(value, max = 120) {
  const s = typeof value === "string" ? value : String(value);
  const q = JSON.stringify(s.length > max ? `${s.slice(0, max)}\u2026` : s);
  return q;
}

export {
  PREDICATE_TYPE_COMPAT,
  GIT_PATHS,
  isOmsHashType,
  normalizeRelPath,
  parseShardName,
  enumerateModel,
  computeManifest,
  statementJson,
  StatementError,
  parseStatement,
  OmsError,
  quote
};
