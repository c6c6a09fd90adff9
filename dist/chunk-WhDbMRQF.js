export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-C5hYRim9.js';
import './chunk-CYn22-aE.js';
import './chunk-BgIPIoyO.js';
import './chunk-BmYWtlJN.js';
import './chunk-BBb8y-by.js';
import './chunk-r2e2VO53.js';
