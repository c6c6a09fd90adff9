import { O as jsonText } from './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';
import './chunk-D6dBxcvv.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
