import {
  analyzeZip,
  scanTailZip
} from "./chunk-F7HAGPNI.js";
import "./chunk-EYCX535P.js";
import "./chunk-53GV6SRP.js";
import "./chunk-CJPW5Y4U.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  analyzeZip,
  scanTailZip
};
