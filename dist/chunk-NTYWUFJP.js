import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ALWAYS_ALLOWED_KINDS,
  applyPolicy,
  isExpired,
  isLockVerification,
  isSignatureVerification,
  looseningKeys,
  relativeToTarget,
  sourceRefusal,
  trustedPart
} from "./chunk-SQJBRBP4.js";
import "./chunk-PDIE5V46.js";
import "./chunk-5A6NZOAM.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-SGGY2HRM.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-YKEYWHWZ.js";
export {
  ALWAYS_ALLOWED_KINDS,
  applyPolicy,
  isExpired,
  isLockVerification,
  isSignatureVerification,
  looseningKeys,
  relativeToTarget,
  sourceRefusal,
  trustedPart
};
