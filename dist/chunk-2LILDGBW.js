import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ALWAYS_ALLOWED_KINDS,
  applyPolicy,
  isExpired,
  isLockVerification,
  isSignatureVerification,
  looseningKeys,
  parseSource,
  relativeToTarget,
  sourceAllowed,
  sourceFromEvidence,
  trustedPart
} from "./chunk-SKM457UD.js";
import "./chunk-GFWMR3GV.js";
import "./chunk-PDIE5V46.js";
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
  parseSource,
  relativeToTarget,
  sourceAllowed,
  sourceFromEvidence,
  trustedPart
};
