export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-DReM8I3N.js';
export { L as formatBytes } from './chunk-D2dlRepw.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-v2twtblz.js';
