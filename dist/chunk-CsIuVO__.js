export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-BqgOO-rd.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-D6dBxcvv.js';
import './chunk-DoM6UV22.js';
