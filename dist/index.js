import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-YLFFLAPU.js";
import {
  signModel
} from "./chunk-ZKRCEDJQ.js";
import {
  resolvePolicy
} from "./chunk-54365FJH.js";
import {
  mergeFiles
} from "./chunk-N5FOZ4HD.js";
import {
  mergeScan
} from "./chunk-RWUSWEBA.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-DGFGRNTI.js";
import "./chunk-ZM6O23B5.js";
import {
  applyPolicy
} from "./chunk-EKFQ3WM6.js";
import "./chunk-PDIE5V46.js";
import {
  scanShard
} from "./chunk-VQHXRT7H.js";
import {
  readPartial
} from "./chunk-U44SDY7M.js";
import {
  scan
} from "./chunk-EU2YDXI5.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-HHP4E64F.js";
import {
  renderMarkdown
} from "./chunk-BPQLLM5T.js";
import "./chunk-5R24HLPH.js";
import "./chunk-XSZXMNCD.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule
} from "./chunk-LB6PLFAO.js";
import "./chunk-APYEOIG7.js";
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
} from "./chunk-FLEOGOXO.js";
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
