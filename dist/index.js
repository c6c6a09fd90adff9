import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles
} from "./chunk-PTJNYDHM.js";
import {
  signModel
} from "./chunk-VSWU7ZWN.js";
import {
  scanShard
} from "./chunk-QTKDCOXZ.js";
import {
  mergeScan
} from "./chunk-46SVU4J3.js";
import {
  readPartial
} from "./chunk-HTVZQVZY.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-7WBTVUDM.js";
import "./chunk-4UJNY4B6.js";
import {
  resolvePolicy
} from "./chunk-F2FMV2BS.js";
import "./chunk-ZM6O23B5.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-BQQKOJKR.js";
import {
  applyPolicy
} from "./chunk-SQJBRBP4.js";
import "./chunk-PDIE5V46.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-GNST2DK5.js";
import "./chunk-WMWBIXR2.js";
import {
  verifyHfCache,
  verifyOllama,
  verifyPath,
  verifySums
} from "./chunk-CWHEIGVO.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-XM6ZPH6D.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  DocumentError,
  StatementError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-RCNSWWQC.js";
import {
  DigestCache,
  HashPool
} from "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-5A6NZOAM.js";
import {
  renderMarkdown
} from "./chunk-ELHFENZF.js";
import "./chunk-TWVFZO37.js";
import "./chunk-AIW6BRPF.js";
import "./chunk-I4W7H4Y4.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import {
  hashFile
} from "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-QPEMMWWC.js";
import {
  parseShard
} from "./chunk-UO5WGXO7.js";
import "./chunk-SGGY2HRM.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-22YJGM4C.js";
import "./chunk-XZSABDUY.js";
import "./chunk-XSZXMNCD.js";
import {
  SEVERITIES,
  allRules,
  getRule
} from "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
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
  readPartial,
  registerFileAnalyzer,
  registerTreeAnalyzer,
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
