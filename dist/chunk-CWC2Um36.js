export { o as openRemote, r as remoteClient, s as scanRemoteSource } from './chunk-BfCJrggE.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-BBb8y-by.js';
import './chunk-CiJ5NkF3.js';
