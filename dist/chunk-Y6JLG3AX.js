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
} from "./chunk-46DPELR3.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-Q7LR2GSL.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-PDIE5V46.js";
import "./chunk-CYWQ26SF.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-2S424KAA.js";
import "./chunk-Q45GNVX7.js";
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
