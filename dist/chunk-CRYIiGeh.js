export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-sQPKjfmv.js';
import './chunk-Cp4zX6-o.js';
import './chunk-B2ftd50h.js';
import './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-DWRnP4-1.js';
