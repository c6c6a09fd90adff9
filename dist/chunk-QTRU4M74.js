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
} from "./chunk-7NIXNCWY.js";
import "./chunk-NE4NMOFS.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-V6NJ47XA.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
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
