export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-17QBO4WE.js';
import './chunk-B4WEx1uK.js';
import './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-BnIpTRts.js';
import './chunk-DoM6UV22.js';
