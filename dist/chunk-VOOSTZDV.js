import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
} from "./chunk-IRIA3YC2.js";
import "./chunk-RKIQYEJC.js";
import "./chunk-TI7WUZ7U.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-F3EE6S23.js";
import "./chunk-YSGONSSS.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
};
