#!/usr/bin/env node
import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  loadCli
} from "./chunk-4JKOCVCT.js";
import "./chunk-YKEYWHWZ.js";

// src/cli/heap-tuning.ts
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
var TUNED_COMMANDS = /* @__PURE__ */ new Set(["scan", "lock", "pull", "verify", "sign", "merge"]);
function wantsHeapTuning(args2) {
  return TUNED_COMMANDS.has(args2[0] ?? "");
}
function reexecWithHeapTuning(args2) {
  if (process.env.MODELVET_HEAP_TUNING === "0" || !wantsHeapTuning(args2)) return;
  if (process.platform === "win32" || typeof process.execve !== "function") return;
  if (hasHeapTuning(process.execArgv, process.env.NODE_OPTIONS)) return;
  const argv = tunedArgv(process.execPath, process.execArgv, process.argv);
  try {
    process.execve(process.execPath, argv, process.env);
  } catch {
  }
}

// src/bin.ts
var MIN_NODE = 22;
var EXIT_BROKEN_PIPE = 141;
var major = Number(process.versions.node.split(".")[0]);
var args = process.argv.slice(2);
if (!(major >= MIN_NODE)) {
  process.stderr.write(`modelvet needs Node >= ${MIN_NODE} (found ${process.versions.node})
`);
  process.exitCode = 2;
} else if (args.length === 1 && (args[0] === "--version" || args[0] === "version")) {
  process.stdout.write(`${VERSION}
`);
} else {
  reexecWithHeapTuning(args);
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(EXIT_BROKEN_PIPE);
      throw err;
    });
  const { main } = await loadCli();
  process.exitCode = await main(args);
}
