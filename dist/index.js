import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-Z7YFJAH5.js";
import {
  signModel
} from "./chunk-6XIRWAHA.js";
import {
  scan
} from "./chunk-DSMIW7SC.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer
} from "./chunk-IGCELXIU.js";
import {
  resolvePolicy
} from "./chunk-VCIGZ2C2.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-BEK56J6U.js";
import "./chunk-NE4NMOFS.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-ZM6O23B5.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-5UVEFCBY.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-NUWEAHFQ.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-UFTRDSP3.js";
import {
  OmsError
} from "./chunk-Q5EW2LHM.js";
import {
  StatementError,
  parseStatement
} from "./chunk-JRT7VFB3.js";
import {
  applyPolicy
} from "./chunk-3L54NHB4.js";
import "./chunk-7PDB4RG3.js";
import "./chunk-PDIE5V46.js";
import {
  verifyOllama
} from "./chunk-QKMC5YNK.js";
import "./chunk-UD5EMAT6.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-YETPFLE6.js";
import {
  HashPool
} from "./chunk-DA3HONDT.js";
import {
  renderMarkdown
} from "./chunk-H5Q7P2LS.js";
import "./chunk-TWVFZO37.js";
import "./chunk-P4MDLSFW.js";
import "./chunk-3RLMTSPF.js";
import "./chunk-RK7EZMNU.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-5TYTPVJQ.js";
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
import "./chunk-6AB7EJLV.js";
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
