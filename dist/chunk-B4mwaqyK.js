export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-gL-8jVxQ.js';
import './chunk-BnSd5Jkc.js';
import './chunk-D2dlRepw.js';
import './chunk-DReM8I3N.js';
import './chunk-BBb8y-by.js';
import './chunk-BW2BJfRr.js';
import './chunk-DZ73xGPu.js';
import './chunk-CGP5gUOV.js';
import './chunk-v2twtblz.js';
