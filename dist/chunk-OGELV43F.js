import {
  isRemoteUrl
} from "./chunk-6AB7EJLV.js";

// src/cli/heap-tuning.ts
import { closeSync, opendirSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
var SEMI_SPACE_MIB = 8;
var FLAG = "--max-semi-space-size";
function hasHeapTuning(execArgv, nodeOptions) {
  return execArgv.some((a) => a.startsWith(FLAG)) || (nodeOptions ?? "").includes(FLAG);
}
function tunedArgv(execPath, execArgv, argv) {
  return [
    execPath,
    `${FLAG}=${SEMI_SPACE_MIB}`,
    "--no-allocation-site-pretenuring",
    ...execArgv,
    ...argv.slice(1)
  ];
}
function pathInputs(positionals, at) {
  const given = positionals.length ? positionals : ["."];
  return given.some(isRemoteUrl) ? "unknown" : given.map(at);
}
var MANY_ENTRIES = 1e3;
var BULK_BYTES = 64 * 1024 * 1024;
var PARSED_BYTES = 256 * 1024;
function inputsNeedHeapTuning(inputs) {
  if (inputs === "unknown") return true;
  const pending = [...inputs];
  let entries = 0;
  let parsedBytes = 0;
  while (pending.length) {
    const path = pending.pop();
    if (++entries > MANY_ENTRIES) return true;
    const st = statOrUndefined(path);
    if (st?.isDirectory())
      for (const n of namesIn(path, MANY_ENTRIES + 1 - entries)) pending.push(join(path, n));
    else if (!st?.isFile()) continue;
    else if (st.size < BULK_BYTES) {
      parsedBytes += st.size;
      if (parsedBytes > PARSED_BYTES) return true;
    } else if (startsLikeListedContent(path)) return true;
  }
  return false;
}
function statOrUndefined(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function namesIn(dir, limit) {
  const names = [];
  let handle;
  try {
    handle = opendirSync(dir);
    for (let e = handle.readSync(); e !== null && names.length < limit; e = handle.readSync())
      names.push(e.name);
  } catch {
  } finally {
    handle?.closeSync();
  }
  return names;
}
var LISTED_MAGICS = [
  [80, 75, 3, 4],
  [55, 122, 188, 175, 39, 28],
  [31, 139],
  [253, 55, 122, 88, 90, 0],
  [66, 90, 104],
  [40, 181, 47, 253],
  [4, 34, 77, 24]
];
function startsLikeListedContent(path) {
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(path, "r");
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const at = head.subarray(0, n);
  if (LISTED_MAGICS.some((m) => m.every((b, i) => at[i] === b))) return true;
  if (at[0] === 128 && (at[1] ?? 0) >= 2 && (at[1] ?? 0) <= 5) return true;
  return at.subarray(257, 262).toString("latin1") === "ustar";
}
function reexecWithHeapTuning(inputs) {
  const setting = process.env.MODELVET_HEAP_TUNING;
  if (setting === "0") return;
  if (process.platform === "win32" || typeof process.execve !== "function") return;
  if (hasHeapTuning(process.execArgv, process.env.NODE_OPTIONS)) return;
  if (setting !== "1" && !inputsNeedHeapTuning(inputs)) return;
  const argv = tunedArgv(process.execPath, process.execArgv, process.argv);
  try {
    process.execve(process.execPath, argv, process.env);
  } catch {
  }
}

export {
  pathInputs,
  reexecWithHeapTuning
};
