export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-CU2vhkkE.js';
import './chunk-B2ftd50h.js';
import './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-DoM6UV22.js';
import './chunk-DWRnP4-1.js';
