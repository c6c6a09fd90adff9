import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-VXNZ52DQ.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-6H5QJ5TY.js");
var loadPolicyLoader = () => import("./chunk-U3UZ3KZ6.js");
var loadPolicyCommands = () => import("./chunk-RB7SFALA.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-323FEK2N.js");
var loadSarifRenderer = () => import("./chunk-ZVNT57AE.js");
var loadMarkdownRenderer = () => import("./chunk-H3CLSRGJ.js");
var loadHumanRenderer = () => import("./chunk-IB3KDHOG.js");
var loadOmsVerify = () => import("./chunk-KVXUXJPC.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-IK655OD2.js");
var loadRemoteSources = () => import("./chunk-R7GNRDRR.js");
var loadPull = () => import("./chunk-UKZCYKGP.js");

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
