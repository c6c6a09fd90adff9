import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
} from "./chunk-ELHFENZF.js";
import "./chunk-XZSABDUY.js";
import "./chunk-XSZXMNCD.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
};
