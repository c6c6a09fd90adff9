export { l as loadOmsTrust, o as omsTrustOptions, a as verifyOmsBundle, b as verifyOmsBundleJson, v as verifyOmsSignatureFile } from './chunk-f3w2fH7b.js';
import './chunk-DnQlgBH2.js';
import './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-BeGqqcSx.js';
import './chunk-DoM6UV22.js';
