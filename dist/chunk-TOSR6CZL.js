import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  analyzeZip,
  scanTailZip
} from "./chunk-LE4DGU34.js";
import "./chunk-RECC7HGA.js";
import "./chunk-G3MM7CBQ.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-LP6LRTI3.js";
import "./chunk-KX4ULNNZ.js";
import "./chunk-DXHC2TWT.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-AI4H7T4G.js";
import "./chunk-PE4ZITVA.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  analyzeZip,
  scanTailZip
};
