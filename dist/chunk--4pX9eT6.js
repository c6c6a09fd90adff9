export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-C07OuaD5.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-Cf9E0W6N.js';
