import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-4INEN3GP.js";
import "./chunk-RNAKUNU2.js";
import "./chunk-QMFFIPQC.js";
import "./chunk-TLU7KXYY.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-XSYHPE5B.js";
import "./chunk-URGX5T5J.js";
import "./chunk-CI32WSJJ.js";
import "./chunk-6JVEA4JX.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-QI7JCVSX.js";
import "./chunk-VRE43KTA.js";
import "./chunk-H6L32EXZ.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-MSJ6EVQR.js";
import "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-ZJBWWTGD.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
};
