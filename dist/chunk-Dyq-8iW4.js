export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-QcklYh9k.js';
import './chunk-DSaeipyW.js';
import './chunk-BgIPIoyO.js';
import './chunk-CYn22-aE.js';
import './chunk-BBb8y-by.js';
import './chunk-B7KN2yP4.js';
import './chunk-CQ2nWWeh.js';
import './chunk-BmYWtlJN.js';
import './chunk-r2e2VO53.js';
