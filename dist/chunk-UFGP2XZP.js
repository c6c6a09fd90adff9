import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  openRemote,
  remoteClient,
  scanRemoteSource
} from "./chunk-2SMMEJM5.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-YSPX3B5J.js";
import "./chunk-FI7WJMRJ.js";
import "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-AHD6AZJW.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  openRemote,
  remoteClient,
  scanRemoteSource
};
