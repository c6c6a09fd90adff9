export { D as DEFAULT_SIGNATURE_NAME, k as keyBundle, a as keylessBundle, p as parsePrivateKeyPem, s as signModel } from './chunk-BrvAFtFp.js';
import './chunk-BqgOO-rd.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-L5AFKvFy.js';
import './chunk-DoM6UV22.js';
import './chunk-D6dBxcvv.js';
