import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-ITSFPH7M.js";
import "./chunk-2UUI4WR2.js";
import {
  renderMarkdown
} from "./chunk-3WTKSTK4.js";
import "./chunk-LHJ3TR3X.js";
import {
  signModel
} from "./chunk-G6KG6AVS.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-2TUHYPHO.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-7L5MD5JJ.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-GLAMMLCM.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-K2JK72UG.js";
import {
  parseShard,
  scan
} from "./chunk-5EGLQIOE.js";
import {
  applyPolicy
} from "./chunk-IKJV2N42.js";
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
} from "./chunk-VJVSRBK3.js";
import {
  verifyOllama
} from "./chunk-YUP4QBLF.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-5YNMNBS5.js";
import {
  DigestCache,
  DocumentError,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-CQQEEQGD.js";
import "./chunk-2U53SUVQ.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-7BPUF4NT.js";
import "./chunk-DRNDJL4J.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-ZZ7FLDL3.js";
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
