export { p as pull } from './chunk-C0xYiG9J.js';
import './chunk-BfCJrggE.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-BBb8y-by.js';
import './chunk-CiJ5NkF3.js';
