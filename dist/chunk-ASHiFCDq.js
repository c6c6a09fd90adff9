export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-Cp978ar3.js';
import './chunk-B_hhTRU4.js';
import './chunk-BBb8y-by.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-Ck_FGCLt.js';
import './chunk-Cf9E0W6N.js';
