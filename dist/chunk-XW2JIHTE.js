import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MAX_PARTIAL_BYTES,
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  jsonDigest,
  partialJson,
  positionsOf,
  readPartial,
  refused
} from "./chunk-ZU2FL5EE.js";
import "./chunk-ZOW5YN2T.js";
import "./chunk-NISXE5VR.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  MAX_PARTIAL_BYTES,
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  jsonDigest,
  partialJson,
  positionsOf,
  readPartial,
  refused
};
