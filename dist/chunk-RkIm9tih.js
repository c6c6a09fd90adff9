export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-CYn22-aE.js';
export { L as formatBytes } from './chunk-BgIPIoyO.js';
import './chunk-BmYWtlJN.js';
import './chunk-BBb8y-by.js';
import './chunk-r2e2VO53.js';
