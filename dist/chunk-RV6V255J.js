import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
} from "./chunk-3YSW6FS5.js";
import "./chunk-WI747P3R.js";
import "./chunk-3WSOERCR.js";
import "./chunk-GEBVKRBB.js";
import "./chunk-NX2AI2TD.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-RY6BK7YD.js";
import "./chunk-LZFS3KT3.js";
import "./chunk-GH5VI6YS.js";
import "./chunk-NXNOROTZ.js";
import "./chunk-HD6VATNX.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-EHB32V2H.js";
import "./chunk-JEUGWN7C.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-CKFALU45.js";
import "./chunk-PWEJK443.js";
import "./chunk-WRBY765S.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
};
