export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-Bo5L37NB.js';
import './chunk-C69O19jb.js';
import './chunk-D0PAoHdv.js';
import './chunk-DReM8I3N.js';
import './chunk-D2dlRepw.js';
import './chunk-BBb8y-by.js';
import './chunk-CGP5gUOV.js';
import './chunk-v2twtblz.js';
