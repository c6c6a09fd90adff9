export { p as pull } from './chunk-BJKgszR3.js';
import './chunk-CU2vhkkE.js';
import './chunk-B2ftd50h.js';
import './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-DoM6UV22.js';
import './chunk-DWRnP4-1.js';
