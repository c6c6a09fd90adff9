export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-D5LM9svn.js';
import './chunk-C69O19jb.js';
import './chunk-D0PAoHdv.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-BBb8y-by.js';
import './chunk-CGP5gUOV.js';
import './chunk-Cf9E0W6N.js';
