export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-BOFkNk8W.js';
import './chunk-CJ4MKy3D.js';
import './chunk-BBb8y-by.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-Ck_FGCLt.js';
import './chunk-CiJ5NkF3.js';
