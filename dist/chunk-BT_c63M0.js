export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-DkMahXWu.js';
export { L as formatBytes } from './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-Cf9E0W6N.js';
