import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MARKDOWN_MAX_BYTES,
  cell,
  renderMarkdown
} from "./chunk-FWODMWOZ.js";
import "./chunk-LZFS3KT3.js";
import "./chunk-WRBY765S.js";
import "./chunk-YKEYWHWZ.js";
export {
  MARKDOWN_MAX_BYTES,
  cell,
  renderMarkdown
};
