import {
  analyzeCompressed,
  innerName,
  scanExpanded
} from "./chunk-Q46UXUHC.js";
import "./chunk-53GV6SRP.js";
import "./chunk-CJPW5Y4U.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  analyzeCompressed,
  innerName,
  scanExpanded
};
