export { p as pull } from './chunk-D7BOjIhJ.js';
import './chunk-CJtMzG95.js';
import './chunk-DReM8I3N.js';
import './chunk-D2dlRepw.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-v2twtblz.js';
