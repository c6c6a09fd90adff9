import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  resolvePolicy
} from "./chunk-TAV34YA4.js";
import {
  signModel
} from "./chunk-H6VAIBAH.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-O2MPAEKD.js";
import {
  applyPolicy
} from "./chunk-SKM457UD.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-575BCLPY.js";
import {
  verifyHfCache,
  verifyOllama,
  verifyPath,
  verifySums
} from "./chunk-K4732JAV.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyLock,
  writeLock
} from "./chunk-SEYORSQX.js";
import {
  OmsError
} from "./chunk-2WPLFKYL.js";
import {
  DocumentError,
  StatementError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-I57E2IUY.js";
import {
  HashPool
} from "./chunk-JPX4T7H4.js";
import "./chunk-GFWMR3GV.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-R7MPN5EQ.js";
import "./chunk-PDIE5V46.js";
import "./chunk-Q6LIWZPV.js";
import {
  renderMarkdown
} from "./chunk-DW6KCJ4P.js";
import "./chunk-TWVFZO37.js";
import "./chunk-5RK27PTF.js";
import "./chunk-PWEJK443.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-KSMYT6IX.js";
import "./chunk-JZ2DDYQA.js";
import {
  hashFile
} from "./chunk-WPJ73CAZ.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-CNMVTOFA.js";
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
} from "./chunk-IPZYDVBZ.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-M3JCNSOG.js";
import "./chunk-XSZXMNCD.js";
import {
  SEVERITIES,
  allRules,
  getRule
} from "./chunk-IO3VPQQV.js";
import "./chunk-TZU2727S.js";
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
