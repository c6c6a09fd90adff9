import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-CHKXCIGU.js";
import "./chunk-CGQYMUCB.js";
import "./chunk-RDWM2EA6.js";
import "./chunk-3D3TQCG7.js";
import "./chunk-EPLVLO66.js";
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
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-KM5HZPTL.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-FY7H743B.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-QXKQZJWZ.js";
import "./chunk-YY5GCZUJ.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
};
