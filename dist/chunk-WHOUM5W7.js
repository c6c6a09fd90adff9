import {
  emptyPolicy
} from "./chunk-ZM6O23B5.js";
import {
  loadHumanRenderer,
  loadJsonRenderer,
  loadMarkdownRenderer,
  loadPolicyLoader,
  loadSarifRenderer
} from "./chunk-5OVHDXLO.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/report/render.ts
var REPORT_FORMATS = ["human", "json", "sarif", "markdown"];
function isReportFormat(value) {
  return REPORT_FORMATS.includes(value);
}
async function renderReport(report, o) {
  switch (o.format) {
    case "json":
      return (await loadJsonRenderer()).renderJson(report);
    case "sarif":
      return (await loadSarifRenderer()).renderSarif(report, {
        cwd: o.cwd,
        rules: o.rules
      });
    case "markdown":
      return (await loadMarkdownRenderer()).renderMarkdown(report, {
        quiet: Boolean(o.quiet),
        maxBytes: o.maxBytes,
        rules: o.rules
      });
    case "human":
      return (await loadHumanRenderer()).renderHuman(report, {
        color: Boolean(o.color),
        quiet: Boolean(o.quiet),
        verbose: Boolean(o.verbose),
        rules: o.rules
      });
  }
}

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
    let file;
    try {
      file = await policyFileIn(dir, false);
    } catch (err) {
      const first = POLICY_FILE_NAMES.map((n) => join(dir, n))[0];
      return {
        file: relative(here, first) || first,
        origin: "scanned-folder",
        problem: err.message
      };
    }
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
  const { onWarning, ...load } = options;
  if (typeof policyOption === "string" && policyOption !== "") {
    const { loadPolicy: loadPolicy2 } = await loadPolicyLoader();
    const policy2 = await loadPolicy2(resolve(cwd, policyOption), { ...load, origin: "explicit" });
    policy2.source = policyOption;
    return { policy: policy2, message: `using policy ${policyOption} (--policy)` };
  }
  const found = await discoverPolicy(paths, cwd);
  if (!found) return {};
  if (found.origin === "scanned-folder") return scannedFolderPolicy(found, cwd, load, onWarning);
  const { loadPolicy } = await loadPolicyLoader();
  const policy = await loadPolicy(resolve(cwd, found.file), { ...load, origin: found.origin });
  policy.source = found.file;
  return { policy, message: `using policy ${found.file} (found in the working directory)` };
}
async function scannedFolderPolicy(found, cwd, load, onWarning) {
  const read = found.problem ? { errors: [{ path: "(file)", message: found.problem }] } : await readScannedPolicy(resolve(cwd, found.file), load);
  if (read.policy) {
    read.policy.source = found.file;
    return {
      policy: read.policy,
      message: `using policy ${found.file} (found in the scanned folder: it may only tighten checks; pass it with --policy to trust it)`
    };
  }
  onWarning?.(
    `${found.file} in the scanned folder is not a valid policy; it was not applied (reported as policy/invalid-policy)`
  );
  const policy = { ...emptyPolicy(found.file, "scanned-folder"), invalid: { errors: read.errors } };
  return { policy, message: `not using policy ${found.file} (found in the scanned folder; invalid)` };
}
async function readScannedPolicy(file, load) {
  const { readPolicyFile } = await loadPolicyLoader();
  try {
    return await readPolicyFile(file, { ...load, origin: "scanned-folder" });
  } catch (err) {
    return {
      errors: [{ path: "(file)", message: err instanceof ModelvetError ? err.message : "unreadable" }]
    };
  }
}

export {
  REPORT_FORMATS,
  isReportFormat,
  renderReport,
  POLICY_FILE_NAMES,
  discoverPolicy,
  resolvePolicy
};
