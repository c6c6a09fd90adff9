import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeFiles,
  partialFiles
} from "./chunk-DDWNS7BB.js";
import "./chunk-DSRHFDXE.js";
import "./chunk-IK5ZE75X.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-ZOW5YN2T.js";
import "./chunk-ZHNZZ3DY.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-2S424KAA.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  mergeFiles,
  partialFiles
};
