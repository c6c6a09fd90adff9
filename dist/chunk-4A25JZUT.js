import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  checkedText,
  collapseRepeats,
  countsText,
  positionText,
  renderHuman,
  summaryText
} from "./chunk-XZSABDUY.js";
import {
  formatBytes
} from "./chunk-XSZXMNCD.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
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
