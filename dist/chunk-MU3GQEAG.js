import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles,
  partialFiles
} from "./chunk-Y3KIPZOI.js";
import "./chunk-UYH3A4RX.js";
import "./chunk-DIO5ML5T.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-SGGY2HRM.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-YKEYWHWZ.js";
export {
  mergeFiles,
  partialFiles
};
