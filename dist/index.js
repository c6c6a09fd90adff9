import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-PA74V5TK.js";
import "./chunk-X3C7NEWS.js";
import {
  renderMarkdown
} from "./chunk-ISUP2NQK.js";
import "./chunk-JX7WGKCB.js";
import {
  signModel
} from "./chunk-FVSWYYEL.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-IV3LAPAK.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-SNUHJOVA.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-JRFKZYA5.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-XXIPT22W.js";
import {
  parseShard,
  scan
} from "./chunk-RNC6BN66.js";
import {
  applyPolicy
} from "./chunk-QWZFLA27.js";
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
} from "./chunk-DRVIMOAU.js";
import {
  verifyOllama
} from "./chunk-FJG74TL6.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-FVXVN6ID.js";
import {
  DigestCache,
  DocumentError,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-I5BYB2BC.js";
import "./chunk-2U53SUVQ.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-VU3GTWOH.js";
import "./chunk-DRNDJL4J.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-5IUMLRNX.js";
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
