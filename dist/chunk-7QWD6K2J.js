import {
  openRemote,
  remoteClient,
  scanRemoteSource
} from "./chunk-AIFU33SB.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-7ZPXJQW4.js";
import "./chunk-EPLVLO66.js";
import "./chunk-SERLXDJN.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  openRemote,
  remoteClient,
  scanRemoteSource
};
