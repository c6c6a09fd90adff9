export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-CekuUXcY.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DmjQEoyk.js';
import './chunk-DoM6UV22.js';
