import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-VZAFNJDB.js";
import "./chunk-2SMMEJM5.js";
import {
  renderMarkdown
} from "./chunk-MSWBMIRB.js";
import "./chunk-TBL32AWC.js";
import {
  signModel
} from "./chunk-SGTYKLF2.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-EYW3P5SB.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-BJIO3I34.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-I2SPJEDO.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-GAPIWWFM.js";
import {
  parseShard,
  scan
} from "./chunk-WM24LHZP.js";
import {
  applyPolicy
} from "./chunk-SEBHRXDS.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule,
  verifyHfCache,
  verifyLock,
  verifyPath,
  verifySums,
  writeLock
} from "./chunk-4TBDLF5S.js";
import {
  verifyOllama
} from "./chunk-YSPX3B5J.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-CHSPD2H6.js";
import {
  DigestCache,
  DocumentError,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-FI7WJMRJ.js";
import "./chunk-2U53SUVQ.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-4JKOCVCT.js";
import {
  hashFile
} from "./chunk-AHD6AZJW.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
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
