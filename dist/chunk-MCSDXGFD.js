import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  scanFileListDigest,
  scanSettingsDigest,
  scanShard
} from "./chunk-DAJY64IB.js";
import "./chunk-7YWIPGV2.js";
import "./chunk-5ELLO5NB.js";
import "./chunk-WMWBIXR2.js";
import "./chunk-4HFL45DU.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-HQYU3EOU.js";
import "./chunk-Q5EW2LHM.js";
import "./chunk-RHIQB5OQ.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-7PDB4RG3.js";
import "./chunk-F4NF6C67.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-EG2XXEHO.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-OFIXIBNK.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  scanFileListDigest,
  scanSettingsDigest,
  scanShard
};
