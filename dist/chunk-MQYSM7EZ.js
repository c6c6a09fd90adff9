import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
} from "./chunk-RC6XDD2O.js";
import "./chunk-IS4IYOU4.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-DDNAVM3O.js";
import "./chunk-Q5EW2LHM.js";
import "./chunk-G4A6O5FZ.js";
import "./chunk-DA3HONDT.js";
import "./chunk-7PDB4RG3.js";
import "./chunk-LPBRUWZL.js";
import "./chunk-QT264DVV.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import "./chunk-TDG5GJM7.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-EG2XXEHO.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-OFIXIBNK.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanTargets
};
