#!/usr/bin/env node
import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-YKEYWHWZ.js";

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
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(EXIT_BROKEN_PIPE);
      throw err;
    });
  const { main } = await import("./chunk-LEBYX6DS.js");
  process.exitCode = await main(args);
}
