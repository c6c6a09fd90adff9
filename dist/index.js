import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-IBNQDA2T.js";
import "./chunk-QCU4U3DU.js";
import {
  signModel
} from "./chunk-RKQ5KDU6.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-3OBSVRMD.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-PNDVDAU2.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-ZHKBMT3B.js";
import {
  renderMarkdown
} from "./chunk-GR7KTTDX.js";
import "./chunk-ZTSUZDHL.js";
import "./chunk-E35PRKGT.js";
import "./chunk-ZYCQLSM2.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-7C7NWTO7.js";
import {
  parseShard,
  scan
} from "./chunk-WKEGS7LC.js";
import {
  applyPolicy
} from "./chunk-Y2A2GWYU.js";
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
} from "./chunk-SWNJPI7Q.js";
import {
  verifyOllama
} from "./chunk-JYTLP547.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-YDRKY44G.js";
import {
  DigestCache,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-LQ3UOKES.js";
import "./chunk-AWUCGWED.js";
import "./chunk-34DRRHWS.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-4GCDMYUA.js";
import "./chunk-MUZPND32.js";
import "./chunk-G3MM7CBQ.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-6PII7O3I.js";
import "./chunk-JQQY3AQR.js";
import "./chunk-VJGJT5LU.js";
import "./chunk-ECE2AIIE.js";
import "./chunk-HTWOWIUC.js";
import "./chunk-CHHKVE24.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-L3MJZLD7.js";
import "./chunk-QUDQ74A5.js";
import "./chunk-75I27FYS.js";
import {
  DocumentError
} from "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-W3HVLK6T.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-LP6LRTI3.js";
import "./chunk-KX4ULNNZ.js";
import "./chunk-DXHC2TWT.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-QXPKDC33.js";
import "./chunk-B25L3P76.js";
import "./chunk-FDCEOZT7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-PEJ26ZJ5.js";
import "./chunk-FY7H743B.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-AI4H7T4G.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-PE4ZITVA.js";
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
