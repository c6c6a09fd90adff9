import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-5SIKORUC.js";
import {
  signModel
} from "./chunk-3N6MQHW5.js";
import {
  scan
} from "./chunk-NKTEHMO5.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer
} from "./chunk-ZDD54TQE.js";
import {
  resolvePolicy
} from "./chunk-2BZX65G6.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-7NIXNCWY.js";
import "./chunk-NE4NMOFS.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-ZM6O23B5.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-2ASEEVWY.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-PPOW6CIB.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-HPLDOC4G.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  StatementError,
  parseStatement
} from "./chunk-ICJLAFIK.js";
import {
  applyPolicy
} from "./chunk-TNVUPCPE.js";
import "./chunk-5A6NZOAM.js";
import "./chunk-PDIE5V46.js";
import {
  verifyOllama
} from "./chunk-PSA44A35.js";
import "./chunk-LJQGOKMF.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-3Q2GSXUS.js";
import {
  HashPool
} from "./chunk-DA3HONDT.js";
import {
  renderMarkdown
} from "./chunk-ELHFENZF.js";
import "./chunk-TWVFZO37.js";
import "./chunk-FEKCWWE7.js";
import "./chunk-NVN3EHU5.js";
import "./chunk-V6NJ47XA.js";
import "./chunk-5TYTPVJQ.js";
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
import "./chunk-6AB7EJLV.js";
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
  pull,
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
