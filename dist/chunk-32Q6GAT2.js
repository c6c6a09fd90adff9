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
