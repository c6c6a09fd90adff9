import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  jsonText
} from "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/report/json.ts
function renderJson(report) {
  return jsonText(report);
}
export {
  renderJson
};
