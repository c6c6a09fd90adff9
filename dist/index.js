import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-ZDGDERSF.js";
import {
  signModel
} from "./chunk-BFS6EMUU.js";
import {
  scanShard
} from "./chunk-QVYKJQN6.js";
import {
  scan
} from "./chunk-HECYJYWG.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-UYITQ2AH.js";
import {
  resolvePolicy
} from "./chunk-KFMM6QRR.js";
import "./chunk-ZM6O23B5.js";
import {
  mergeFiles
} from "./chunk-QGX5YDCD.js";
import {
  mergeScan
} from "./chunk-Z66MGIPM.js";
import {
  readPartial
} from "./chunk-ZU2FL5EE.js";
import {
  applyPolicy
} from "./chunk-KRHLJI4O.js";
import "./chunk-PDIE5V46.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-43JMEOVO.js";
import {
  renderMarkdown
} from "./chunk-WQ3S6TVH.js";
import "./chunk-R3EWQCR3.js";
import "./chunk-XSZXMNCD.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule
} from "./chunk-XWSCBVZI.js";
import "./chunk-JMC7CNT3.js";
import {
  verifyHfCache,
  verifyPath,
  verifySums
} from "./chunk-KZQVWVZ5.js";
import "./chunk-FBEN3PSM.js";
import {
  verifyOllama
} from "./chunk-A3JSPFTR.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-RXWRXM5I.js";
import "./chunk-TWVFZO37.js";
import "./chunk-IGU24QTZ.js";
import "./chunk-MBDDQBF4.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-3XLG4IKU.js";
import {
  verifyLock,
  writeLock
} from "./chunk-DMK3QCTH.js";
import "./chunk-OMQPXWHH.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-EZGOJW5E.js";
import {
  OmsError
} from "./chunk-5O7QPED4.js";
import {
  StatementError,
  parseStatement
} from "./chunk-BKBTHFMR.js";
import {
  DocumentError,
  computeManifest,
  statementJson
} from "./chunk-VRSNAFVI.js";
import "./chunk-5TYTPVJQ.js";
import {
  DigestCache,
  HashPool
} from "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import {
  hashFile
} from "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import {
  REPORT_FORMATS,
  renderReport
} from "./chunk-QIZ3ZRV6.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-T2RPUNP5.js";
import {
  parseShard
} from "./chunk-ZOW5YN2T.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-NISXE5VR.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
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
