export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-DnQlgBH2.js';
export { L as formatBytes } from './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';
import './chunk-BeGqqcSx.js';
