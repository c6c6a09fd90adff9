import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-R4S7QROS.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-6H5QJ5TY.js");
var loadPolicyLoader = () => import("./chunk-GETVWEJS.js");
var loadPolicyCommands = () => import("./chunk-JTHQWSET.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-PQKDRAXF.js");
var loadSarifRenderer = () => import("./chunk-7IMQVJ6T.js");
var loadMarkdownRenderer = () => import("./chunk-LG7I46UQ.js");
var loadHumanRenderer = () => import("./chunk-6H3DTGU6.js");
var loadOmsVerify = () => import("./chunk-ISHLHW62.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-M6OCHBLZ.js");
var loadRemoteSources = () => import("./chunk-N6K3B4ZC.js");
var loadPull = () => import("./chunk-5SX65DHD.js");

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
