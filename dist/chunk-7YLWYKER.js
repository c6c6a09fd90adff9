import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
} from "./chunk-ZORETZSE.js";
import "./chunk-Q7LR2GSL.js";
import {
  HASH_ERROR
} from "./chunk-7MZAR5FW.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-VZVKERG2.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-UMMNDJRA.js";
import "./chunk-UT7WCV3U.js";
import "./chunk-S4SWMKKF.js";
import "./chunk-5O7QPED4.js";
import "./chunk-YDOCYMOT.js";
import "./chunk-3O5RH2ZV.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-YE6F4LJ2.js";
import "./chunk-JV2K47QU.js";
import "./chunk-CYWQ26SF.js";
import "./chunk-2XN6XCDO.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-5W6HGMMV.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-ZOW5YN2T.js";
import "./chunk-ZHNZZ3DY.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-2S424KAA.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  registerTargetVerifier,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
};
