import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";

// src/policy/discover.ts
import { lstat, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
var POLICY_FILE_NAMES = [".modelvet.yml", ".modelvet.yaml", ".modelvet.json"];
async function isFile(p, followLinks) {
  try {
    return (await (followLinks ? stat(p) : lstat(p))).isFile();
  } catch {
    return false;
  }
}
async function policyFileIn(dir, followLinks) {
  const found = [];
  for (const name of POLICY_FILE_NAMES) if (await isFile(join(dir, name), followLinks)) found.push(name);
  if (found.length > 1)
    throw new ModelvetError("USAGE", `${dir} has ${found.join(" and ")}; keep one policy file`, {
      path: dir
    });
  return found[0] === void 0 ? void 0 : join(dir, found[0]);
}
async function discoverPolicy(paths, cwd) {
  const here = resolve(cwd);
  const roots = [];
  for (const p of paths) {
    const dir = resolve(cwd, p);
    const st = await stat(dir).catch(() => void 0);
    if (st?.isDirectory() && !roots.includes(dir)) roots.push(dir);
  }
  if (!roots.includes(here)) {
    const file = await policyFileIn(here, true);
    if (file) return { file: relative(here, file) || file, origin: "working-directory" };
  }
  let found;
  for (const dir of roots) {
    const file = await policyFileIn(dir, false);
    if (!file) continue;
    const shown = relative(here, file) || file;
    if (found && resolve(here, found.file) !== resolve(file)) {
      throw new ModelvetError(
        "USAGE",
        `scanned folders have different policies (${found.file}, ${shown}); choose one with --policy`
      );
    }
    found = { file: shown, origin: "scanned-folder" };
  }
  return found;
}
async function resolvePolicy(policyOption, paths, cwd, options = {}) {
  if (policyOption === false) return {};
  if (typeof policyOption === "string" && policyOption !== "") {
    const { loadPolicy: loadPolicy2 } = await import("./chunk-Q2EOPOLB.js");
    const policy2 = await loadPolicy2(resolve(cwd, policyOption), { ...options, origin: "explicit" });
    policy2.source = policyOption;
    return { policy: policy2, message: `using policy ${policyOption} (--policy)` };
  }
  const found = await discoverPolicy(paths, cwd);
  if (!found) return {};
  const { loadPolicy } = await import("./chunk-Q2EOPOLB.js");
  const policy = await loadPolicy(resolve(cwd, found.file), { ...options, origin: found.origin });
  policy.source = found.file;
  const where = found.origin === "scanned-folder" ? "found in the scanned folder: it may only tighten checks; pass it with --policy to trust it" : "found in the working directory";
  return { policy, message: `using policy ${found.file} (${where})` };
}

export {
  POLICY_FILE_NAMES,
  policyFileIn,
  discoverPolicy,
  resolvePolicy
};
