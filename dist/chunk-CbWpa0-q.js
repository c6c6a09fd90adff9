import { O as jsonText } from './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';
import './chunk-BnIpTRts.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
