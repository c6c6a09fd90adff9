import { O as jsonText } from './chunk-BtHK9CCX.js';
import './chunk-BBb8y-by.js';
import './chunk-C5dIaBYy.js';
import './chunk-CiJ5NkF3.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
