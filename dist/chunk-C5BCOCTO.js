import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
} from "./chunk-HECYJYWG.js";
import "./chunk-XWSCBVZI.js";
import {
  HASH_ERROR
} from "./chunk-JMC7CNT3.js";
import "./chunk-KZQVWVZ5.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-A3JSPFTR.js";
import "./chunk-RXWRXM5I.js";
import "./chunk-IGU24QTZ.js";
import "./chunk-MBDDQBF4.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-DMK3QCTH.js";
import "./chunk-OMQPXWHH.js";
import "./chunk-5O7QPED4.js";
import "./chunk-BKBTHFMR.js";
import "./chunk-VRSNAFVI.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-6AB7EJLV.js";
import "./chunk-T2RPUNP5.js";
import "./chunk-ZOW5YN2T.js";
import "./chunk-NISXE5VR.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  HASH_ERROR,
  discoverAll,
  planReads,
  scan,
  scanBeforePolicy,
  scanResolvedSource,
  scanTargets
};
