import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
} from "./chunk-STSCKFBS.js";
import "./chunk-Q7LR2GSL.js";
import {
  HASH_ERROR
} from "./chunk-TRR74BFV.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-ZX57WS7G.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-QZN6SBSR.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-4JAM5XID.js";
import "./chunk-5A6NZOAM.js";
import "./chunk-G76LQBFC.js";
import "./chunk-AJ7SMK37.js";
import "./chunk-7QHELHM2.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-KP4TJGJ3.js";
import "./chunk-7AMW3NJ7.js";
import "./chunk-NVN3EHU5.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-U52NZ6KN.js";
import "./chunk-QI7JCVSX.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-SGGY2HRM.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
};
