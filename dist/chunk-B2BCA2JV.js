import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  isWithin
} from "./chunk-DRNDJL4J.js";

// src/core/outside.ts
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
async function realpathOfMaybeMissing(p) {
  const rest = [];
  let cur = resolve(p);
  for (; ; ) {
    const real = await realpath(cur).catch(() => void 0);
    if (real !== void 0) return join(real, ...rest.reverse());
    const parent = dirname(cur);
    if (parent === cur) return resolve(p);
    rest.push(basename(cur));
    cur = parent;
  }
}
async function rootContaining(path, roots) {
  const real = await realpathOfMaybeMissing(path);
  for (const root of roots) {
    const realRoot = await realpath(root).catch(() => resolve(root));
    if (isWithin(realRoot, real)) return root;
  }
  return void 0;
}

export {
  rootContaining
};
