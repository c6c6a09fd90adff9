import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-ZHKBMT3B.js";
import "./chunk-SWNJPI7Q.js";
import "./chunk-JYTLP547.js";
import "./chunk-YDRKY44G.js";
import "./chunk-LQ3UOKES.js";
import "./chunk-AWUCGWED.js";
import "./chunk-34DRRHWS.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-4GCDMYUA.js";
import "./chunk-MUZPND32.js";
import "./chunk-G3MM7CBQ.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-6PII7O3I.js";
import "./chunk-JQQY3AQR.js";
import "./chunk-VJGJT5LU.js";
import "./chunk-ECE2AIIE.js";
import "./chunk-HTWOWIUC.js";
import "./chunk-CHHKVE24.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-L3MJZLD7.js";
import "./chunk-QUDQ74A5.js";
import "./chunk-75I27FYS.js";
import "./chunk-CGWTXJYU.js";
import "./chunk-HXNGW4GU.js";
import "./chunk-W3HVLK6T.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-LP6LRTI3.js";
import "./chunk-KX4ULNNZ.js";
import "./chunk-DXHC2TWT.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-QXPKDC33.js";
import "./chunk-B25L3P76.js";
import "./chunk-FDCEOZT7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-PEJ26ZJ5.js";
import "./chunk-FY7H743B.js";
import "./chunk-AI4H7T4G.js";
import "./chunk-PE4ZITVA.js";
import "./chunk-AHD6AZJW.js";
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
