export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-CnUHpjIg.js';
import './chunk-BnSd5Jkc.js';
import './chunk-C_cggG4z.js';
import './chunk-BSZnmYB_.js';
import './chunk-BBb8y-by.js';
import './chunk-CJRVsqnB.js';
import './chunk-D1-MCdbB.js';
import './chunk-CGP5gUOV.js';
import './chunk-C-vXubRD.js';
