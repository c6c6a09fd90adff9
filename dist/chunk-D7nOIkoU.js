import { O as jsonText } from './chunk-Dc9WeopQ.js';
import './chunk-CxlBXKx1.js';
import './chunk-DWRnP4-1.js';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
