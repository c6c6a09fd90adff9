export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-CQA5Cxwp.js';
import './chunk-DReM8I3N.js';
import './chunk-D2dlRepw.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-v2twtblz.js';
