import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-M5YF4LSL.js";
import "./chunk-YT3K5C2A.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-GTXZIZ23.js";
import "./chunk-ZQSZESMD.js";
import "./chunk-PDIE5V46.js";
import "./chunk-F4Y2DLU4.js";
import "./chunk-TBXIUBEN.js";
import "./chunk-RKIQYEJC.js";
import "./chunk-TI7WUZ7U.js";
import "./chunk-2U53SUVQ.js";
import "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-F3EE6S23.js";
import "./chunk-YSGONSSS.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  pull
};
