import {
  openRemote,
  remoteClient,
  scanRemoteSource
} from "./chunk-H7D2LFP2.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-RDWM2EA6.js";
import "./chunk-EPLVLO66.js";
import "./chunk-YJD6OLCJ.js";
import "./chunk-JVH4UAOE.js";
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-FY7H743B.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-QXKQZJWZ.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  openRemote,
  remoteClient,
  scanRemoteSource
};
