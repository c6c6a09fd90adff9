export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-CjvGv6Xz.js';
import './chunk-BJZ4U6aY.js';
import './chunk-BQbnCg6V.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-DoM6UV22.js';
import './chunk-D6dBxcvv.js';
