import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles,
  partialFiles
} from "./chunk-5VHWLMLM.js";
import "./chunk-2DLVCLWF.js";
import "./chunk-YWWUCH5O.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-V7NMCTYZ.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-ZJBWWTGD.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  mergeFiles,
  partialFiles
};
