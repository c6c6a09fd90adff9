export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-DYPR77h5.js';
import './chunk-BSZnmYB_.js';
import './chunk-C_cggG4z.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-C-vXubRD.js';
