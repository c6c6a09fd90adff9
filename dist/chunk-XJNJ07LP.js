export { p as pull } from './chunk-B1KtpUuk.js';
import './chunk-DSH4W4pG.js';
import './chunk-BayCM_r4.js';
import './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-Z3WIANxs.js';
