import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanResolvedSource,
  scanTargets
} from "./chunk-NKTEHMO5.js";
import {
  HASH_ERROR
} from "./chunk-ZDD54TQE.js";
import "./chunk-NE4NMOFS.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-PPOW6CIB.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-HPLDOC4G.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-ICJLAFIK.js";
import "./chunk-5A6NZOAM.js";
import "./chunk-PSA44A35.js";
import "./chunk-LJQGOKMF.js";
import "./chunk-3Q2GSXUS.js";
import "./chunk-DA3HONDT.js";
import "./chunk-FEKCWWE7.js";
import "./chunk-NVN3EHU5.js";
import "./chunk-V6NJ47XA.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-3HYLJ76H.js";
import "./chunk-2K6SO57R.js";
import "./chunk-TDG5GJM7.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-SGGY2HRM.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanResolvedSource,
  scanTargets
};
