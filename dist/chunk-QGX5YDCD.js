import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeScan
} from "./chunk-Z66MGIPM.js";
import {
  readPartial
} from "./chunk-ZU2FL5EE.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/shard/merge-files.ts
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
async function partialFiles(args) {
  const out = [];
  for (const a of args) {
    const st = await stat(a).catch(() => void 0);
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
    const { mergeLockText } = await import("./chunk-QC4USZJM.js");
    return { kind: "lock", lockText: mergeLockText(partials) };
  }
  const scans = partials.filter((p) => p.kind === "scan");
  if (scans.length !== partials.length)
    throw new ModelvetError("PARTIAL_REFUSED", "cannot merge scan and lock partials");
  return { kind: "scan", report: await mergeScan(scans, failOn ? { failOn } : {}) };
}

export {
  partialFiles,
  mergeFiles
};
