export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-DMZlKWfF.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-BBb8y-by.js';
import './chunk-DhKteFXp.js';
import './chunk-DN-v9Jyk.js';
import './chunk-C5dIaBYy.js';
import './chunk-CiJ5NkF3.js';
