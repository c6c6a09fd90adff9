import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MAX_POLICY_BYTES,
  formatKeyPath,
  formatPolicyErrors,
  globProblem,
  loadPolicy,
  parsePolicy,
  readPolicyFile
} from "./chunk-IJUABPB4.js";
import "./chunk-PDIE5V46.js";
import "./chunk-3WSOERCR.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-WRBY765S.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  MAX_POLICY_BYTES,
  formatKeyPath,
  formatPolicyErrors,
  globProblem,
  loadPolicy,
  parsePolicy,
  readPolicyFile
};
