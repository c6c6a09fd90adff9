import { O as jsonText } from './chunk-D2dlRepw.js';
import './chunk-BBb8y-by.js';
import './chunk-CGP5gUOV.js';
import './chunk-v2twtblz.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
