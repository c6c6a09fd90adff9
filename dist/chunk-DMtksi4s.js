export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-BL70hvKr.js';
import './chunk-DXY8e80W.js';
import './chunk-BQbnCg6V.js';
import './chunk-B4WEx1uK.js';
import './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-DoM6UV22.js';
import './chunk-BnIpTRts.js';
