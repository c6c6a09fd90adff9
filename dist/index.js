import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-YERTEOHZ.js";
import "./chunk-SFEE4FOY.js";
import {
  renderMarkdown
} from "./chunk-QGEARWNZ.js";
import "./chunk-BIJBLX4M.js";
import {
  signModel
} from "./chunk-QEBXZC3O.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-MU265WYF.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-EGAPPJM2.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-N5JQPGJX.js";
import "./chunk-E35PRKGT.js";
import "./chunk-LZMGTXP5.js";
import "./chunk-XNXU76FX.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-LACTR2YJ.js";
import {
  parseShard,
  scan
} from "./chunk-QZET4TVW.js";
import {
  applyPolicy
} from "./chunk-QBSJ75DR.js";
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
} from "./chunk-GJUXVUDK.js";
import {
  verifyOllama
} from "./chunk-G2Z24UZ5.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-NLS2IWDC.js";
import {
  DigestCache,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-OZS5FRZO.js";
import "./chunk-PZZDULOW.js";
import "./chunk-D7U44TQ6.js";
import "./chunk-C4YGHH3Y.js";
import "./chunk-SERLXDJN.js";
import "./chunk-ZLDTHH75.js";
import "./chunk-A3OMN6A2.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-NW7BLDIQ.js";
import "./chunk-PNIPDEE4.js";
import "./chunk-TYAZ6LGC.js";
import "./chunk-ZKNK5WLJ.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-5F5QJPKB.js";
import "./chunk-CHHKVE24.js";
import "./chunk-3YBL5H2K.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-IGWWP2DG.js";
import "./chunk-YQEZEZS2.js";
import "./chunk-PF4UP4U3.js";
import {
  DocumentError
} from "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-7IS2CWVM.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-GMZN3B2T.js";
import "./chunk-6AB7EJLV.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-DSH64RER.js";
import {
  hashFile
} from "./chunk-MIR7RAQO.js";
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
