export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-I236eGSu.js';
import './chunk-BayCM_r4.js';
import './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-Z3WIANxs.js';
import './chunk-DoM6UV22.js';
