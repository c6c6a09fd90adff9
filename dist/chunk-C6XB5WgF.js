export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-DrE2l6nA.js';
import './chunk-B-6LZOx6.js';
import './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
