import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SIGNATURE_FILE,
  SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED,
  lockCommand,
  verifyCommand,
  verifyPath,
  verifySidecars,
  verifySignature,
  verifySignatureAny
} from "./chunk-NX2AI2TD.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-RY6BK7YD.js";
import "./chunk-LZFS3KT3.js";
import "./chunk-GH5VI6YS.js";
import "./chunk-NXNOROTZ.js";
import "./chunk-HD6VATNX.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-EHB32V2H.js";
import "./chunk-PWEJK443.js";
import "./chunk-WRBY765S.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  SIGNATURE_FILE,
  SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED,
  lockCommand,
  verifyCommand,
  verifyPath,
  verifySidecars,
  verifySignature,
  verifySignatureAny
};
