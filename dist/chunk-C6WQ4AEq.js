export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-DgBRa4F0.js';
import './chunk-I236eGSu.js';
import './chunk-BayCM_r4.js';
import './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-Z3WIANxs.js';
