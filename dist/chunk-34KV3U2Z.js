import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MAX_POLICY_BYTES,
  didYouMean,
  formatKeyPath,
  formatPolicyErrors,
  globProblem,
  loadPolicy,
  parsePolicy,
  readPolicyFile
} from "./chunk-NXQSIJPW.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-WMWBIXR2.js";
import "./chunk-RK7EZMNU.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-YKEYWHWZ.js";
export {
  MAX_POLICY_BYTES,
  didYouMean,
  formatKeyPath,
  formatPolicyErrors,
  globProblem,
  loadPolicy,
  parsePolicy,
  readPolicyFile
};
