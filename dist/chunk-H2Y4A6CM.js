import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
} from "./chunk-5CL4HIYO.js";
import "./chunk-F7QOPR7L.js";
import "./chunk-UXT4UHFE.js";
import "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-5K2Y5JK3.js";
import "./chunk-WZR6DY5N.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  loadOmsTrust,
  omsTrustOptions,
  verifyOmsBundle,
  verifyOmsBundleJson,
  verifyOmsSignatureFile
};
