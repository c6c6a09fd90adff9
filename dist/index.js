import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-BOXATMNM.js";
import {
  signModel
} from "./chunk-ZKRCEDJQ.js";
import {
  scanShard
} from "./chunk-VLTSKWWV.js";
import {
  scan
} from "./chunk-DZML2SIF.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-3YQSL23M.js";
import {
  resolvePolicy
} from "./chunk-235E7FMY.js";
import "./chunk-ZM6O23B5.js";
import {
  mergeFiles
} from "./chunk-5VHWLMLM.js";
import {
  mergeScan
} from "./chunk-2DLVCLWF.js";
import {
  readPartial
} from "./chunk-YWWUCH5O.js";
import {
  applyPolicy
} from "./chunk-6NYTARDJ.js";
import "./chunk-PDIE5V46.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-4INEN3GP.js";
import {
  renderMarkdown
} from "./chunk-7K732L64.js";
import "./chunk-54V6KRSX.js";
import "./chunk-XSZXMNCD.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule
} from "./chunk-RNAKUNU2.js";
import "./chunk-QMFFIPQC.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-TLU7KXYY.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyOllama
} from "./chunk-XSYHPE5B.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-URGX5T5J.js";
import "./chunk-TWVFZO37.js";
import "./chunk-CI32WSJJ.js";
import "./chunk-6JVEA4JX.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-QI7JCVSX.js";
import {
  verifyLock,
  writeLock
} from "./chunk-VRE43KTA.js";
import "./chunk-H6L32EXZ.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-Y7KG3N3V.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  StatementError,
  parseStatement
} from "./chunk-MSJ6EVQR.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import {
  DigestCache,
  HashPool
} from "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import {
  hashFile
} from "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-QIWC6PL4.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-V7NMCTYZ.js";
import {
  parseShard
} from "./chunk-UO5WGXO7.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-ZJBWWTGD.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  BUILTIN_PARTS,
  DigestCache,
  DocumentError,
  HashPool,
  ModelvetError,
  OmsError,
  REPORT_FORMATS,
  SEVERITIES,
  StatementError,
  VERSION,
  allRules,
  applyPolicy,
  buildSarif,
  computeManifest,
  createScanner,
  defaultScanner,
  defineRule,
  formatPolicyErrors,
  getRule,
  hashFile,
  loadPolicy,
  writeLock as lock,
  mergeFiles,
  mergeScan,
  omsTrustOptions,
  parsePolicy,
  parseShard,
  parseStatement,
  pull,
  readPartial,
  renderMarkdown,
  renderReport,
  renderSarif,
  resolvePolicy,
  scan,
  scanShard,
  signModel as sign,
  signModel,
  statementJson,
  verifyPath as verify,
  verifyHfCache,
  verifyLock,
  verifyOllama,
  verifyOmsSignatureFile,
  verifySums
};
