export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-B-rZSl8D.js';
import './chunk-CekuUXcY.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-DmjQEoyk.js';
