import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  scanFileListDigest,
  scanSettingsDigest,
  scanShard
} from "./chunk-QTKDCOXZ.js";
import "./chunk-HTVZQVZY.js";
import "./chunk-GNST2DK5.js";
import "./chunk-WMWBIXR2.js";
import "./chunk-CWHEIGVO.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-XM6ZPH6D.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-RCNSWWQC.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-5A6NZOAM.js";
import "./chunk-AIW6BRPF.js";
import "./chunk-I4W7H4Y4.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-SGGY2HRM.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  scanFileListDigest,
  scanSettingsDigest,
  scanShard
};
