export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-AF8O2lGJ.js';
import './chunk-Bvaf48eg.js';
import './chunk-BQbnCg6V.js';
import './chunk-BayCM_r4.js';
import './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-Z3WIANxs.js';
