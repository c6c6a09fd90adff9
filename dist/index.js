import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pull
} from "./chunk-LFZ6DUFG.js";
import "./chunk-3M2UL6R4.js";
import {
  renderMarkdown
} from "./chunk-Q5DUXQHD.js";
import "./chunk-WOBFEPF6.js";
import {
  signModel
} from "./chunk-OVV2TV7N.js";
import {
  omsTrustOptions,
  verifyOmsSignatureFile
} from "./chunk-LENBVXRF.js";
import "./chunk-CNUSBWDV.js";
import "./chunk-TWVFZO37.js";
import {
  formatPolicyErrors,
  loadPolicy,
  parsePolicy
} from "./chunk-WAZJA3CJ.js";
import "./chunk-4UJNY4B6.js";
import {
  buildSarif,
  renderSarif
} from "./chunk-BD6KU24T.js";
import "./chunk-XSZXMNCD.js";
import {
  REPORT_FORMATS,
  mergeFiles,
  mergeScan,
  readPartial,
  renderReport,
  resolvePolicy,
  scanShard
} from "./chunk-4XTME4B3.js";
import {
  parseShard,
  scan
} from "./chunk-RKBNLC3H.js";
import {
  applyPolicy
} from "./chunk-ZJYEJSHL.js";
import "./chunk-ZM6O23B5.js";
import "./chunk-PDIE5V46.js";
import {
  BUILTIN_PARTS,
  allRules,
  createScanner,
  defaultScanner,
  getRule,
  verifyHfCache,
  verifyLock,
  verifyPath,
  verifySums,
  writeLock
} from "./chunk-KUR6AEJW.js";
import {
  verifyOllama
} from "./chunk-TCF5SJCZ.js";
import {
  OmsError,
  StatementError,
  parseStatement
} from "./chunk-ENFSGPXZ.js";
import {
  DigestCache,
  DocumentError,
  HashPool,
  computeManifest,
  statementJson
} from "./chunk-NL2ALA2O.js";
import "./chunk-2U53SUVQ.js";
import {
  SEVERITIES,
  defineRule
} from "./chunk-2EGIYGX7.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-H5BBCBIA.js";
import {
  hashFile
} from "./chunk-ISNR4GR2.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  BUILTIN_PARTS,
  DigestCache,
  DocumentError,
  HashPool,
  ModelvetError,
  OmsError,
  REPORT_FORMATS,
  SEVERITIES,
  StatementError,
  VERSION,
  allRules,
  applyPolicy,
  buildSarif,
  computeManifest,
  createScanner,
  defaultScanner,
  defineRule,
  formatPolicyErrors,
  getRule,
  hashFile,
  loadPolicy,
  writeLock as lock,
  mergeFiles,
  mergeScan,
  omsTrustOptions,
  parsePolicy,
  parseShard,
  parseStatement,
  pull,
  readPartial,
  renderMarkdown,
  renderReport,
  renderSarif,
  resolvePolicy,
  scan,
  scanShard,
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
