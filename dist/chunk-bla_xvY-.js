export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-DMLTs5Ql.js';
import './chunk-17QBO4WE.js';
import './chunk-B4WEx1uK.js';
import './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-BnIpTRts.js';
