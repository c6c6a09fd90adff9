export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-71lFcpcN.js';
import './chunk-DYPR77h5.js';
import './chunk-BBb8y-by.js';
import './chunk-BSZnmYB_.js';
import './chunk-C_cggG4z.js';
import './chunk-CGP5gUOV.js';
import './chunk-Ck_FGCLt.js';
import './chunk-C-vXubRD.js';
