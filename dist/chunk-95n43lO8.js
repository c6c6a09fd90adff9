export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-lEJHOEr0.js';
import './chunk-B-6LZOx6.js';
import './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';
