import {
  analyzeZip,
  scanTailZip
} from "./chunk-6MDZN7ZD.js";
import "./chunk-OMT2FUTE.js";
import "./chunk-UJURCIV2.js";
import "./chunk-GLYJK7TK.js";
import "./chunk-YYYPAQD6.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-KM5HZPTL.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-QXKQZJWZ.js";
import "./chunk-YY5GCZUJ.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  analyzeZip,
  scanTailZip
};
