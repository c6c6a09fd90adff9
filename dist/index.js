import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-I332ZMHR.js";
import {
  signModel
} from "./chunk-ZKRCEDJQ.js";
import {
  resolvePolicy
} from "./chunk-WIL5HAAY.js";
import {
  mergeFiles
} from "./chunk-JHZGQTDV.js";
import {
  mergeScan
} from "./chunk-GW65QQSY.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-HAIL2AIT.js";
import "./chunk-ZM6O23B5.js";
import {
  applyPolicy
} from "./chunk-46BVMRYZ.js";
import "./chunk-PDIE5V46.js";
import {
  scanShard
} from "./chunk-QYV2EQM7.js";
import {
  readPartial
} from "./chunk-U44SDY7M.js";
import {
  scan
} from "./chunk-NT6BJO44.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-AS2TORWQ.js";
import {
  renderMarkdown
} from "./chunk-76BF76CP.js";
import "./chunk-RZX457PC.js";
import "./chunk-XSZXMNCD.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule
} from "./chunk-MWRUDONV.js";
import "./chunk-ZLXYJ4ST.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-TLU7KXYY.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyOllama
} from "./chunk-XSYHPE5B.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-U52NZ6KN.js";
import "./chunk-TWVFZO37.js";
import "./chunk-CI32WSJJ.js";
import "./chunk-6JVEA4JX.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-QI7JCVSX.js";
import {
  verifyLock,
  writeLock
} from "./chunk-VRE43KTA.js";
import "./chunk-H6L32EXZ.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-Y7KG3N3V.js";
import {
  OmsError
} from "./chunk-4ZKL63OA.js";
import {
  StatementError,
  parseStatement
} from "./chunk-MSJ6EVQR.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import {
  DigestCache,
  HashPool
} from "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import {
  hashFile
} from "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-LJSTJM2E.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-V7NMCTYZ.js";
import {
  parseShard
} from "./chunk-UO5WGXO7.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-ZJBWWTGD.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
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
