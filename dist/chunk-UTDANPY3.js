import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
} from "./chunk-HXXBQYAR.js";
import "./chunk-UDPYNYHJ.js";
import "./chunk-WMJUBWP6.js";
import "./chunk-L2OXUHXA.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
};
