import {
  HashPool,
  defaultJobs
} from "./chunk-EYDS4DR2.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

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
  const select = options.selectResource;
  const positions = select ? tasks.flatMap((t, i) => select(t.name) ? [i] : []) : void 0;
  const chosen = positions ? positions.map((i) => tasks[i]) : tasks;
  const algorithm = method === "files" ? hashType : shardAlgorithm(hashType, shardSize);
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), chosen.length)), { inline: true });
  let digests;
  try {
    digests = await Promise.all(
      chosen.map(async (t) => {
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
          onProgress: options.onProgress
        });
        return r.digests[core];
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  const resources = chosen.map((t, i) => ({ name: t.name, algorithm, digest: digests[i] }));
  const recorded = options.recordIgnorePaths ?? [...ignores];
  const serialization = {
    method,
    hashType,
    allowSymlinks,
    shardSize: method === "shards" ? shardSize : void 0,
    ignorePaths: [...new Set(recorded)].sort(comparePaths)
  };
  return {
    modelName: modelNameOf(modelPath),
    serialization,
    resources,
    rootDigest: rootDigestOf(resources),
    files,
    problems,
    slice: positions ? { positions, total: tasks.length } : void 0
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
    shard_size: s.method === "shards" ? MARK : void 0,
    ignore_paths: s.ignorePaths.length ? s.ignorePaths : void 0
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

export {
  STATEMENT_TYPE,
  PREDICATE_TYPE,
  PREDICATE_TYPE_COMPAT,
  GIT_PATHS,
  OMS_HASH_TYPES,
  normalizeRelPath,
  comparePaths,
  parseShardName,
  rootDigestOf,
  enumerateModel,
  computeManifest,
  statementJson
};
