export { N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, a as PROBE_WINDOW, c as cutShort, i as isLegacyMagic, l as looksLikePickle, m as mayRunAsPickle } from './chunk-Bd4gFOJe.js';
import './chunk-Bvaf48eg.js';
import './chunk-BQbnCg6V.js';
import './chunk-DnQlgBH2.js';
import './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-BeGqqcSx.js';
