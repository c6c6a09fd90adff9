import {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
} from "./chunk-EDWRERQN.js";
import "./chunk-V4UAOS4Z.js";
import "./chunk-TWVFZO37.js";
import "./chunk-3D3TQCG7.js";
import "./chunk-EPLVLO66.js";
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EYDS4DR2.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
};
