export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-BJ23d2mU.js';
import './chunk-BjA5BNzO.js';
import './chunk-D0PAoHdv.js';
import './chunk-CYn22-aE.js';
import './chunk-BgIPIoyO.js';
import './chunk-BBb8y-by.js';
import './chunk-BmYWtlJN.js';
import './chunk-r2e2VO53.js';
