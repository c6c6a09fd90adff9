import { O as jsonText } from './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-C9VzFTM1.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
