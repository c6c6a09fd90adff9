import { O as jsonText } from './chunk-BFaaqMrO.js';
import './chunk-DvAgaYPf.js';
import './chunk-D1dPWPgs.js';
import 'node:module';
import 'node:fs/promises';
import 'node:os';
import 'node:fs';
import 'node:path';
import 'node:url';
import './chunk-_xcPDacB.js';
import 'node:buffer';

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}

export { renderJson };
