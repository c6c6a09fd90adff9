import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/policy/types.ts
function emptyPolicy(source = "<inline>", origin = "explicit") {
  return {
    source,
    origin,
    rules: {},
    formats: {},
    pickle: { allow: [], forced: [] },
    verification: { require: "none", signers: [] },
    sources: {},
    ignore: []
  };
}

export {
  emptyPolicy
};
