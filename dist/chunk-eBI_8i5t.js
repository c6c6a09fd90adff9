export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-Cnlg9OnJ.js';
import './chunk-CkWQ5xth.js';
import './chunk-Dc9WeopQ.js';
import './chunk-B2ftd50h.js';
import './chunk-CaJl4Mt2.js';
import './chunk-B-JeMC42.js';
import './chunk-CxlBXKx1.js';
import './chunk-DWRnP4-1.js';
import './chunk-DoM6UV22.js';
