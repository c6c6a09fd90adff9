export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-mcB_pL-d.js';
export { L as formatBytes } from './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-BBb8y-by.js';
import './chunk-CiJ5NkF3.js';
