export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-BayCM_r4.js';
export { L as formatBytes } from './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-Z3WIANxs.js';
