export { p as pull } from './chunk-D5ACkaz6.js';
import './chunk-C07OuaD5.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-Cf9E0W6N.js';
