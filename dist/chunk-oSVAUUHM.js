import { O as jsonText } from './chunk-DkVBQr8o.js';
import './chunk-BOefz6db.js';
import './chunk-Z3WIANxs.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
