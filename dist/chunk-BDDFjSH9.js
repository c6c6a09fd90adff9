export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-hCBfMPsl.js';
import './chunk-DWwk0ymE.js';
import './chunk-BQbnCg6V.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DoM6UV22.js';
import './chunk-DmjQEoyk.js';
