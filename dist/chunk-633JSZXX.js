import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles,
  partialFiles
} from "./chunk-2UMAO6S3.js";
import "./chunk-NTL7SZO6.js";
import "./chunk-7YWIPGV2.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-UO5WGXO7.js";
import "./chunk-EG2XXEHO.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-YKEYWHWZ.js";
export {
  mergeFiles,
  partialFiles
};
