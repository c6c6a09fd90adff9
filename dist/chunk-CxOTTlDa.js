export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-TktjlHP4.js';
import './chunk-Dao6Iu1R.js';
import './chunk-DW3a1VsZ.js';
import './chunk-DnQlgBH2.js';
import './chunk-Dudpe0Kv.js';
import './chunk-B9FZHCA8.js';
import './chunk-BOefz6db.js';
import './chunk-BeGqqcSx.js';
import './chunk-DoM6UV22.js';
