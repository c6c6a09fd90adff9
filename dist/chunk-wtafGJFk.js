export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-C2xkZoSe.js';
import './chunk-B4WEx1uK.js';
import './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-DoM6UV22.js';
import './chunk-BnIpTRts.js';
