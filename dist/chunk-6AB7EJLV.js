import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/sources/source.ts
var isRemoteUrl = (p) => /^(?:hf|ollama):\/\//i.test(p);

export {
  isRemoteUrl
};
