import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/core/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function relativeInside(root, path) {
  const r = relative(root, path);
  const leaves = r === ".." || r.startsWith(`..${sep}`) || isAbsolute(r);
  return leaves ? void 0 : r;
}
function isWithin(root, path) {
  return relativeInside(root, path) !== void 0;
}

export {
  relativeInside,
  isWithin
};
