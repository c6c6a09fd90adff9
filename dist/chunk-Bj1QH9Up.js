export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-BN-XLcCk.js';
import './chunk-CYn22-aE.js';
import './chunk-BgIPIoyO.js';
import './chunk-BmYWtlJN.js';
import './chunk-BBb8y-by.js';
import './chunk-r2e2VO53.js';
