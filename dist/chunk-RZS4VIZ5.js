import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles,
  partialFiles
} from "./chunk-QGX5YDCD.js";
import "./chunk-Z66MGIPM.js";
import "./chunk-ZU2FL5EE.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-T2RPUNP5.js";
import "./chunk-ZOW5YN2T.js";
import "./chunk-NISXE5VR.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  mergeFiles,
  partialFiles
};
