export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-Ct23CUVn.js';
export { L as formatBytes } from './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DoM6UV22.js';
import './chunk-DmjQEoyk.js';
