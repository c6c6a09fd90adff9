export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-Bxm9Vkx3.js';
import './chunk-BN-XLcCk.js';
import './chunk-BBb8y-by.js';
import './chunk-CYn22-aE.js';
import './chunk-BgIPIoyO.js';
import './chunk-BmYWtlJN.js';
import './chunk-Ck_FGCLt.js';
import './chunk-r2e2VO53.js';
