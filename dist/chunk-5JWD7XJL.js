import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  openRemote,
  remoteClient,
  scanRemoteSource
} from "./chunk-SFEE4FOY.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-G2Z24UZ5.js";
import "./chunk-OZS5FRZO.js";
import "./chunk-SERLXDJN.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  openRemote,
  remoteClient,
  scanRemoteSource
};
