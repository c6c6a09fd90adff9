export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-B2ftd50h.js';
export { L as formatBytes } from './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-DoM6UV22.js';
import './chunk-DWRnP4-1.js';
