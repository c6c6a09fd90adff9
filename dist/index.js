import {
  pull
} from "./chunk-5ZBBHOWG.js";
import "./chunk-AIFU33SB.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-CEM3YRYL.js";
import {
  renderMarkdown
} from "./chunk-3IZTPGL3.js";
import "./chunk-OX2BSOFV.js";
import {
  signModel
} from "./chunk-EDWRERQN.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-V4UAOS4Z.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-CGZGVM52.js";
import "./chunk-4UJNY4B6.js";
import "./chunk-E35PRKGT.js";
import "./chunk-LZMGTXP5.js";
import "./chunk-XNXU76FX.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  renderReport,
  resolvePolicy
} from "./chunk-WHOUM5W7.js";
import "./chunk-ZM6O23B5.js";
import {
  mergeFiles,
  mergeScan,
  readPartial,
  scanShard
} from "./chunk-WLAHKU66.js";
import {
  scan
} from "./chunk-72BEB4LP.js";
import {
  applyPolicy
} from "./chunk-446ZS3ZS.js";
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
} from "./chunk-22KFBQUV.js";
import {
  verifyOllama
} from "./chunk-7ZPXJQW4.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-3D3TQCG7.js";
import {
  computeManifest,
  statementJson
} from "./chunk-EPLVLO66.js";
import "./chunk-3YBL5H2K.js";
import "./chunk-PZZDULOW.js";
import "./chunk-D7U44TQ6.js";
import "./chunk-C4YGHH3Y.js";
import "./chunk-SERLXDJN.js";
import "./chunk-7IS2CWVM.js";
import "./chunk-ZLDTHH75.js";
import "./chunk-A3OMN6A2.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-NW7BLDIQ.js";
import "./chunk-PNIPDEE4.js";
import "./chunk-TYAZ6LGC.js";
import "./chunk-ZKNK5WLJ.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-5F5QJPKB.js";
import "./chunk-CHHKVE24.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-IGWWP2DG.js";
import "./chunk-YQEZEZS2.js";
import "./chunk-PF4UP4U3.js";
import {
  DocumentError
} from "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import {
  parseShard
} from "./chunk-SMPA2QJK.js";
import "./chunk-333ZYWQ3.js";
import "./chunk-FBEN3PSM.js";
import {
  DigestCache,
  HashPool
} from "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-GMZN3B2T.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-5OVHDXLO.js";
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
