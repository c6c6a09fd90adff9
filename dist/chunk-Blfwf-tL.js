export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-C_UoOnFc.js';
import './chunk-CQA5Cxwp.js';
import './chunk-BBb8y-by.js';
import './chunk-DReM8I3N.js';
import './chunk-D2dlRepw.js';
import './chunk-CGP5gUOV.js';
import './chunk-Ck_FGCLt.js';
import './chunk-v2twtblz.js';
