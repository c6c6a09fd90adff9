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
} from "./chunk-SS6QTAV5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-YE6F4LJ2.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-ZHNZZ3DY.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-2S424KAA.js";
import "./chunk-Q45GNVX7.js";
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
