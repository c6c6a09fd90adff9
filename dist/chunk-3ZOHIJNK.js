import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-E7XSMNK5.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-6H5QJ5TY.js");
var loadPolicyLoader = () => import("./chunk-GP4VTPHM.js");
var loadPolicyCommands = () => import("./chunk-2YFXTSVY.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-PQKDRAXF.js");
var loadSarifRenderer = () => import("./chunk-3HREVQLV.js");
var loadMarkdownRenderer = () => import("./chunk-MUITULGI.js");
var loadHumanRenderer = () => import("./chunk-ATGK3TS2.js");
var loadOmsVerify = () => import("./chunk-DS2RLMFI.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-74OMUFKQ.js");
var loadRemoteSources = () => import("./chunk-N6K3B4ZC.js");
var loadPull = () => import("./chunk-S7A25EWB.js");

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
