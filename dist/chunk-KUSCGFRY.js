import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  POLICY_FILE_NAMES,
  discoverPolicy,
  policyFileIn,
  resolvePolicy
} from "./chunk-KFMM6QRR.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  POLICY_FILE_NAMES,
  discoverPolicy,
  policyFileIn,
  resolvePolicy
};
