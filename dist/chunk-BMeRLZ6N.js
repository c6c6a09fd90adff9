import { O as jsonText } from './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';
import './chunk-DmjQEoyk.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
