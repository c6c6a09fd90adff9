import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-NIO3T7N5.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-6H5QJ5TY.js");
var loadPolicyLoader = () => import("./chunk-WBRSNJAT.js");
var loadPolicyCommands = () => import("./chunk-HTVQLP3T.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-PQKDRAXF.js");
var loadSarifRenderer = () => import("./chunk-GNC5MEWA.js");
var loadMarkdownRenderer = () => import("./chunk-6UXWB2UT.js");
var loadHumanRenderer = () => import("./chunk-GW7MBKXM.js");
var loadOmsVerify = () => import("./chunk-MPHOPCYL.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-Q77RCRST.js");
var loadRemoteSources = () => import("./chunk-EROSVPH2.js");
var loadPull = () => import("./chunk-K6BSFAE5.js");

export {
  loadCli,
  load7zWasm,
  loadBzip2Wasm,
  loadXzWasm,
  loadJinja,
  loadPinCheckers,
  loadPolicyLoader,
  loadPolicyCommands,
  loadReportSchema,
  loadJsonRenderer,
  loadSarifRenderer,
  loadMarkdownRenderer,
  loadHumanRenderer,
  loadOmsVerify,
  loadTufSeeds,
  loadSigner,
  loadRemoteSources,
  loadPull
};
