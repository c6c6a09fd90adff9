export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-BSZnmYB_.js';
export { L as formatBytes } from './chunk-C_cggG4z.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';
import './chunk-C-vXubRD.js';
