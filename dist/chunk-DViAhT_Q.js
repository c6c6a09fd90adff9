export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-BfSeED2V.js';
import './chunk-KlpithSi.js';
import './chunk-BQbnCg6V.js';
import './chunk-B-6LZOx6.js';
import './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
