export { a as analyzeCompressed, i as innerName, s as scanExpanded } from './chunk-B315Ovjc.js';
import './chunk-C9QKvTo8.js';
import './chunk--L-kZX39.js';
import './chunk-B4WEx1uK.js';
import './chunk-BAdZZtZg.js';
import './chunk-0sjgiSlb.js';
import './chunk-CmgNe2Dn.js';
import './chunk-BnIpTRts.js';
import './chunk-DoM6UV22.js';
