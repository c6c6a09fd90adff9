export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-DSH4W4pG.js';
import './chunk-BayCM_r4.js';
import './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-Z3WIANxs.js';
