import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-N5JQPGJX.js";
import "./chunk-GJUXVUDK.js";
import "./chunk-G2Z24UZ5.js";
import "./chunk-NLS2IWDC.js";
import "./chunk-OZS5FRZO.js";
import "./chunk-PZZDULOW.js";
import "./chunk-D7U44TQ6.js";
import "./chunk-C4YGHH3Y.js";
import "./chunk-SERLXDJN.js";
import "./chunk-ZLDTHH75.js";
import "./chunk-A3OMN6A2.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-NW7BLDIQ.js";
import "./chunk-PNIPDEE4.js";
import "./chunk-TYAZ6LGC.js";
import "./chunk-ZKNK5WLJ.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-5F5QJPKB.js";
import "./chunk-CHHKVE24.js";
import "./chunk-3YBL5H2K.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-IGWWP2DG.js";
import "./chunk-YQEZEZS2.js";
import "./chunk-PF4UP4U3.js";
import "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-7IS2CWVM.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-DSH64RER.js";
import "./chunk-MIR7RAQO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
};
