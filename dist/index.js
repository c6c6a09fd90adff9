import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  signModel
} from "./chunk-5PELP3FN.js";
import {
  applyPolicy
} from "./chunk-L5DL6IZN.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-IJUABPB4.js";
import "./chunk-PDIE5V46.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-HS3VYR7X.js";
import {
  registerFileAnalyzer,
  registerTreeAnalyzer,
  scan
} from "./chunk-3YSW6FS5.js";
import {
  resolvePolicy
} from "./chunk-VA4FELRP.js";
import {
  renderMarkdown
} from "./chunk-FWODMWOZ.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-TVJWHU6X.js";
import "./chunk-WI747P3R.js";
import "./chunk-3WSOERCR.js";
import "./chunk-GEBVKRBB.js";
import {
  verifyHfCache,
  verifyLock,
  verifyOllama,
  verifyPath,
  verifySums,
  writeLock
} from "./chunk-NX2AI2TD.js";
import "./chunk-FBEN3PSM.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-RY6BK7YD.js";
import "./chunk-LZFS3KT3.js";
import "./chunk-GH5VI6YS.js";
import {
  OmsError,
  computeManifest,
  parseStatement,
  statementJson
} from "./chunk-NXNOROTZ.js";
import {
  HashPool
} from "./chunk-HD6VATNX.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  hashFile
} from "./chunk-EHB32V2H.js";
import "./chunk-TWVFZO37.js";
import "./chunk-JEUGWN7C.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-CKFALU45.js";
import "./chunk-PWEJK443.js";
import {
  SEVERITIES,
  allRules,
  getRule
} from "./chunk-WRBY765S.js";
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  HashPool,
  ModelvetError,
  OmsError,
  SEVERITIES,
  VERSION,
  allRules,
  applyPolicy,
  buildSarif,
  computeManifest,
  formatPolicyErrors,
  getRule,
  hashFile,
  loadPolicy,
  writeLock as lock,
  omsTrustOptions,
  parsePolicy,
  parseStatement,
  registerFileAnalyzer,
  registerTreeAnalyzer,
  renderMarkdown,
  renderSarif,
  resolvePolicy,
  scan,
  signModel as sign,
  signModel,
  statementJson,
  verifyPath as verify,
  verifyHfCache,
  verifyLock,
  verifyOllama,
  verifyOmsSignatureFile,
  verifySums
};
