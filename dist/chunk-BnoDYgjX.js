export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-DxBRFbUI.js';
import './chunk-GKTDOV_e.js';
import './chunk-D0PAoHdv.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-BBb8y-by.js';
import './chunk-C5dIaBYy.js';
import './chunk-CiJ5NkF3.js';
