import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
} from "./chunk-HS3VYR7X.js";
import "./chunk-NXNOROTZ.js";
import "./chunk-HD6VATNX.js";
import "./chunk-EHB32V2H.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
};
