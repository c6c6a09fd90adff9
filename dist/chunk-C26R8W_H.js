export { c as checkedText, a as collapseRepeats, y as countsText, p as positionText, z as renderHuman, s as summaryText } from './chunk-hWJQdhMQ.js';
export { L as formatBytes } from './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-DoM6UV22.js';
import './chunk-D6dBxcvv.js';
