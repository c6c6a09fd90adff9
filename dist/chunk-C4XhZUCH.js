export { p as pull } from './chunk-CCOI2eFG.js';
import './chunk-C1VRHc0l.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DoM6UV22.js';
import './chunk-DmjQEoyk.js';
