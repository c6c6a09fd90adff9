import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-4ROEXJQ4.js";
import {
  signModel
} from "./chunk-AZFHJ57F.js";
import {
  resolvePolicy
} from "./chunk-YHXNSP6K.js";
import {
  mergeFiles
} from "./chunk-DDWNS7BB.js";
import {
  mergeScan
} from "./chunk-DSRHFDXE.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-46DPELR3.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-4UJNY4B6.js";
import {
  scanShard
} from "./chunk-5NKZH2OB.js";
import {
  scan
} from "./chunk-ZORETZSE.js";
import "./chunk-Q7LR2GSL.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer
} from "./chunk-7MZAR5FW.js";
import "./chunk-RBFZEQGH.js";
import {
  readPartial
} from "./chunk-IK5ZE75X.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-UL2ZD3UU.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-VZVKERG2.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyOllama
} from "./chunk-UMMNDJRA.js";
import {
  verifyLock,
  writeLock
} from "./chunk-UT7WCV3U.js";
import "./chunk-S4SWMKKF.js";
import {
  OmsError
} from "./chunk-5O7QPED4.js";
import {
  StatementError,
  parseStatement
} from "./chunk-YDOCYMOT.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-3O5RH2ZV.js";
import {
  DigestCache,
  HashPool
} from "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import {
  applyPolicy
} from "./chunk-SS6QTAV5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-YE6F4LJ2.js";
import {
  renderMarkdown
} from "./chunk-Y7FHKZCU.js";
import "./chunk-TWVFZO37.js";
import "./chunk-JV2K47QU.js";
import "./chunk-CYWQ26SF.js";
import "./chunk-2XN6XCDO.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-5W6HGMMV.js";
import "./chunk-3XLG4IKU.js";
import {
  hashFile
} from "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-T3UWMBC7.js";
import "./chunk-6AB7EJLV.js";
import {
  parseShard
} from "./chunk-ZOW5YN2T.js";
import "./chunk-ZHNZZ3DY.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-XH5YH5EX.js";
import "./chunk-U7FSDOEB.js";
import "./chunk-XSZXMNCD.js";
import {
  SEVERITIES,
  allRules,
  getRule
} from "./chunk-2S424KAA.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
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
