export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-C1VRHc0l.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DoM6UV22.js';
import './chunk-DmjQEoyk.js';
