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
} from "./chunk-XJQMU7KY.js";
import "./chunk-PDIE5V46.js";
import "./chunk-7PDB4RG3.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-EG2XXEHO.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-IO3VPQQV.js";
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
