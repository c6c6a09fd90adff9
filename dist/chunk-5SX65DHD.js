import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-PA74V5TK.js";
import "./chunk-X3C7NEWS.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-RNC6BN66.js";
import "./chunk-QWZFLA27.js";
import "./chunk-PDIE5V46.js";
import "./chunk-DRVIMOAU.js";
import "./chunk-FJG74TL6.js";
import "./chunk-FVXVN6ID.js";
import "./chunk-I5BYB2BC.js";
import "./chunk-2U53SUVQ.js";
import "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-VU3GTWOH.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-5IUMLRNX.js";
import "./chunk-AHD6AZJW.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  pull
};
