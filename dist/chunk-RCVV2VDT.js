import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanResolvedSource,
  scanTargets
} from "./chunk-DSMIW7SC.js";
import {
  HASH_ERROR
} from "./chunk-IGCELXIU.js";
import "./chunk-NE4NMOFS.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-NUWEAHFQ.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-UFTRDSP3.js";
import "./chunk-Q5EW2LHM.js";
import "./chunk-JRT7VFB3.js";
import "./chunk-7PDB4RG3.js";
import "./chunk-QKMC5YNK.js";
import "./chunk-UD5EMAT6.js";
import "./chunk-YETPFLE6.js";
import "./chunk-DA3HONDT.js";
import "./chunk-P4MDLSFW.js";
import "./chunk-3RLMTSPF.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZHA5C36Q.js";
import "./chunk-AVJ3CGBW.js";
import "./chunk-K2MROLQJ.js";
import "./chunk-TDG5GJM7.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-6AB7EJLV.js";
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
  scanResolvedSource,
  scanTargets
};
