import {
  NO_PERSISTENT_LOAD,
  PROBE_LIMITS,
  PROBE_WINDOW,
  cutShort,
  isLegacyMagic,
  looksLikePickle,
  mayRunAsPickle
} from "./chunk-5WTKAZHO.js";
import "./chunk-JOWCLZ33.js";
import "./chunk-XNXU76FX.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-FY7H743B.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  NO_PERSISTENT_LOAD,
  PROBE_LIMITS,
  PROBE_WINDOW,
  cutShort,
  isLegacyMagic,
  looksLikePickle,
  mayRunAsPickle
};
