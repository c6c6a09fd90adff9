import {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
} from "./chunk-3IZTPGL3.js";
import "./chunk-OX2BSOFV.js";
import "./chunk-XSZXMNCD.js";
import "./chunk-22KFBQUV.js";
import "./chunk-7ZPXJQW4.js";
import "./chunk-3D3TQCG7.js";
import "./chunk-EPLVLO66.js";
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
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
};
