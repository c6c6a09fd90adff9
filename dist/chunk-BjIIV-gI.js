export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-B4WEx1uK.js';
export { L as formatBytes } from './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-DoM6UV22.js';
import './chunk-BnIpTRts.js';
