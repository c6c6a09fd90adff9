import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
} from "./chunk-XH5YH5EX.js";
import "./chunk-2S424KAA.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  buildSarif,
  renderSarif,
  sarifLevel
};
