import {
  pull
} from "./chunk-PNBX5NV5.js";
import "./chunk-H7D2LFP2.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-CHKXCIGU.js";
import {
  renderMarkdown
} from "./chunk-I2M7HCO4.js";
import "./chunk-HHBCFOIC.js";
import {
  signModel
} from "./chunk-5WTLENQE.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-GIUEORFT.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-GGC572TE.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-E35PRKGT.js";
import "./chunk-LZMGTXP5.js";
import "./chunk-XNXU76FX.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  renderReport,
  resolvePolicy
} from "./chunk-2TQSYBDV.js";
import "./chunk-ZM6O23B5.js";
import {
  mergeFiles,
  mergeScan,
  readPartial,
  scanShard
} from "./chunk-ZFFGLF5U.js";
import {
  scan
} from "./chunk-VMRQEMAU.js";
import {
  applyPolicy
} from "./chunk-OLG6P5ZJ.js";
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
} from "./chunk-CGQYMUCB.js";
import {
  verifyOllama
} from "./chunk-RDWM2EA6.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-3D3TQCG7.js";
import {
  computeManifest,
  statementJson
} from "./chunk-EPLVLO66.js";
import "./chunk-MCA5UDML.js";
import "./chunk-7CRGUKTA.js";
import "./chunk-3MESSMSI.js";
import "./chunk-WIVSYEQY.js";
import "./chunk-YJD6OLCJ.js";
import "./chunk-7IS2CWVM.js";
import "./chunk-JV3SIFDJ.js";
import "./chunk-3YTU4BKO.js";
import "./chunk-JVH4UAOE.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-KIJ5XASC.js";
import "./chunk-PNIPDEE4.js";
import "./chunk-G2RR7GEA.js";
import "./chunk-4Z2J7ZYM.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-YYYPAQD6.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-BQHNGMFM.js";
import "./chunk-CHHKVE24.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-YBWUGYL5.js";
import "./chunk-QTSCQFLL.js";
import "./chunk-ET3RCHFS.js";
import {
  DocumentError
} from "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-KM5HZPTL.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-FY7H743B.js";
import "./chunk-3XLG4IKU.js";
import {
  parseShard
} from "./chunk-MRORC2GJ.js";
import "./chunk-PHPOUVJJ.js";
import "./chunk-FBEN3PSM.js";
import {
  DigestCache,
  HashPool
} from "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-QXKQZJWZ.js";
import "./chunk-6AB7EJLV.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-YY5GCZUJ.js";
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
