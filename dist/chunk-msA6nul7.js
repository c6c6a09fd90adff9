import { O as jsonText } from './chunk-C_cggG4z.js';
import './chunk-BBb8y-by.js';
import './chunk-CGP5gUOV.js';
import './chunk-C-vXubRD.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
