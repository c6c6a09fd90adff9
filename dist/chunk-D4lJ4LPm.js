export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-Do-yPqUg.js';
import './chunk-K89x-dfb.js';
import './chunk-BQbnCg6V.js';
import './chunk-B2ftd50h.js';
import './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-DoM6UV22.js';
import './chunk-DWRnP4-1.js';
