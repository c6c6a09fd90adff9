export { p as pull } from './chunk-BaIsZkFb.js';
import './chunk-DiA9aUSN.js';
import './chunk-BSZnmYB_.js';
import './chunk-C_cggG4z.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-C-vXubRD.js';
