import { O as jsonText } from './chunk-BgIPIoyO.js';
import './chunk-BBb8y-by.js';
import './chunk-BmYWtlJN.js';
import './chunk-r2e2VO53.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
