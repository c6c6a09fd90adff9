export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-B_hhTRU4.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-Cf9E0W6N.js';
