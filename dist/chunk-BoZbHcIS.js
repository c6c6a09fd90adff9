export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-BrXbQxJL.js';
import './chunk-e34Syf_h.js';
import './chunk-B2p2ula_.js';
import './chunk-Ct23CUVn.js';
import './chunk-StSkjYiu.js';
import './chunk-CbYfUayg.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DmjQEoyk.js';
import './chunk-DoM6UV22.js';
