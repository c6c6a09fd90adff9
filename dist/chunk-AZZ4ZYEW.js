import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  checkedText,
  collapseRepeats,
  countsText,
  positionText,
  renderHuman,
  summaryText
} from "./chunk-TBL32AWC.js";
import {
  formatBytes
} from "./chunk-XSZXMNCD.js";
import "./chunk-4TBDLF5S.js";
import "./chunk-YSPX3B5J.js";
import "./chunk-CHSPD2H6.js";
import "./chunk-FI7WJMRJ.js";
import "./chunk-2U53SUVQ.js";
import "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-4JKOCVCT.js";
import "./chunk-AHD6AZJW.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  checkedText,
  collapseRepeats,
  countsText,
  formatBytes,
  positionText,
  renderHuman,
  summaryText
};
