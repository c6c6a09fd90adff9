export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-CJ4MKy3D.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-BBb8y-by.js';
import './chunk-CiJ5NkF3.js';
