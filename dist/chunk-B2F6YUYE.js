import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
} from "./chunk-EYW3P5SB.js";
import "./chunk-CHSPD2H6.js";
import "./chunk-FI7WJMRJ.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-4JKOCVCT.js";
import "./chunk-AHD6AZJW.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
};
