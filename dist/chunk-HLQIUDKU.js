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
} from "./chunk-YSC6JEF6.js";
import "./chunk-BR5G2BB7.js";
import "./chunk-RY6BK7YD.js";
import "./chunk-LZFS3KT3.js";
import "./chunk-GH5VI6YS.js";
import "./chunk-UDPYNYHJ.js";
import "./chunk-WMJUBWP6.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-L2OXUHXA.js";
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
