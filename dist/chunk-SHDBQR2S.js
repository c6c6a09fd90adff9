import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  analyzeZip,
  scanTailZip
} from "./chunk-LSFUNGBM.js";
import "./chunk-462IYUON.js";
import "./chunk-KAZVLADG.js";
import "./chunk-CJPW5Y4U.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-DSH64RER.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  analyzeZip,
  scanTailZip
};
