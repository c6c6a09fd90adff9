#!/usr/bin/env node
import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-YKEYWHWZ.js";

// src/bin.ts
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v" || args[0] === "version")) {
  process.stdout.write(`${VERSION}
`);
} else {
  const { main } = await import("./chunk-DE6SVCFX.js");
  process.exitCode = await main(args);
}
