export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-DBS1BoxH.js';
import './chunk-Dao6Iu1R.js';
import './chunk-DkVBQr8o.js';
import './chunk-BayCM_r4.js';
import './chunk-AsdDTLkP.js';
import './chunk-BeOtjt2D.js';
import './chunk-BOefz6db.js';
import './chunk-Z3WIANxs.js';
import './chunk-DoM6UV22.js';
