import { O as jsonText } from './chunk-DW3a1VsZ.js';
import './chunk-BOefz6db.js';
import './chunk-BeGqqcSx.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
