import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  countsText,
  formatBytes,
  positionText,
  renderHuman,
  summaryText
} from "./chunk-LZFS3KT3.js";
import "./chunk-WRBY765S.js";
import "./chunk-YKEYWHWZ.js";
export {
  countsText,
  formatBytes,
  positionText,
  renderHuman,
  summaryText
};
