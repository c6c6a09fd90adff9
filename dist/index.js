import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-GMM5KR4M.js";
import {
  signModel
} from "./chunk-PQXCXKUL.js";
import {
  scanShard
} from "./chunk-DZ5NVNVE.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-H72OKDOP.js";
import "./chunk-4UJNY4B6.js";
import {
  resolvePolicy
} from "./chunk-NHKE3LLX.js";
import "./chunk-ZM6O23B5.js";
import {
  mergeFiles
} from "./chunk-Y3KIPZOI.js";
import {
  mergeScan
} from "./chunk-UYH3A4RX.js";
import {
  readPartial
} from "./chunk-DIO5ML5T.js";
import {
  scan
} from "./chunk-STSCKFBS.js";
import "./chunk-Q7LR2GSL.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer
} from "./chunk-TRR74BFV.js";
import "./chunk-RBFZEQGH.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-WGGTKTMH.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-ZX57WS7G.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-QZN6SBSR.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  StatementError,
  parseStatement
} from "./chunk-4JAM5XID.js";
import {
  applyPolicy
} from "./chunk-SQJBRBP4.js";
import "./chunk-PDIE5V46.js";
import "./chunk-5A6NZOAM.js";
import {
  verifyOllama
} from "./chunk-G76LQBFC.js";
import "./chunk-AJ7SMK37.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-7QHELHM2.js";
import {
  DigestCache,
  HashPool
} from "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import {
  renderMarkdown
} from "./chunk-ELHFENZF.js";
import "./chunk-TWVFZO37.js";
import "./chunk-KP4TJGJ3.js";
import "./chunk-7AMW3NJ7.js";
import "./chunk-NVN3EHU5.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-U52NZ6KN.js";
import "./chunk-QI7JCVSX.js";
import {
  hashFile
} from "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-QPEMMWWC.js";
import "./chunk-6AB7EJLV.js";
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
  pull,
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
