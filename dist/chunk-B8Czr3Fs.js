import { O as jsonText } from './chunk-DtPjRMPF.js';
import './chunk-BBb8y-by.js';
import './chunk-CGP5gUOV.js';
import './chunk-Cf9E0W6N.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
