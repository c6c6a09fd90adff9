export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-zQwQz7l1.js';
import './chunk-DdDiVZ_y.js';
import './chunk-BbEj1Pt5.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BSv0Zcjp.js';
import './chunk-DTmUFaFN.js';
import './chunk-CJ6ch3s5.js';
import './chunk-D6dBxcvv.js';
import './chunk-DoM6UV22.js';
