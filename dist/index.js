import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-M5YF4LSL.js";
import "./chunk-YT3K5C2A.js";
import {
  renderMarkdown
} from "./chunk-IPLLNDHE.js";
import "./chunk-7LC7NYV6.js";
import {
  signModel
} from "./chunk-KVKGPBQF.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-IRIA3YC2.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-FLZUBSXA.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-L2ZTDX3C.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-77MNYJRC.js";
import {
  parseShard,
  scan
} from "./chunk-GTXZIZ23.js";
import {
  applyPolicy
} from "./chunk-ZQSZESMD.js";
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
} from "./chunk-F4Y2DLU4.js";
import {
  verifyOllama
} from "./chunk-TBXIUBEN.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-RKIQYEJC.js";
import {
  DigestCache,
  DocumentError,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-TI7WUZ7U.js";
import "./chunk-2U53SUVQ.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-F3EE6S23.js";
import {
  hashFile
} from "./chunk-YSGONSSS.js";
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
