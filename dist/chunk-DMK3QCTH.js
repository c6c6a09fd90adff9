import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  invalidOutcome,
  isDirectory,
  readManifestFile,
  sidecarIgnore,
  verifyAgainstResources
} from "./chunk-OMQPXWHH.js";
import {
  parseStatement
} from "./chunk-BKBTHFMR.js";
import {
  GIT_PATHS,
  computeManifest,
  statementJson
} from "./chunk-VRSNAFVI.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

// src/verify/lock.ts
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var LOCK_FILE_NAME = "modelvet.lock.json";
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
async function defaultLockPath(modelPath) {
  return await isDirectory(modelPath) ? join(modelPath, LOCK_FILE_NAME) : join(dirname(modelPath), LOCK_FILE_NAME);
}
async function lockManifest(modelPath, options = {}) {
  const st = await stat(modelPath).catch((err) => {
    throw new ModelvetError("NOT_FOUND", describeError(err, modelPath), { path: modelPath });
  });
  const output = options.output ?? await defaultLockPath(modelPath);
  const root = st.isDirectory() ? modelPath : dirname(modelPath);
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
  return { path: output, manifest };
}
async function writeLock(modelPath, options = {}) {
  const { path: output, manifest } = await lockManifest(modelPath, options);
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
    target = join(modelPath, name);
  }
  return verifyAgainstResources(
    target,
    parsed,
    { kind: "lock", source, sourcePath: lockPath },
    { ...options, ...target !== modelPath ? { display: join(display, parsed.modelName) } : {} }
  );
}

export {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  writeLock,
  verifyLock
};
