import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  resolvePolicy
} from "./chunk-4F3V3DPG.js";
import {
  signModel
} from "./chunk-U6F3RSGT.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-2JNPGFFN.js";
import {
  applyPolicy
} from "./chunk-3L54NHB4.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-RC6XDD2O.js";
import {
  verifyHfCache,
  verifyOllama,
  verifyPath,
  verifySums
} from "./chunk-IS4IYOU4.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-DDNAVM3O.js";
import {
  OmsError
} from "./chunk-Q5EW2LHM.js";
import {
  DocumentError,
  StatementError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-G4A6O5FZ.js";
import {
  HashPool
} from "./chunk-DA3HONDT.js";
import "./chunk-7PDB4RG3.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-5CAODNXE.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import "./chunk-LPBRUWZL.js";
import {
  renderMarkdown
} from "./chunk-H5Q7P2LS.js";
import "./chunk-TWVFZO37.js";
import "./chunk-QT264DVV.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-RK7EZMNU.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import {
  hashFile
} from "./chunk-TDG5GJM7.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-2ZVSEY7P.js";
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
