import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  resolvePolicy
} from "./chunk-LRF347EO.js";
import {
  signModel
} from "./chunk-F7AREVZK.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-5UKBPQDT.js";
import {
  applyPolicy
} from "./chunk-TNVUPCPE.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-S2GLE5EG.js";
import {
  verifyHfCache,
  verifyOllama,
  verifyPath,
  verifySums
} from "./chunk-GKBLYOW5.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-RGEA57TO.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  DocumentError,
  StatementError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-A2356MBU.js";
import {
  HashPool
} from "./chunk-DA3HONDT.js";
import "./chunk-5A6NZOAM.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-HGV2UWRT.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-LPBRUWZL.js";
import {
  renderMarkdown
} from "./chunk-ELHFENZF.js";
import "./chunk-TWVFZO37.js";
import "./chunk-SHVOULVO.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-V6NJ47XA.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-3HYLJ76H.js";
import "./chunk-2K6SO57R.js";
import {
  hashFile
} from "./chunk-TDG5GJM7.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-QPEMMWWC.js";
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
  omsTrustOptions,
  parsePolicy,
  parseStatement,
  registerFileAnalyzer,
  registerTreeAnalyzer,
  renderMarkdown,
  renderReport,
  renderSarif,
  resolvePolicy,
  scan,
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
