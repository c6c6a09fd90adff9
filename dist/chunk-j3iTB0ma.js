export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-bydi4BZi.js';
import './chunk-BnSd5Jkc.js';
import './chunk-DtPjRMPF.js';
import './chunk-DkMahXWu.js';
import './chunk-BBb8y-by.js';
import './chunk-sLtaKgFw.js';
import './chunk-DmZQLefO.js';
import './chunk-CGP5gUOV.js';
import './chunk-Cf9E0W6N.js';
