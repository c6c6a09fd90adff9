import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles
} from "./chunk-2UMAO6S3.js";
import {
  signModel
} from "./chunk-DQVGM7A6.js";
import {
  scanShard
} from "./chunk-DAJY64IB.js";
import {
  mergeScan
} from "./chunk-NTL7SZO6.js";
import {
  readPartial
} from "./chunk-7YWIPGV2.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-NXQSIJPW.js";
import "./chunk-4UJNY4B6.js";
import {
  resolvePolicy
} from "./chunk-NONLAFLL.js";
import "./chunk-ZM6O23B5.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-Y67DBFYN.js";
import {
  applyPolicy
} from "./chunk-XJQMU7KY.js";
import "./chunk-PDIE5V46.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-5ELLO5NB.js";
import "./chunk-WMWBIXR2.js";
import {
  verifyHfCache,
  verifyOllama,
  verifyPath,
  verifySums
} from "./chunk-4HFL45DU.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-HQYU3EOU.js";
import {
  OmsError
} from "./chunk-Q5EW2LHM.js";
import {
  DocumentError,
  StatementError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-RHIQB5OQ.js";
import {
  DigestCache,
  HashPool
} from "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-7PDB4RG3.js";
import {
  renderMarkdown
} from "./chunk-H5Q7P2LS.js";
import "./chunk-TWVFZO37.js";
import "./chunk-RK7EZMNU.js";
import "./chunk-F4NF6C67.js";
import "./chunk-ZAEA47A6.js";
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
} from "./chunk-2ZVSEY7P.js";
import {
  parseShard
} from "./chunk-UO5WGXO7.js";
import "./chunk-EG2XXEHO.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-FWGCXLG7.js";
import "./chunk-OMM5FSO7.js";
import "./chunk-XSZXMNCD.js";
import {
  SEVERITIES,
  allRules,
  getRule
} from "./chunk-IO3VPQQV.js";
import "./chunk-OFIXIBNK.js";
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
