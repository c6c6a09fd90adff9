import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
} from "./chunk-575BCLPY.js";
import "./chunk-K4732JAV.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-SEYORSQX.js";
import "./chunk-2WPLFKYL.js";
import "./chunk-I57E2IUY.js";
import "./chunk-JPX4T7H4.js";
import "./chunk-GFWMR3GV.js";
import "./chunk-Q6LIWZPV.js";
import "./chunk-5RK27PTF.js";
import "./chunk-PWEJK443.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-KSMYT6IX.js";
import "./chunk-JZ2DDYQA.js";
import "./chunk-WPJ73CAZ.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-EG2XXEHO.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-TZU2727S.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
};
