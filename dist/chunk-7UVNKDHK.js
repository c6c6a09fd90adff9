import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-IPZYDVBZ.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-TZU2727S.js";
import "./chunk-YKEYWHWZ.js";
export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
};
