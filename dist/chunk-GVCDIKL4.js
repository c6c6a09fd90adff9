import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-LFZ6DUFG.js";
import "./chunk-3M2UL6R4.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-RKBNLC3H.js";
import "./chunk-ZJYEJSHL.js";
import "./chunk-PDIE5V46.js";
import "./chunk-KUR6AEJW.js";
import "./chunk-TCF5SJCZ.js";
import "./chunk-ENFSGPXZ.js";
import "./chunk-NL2ALA2O.js";
import "./chunk-2U53SUVQ.js";
import "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-H5BBCBIA.js";
import "./chunk-ISNR4GR2.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  pull
};
