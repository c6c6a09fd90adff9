import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-3HT5A7KT.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-6H5QJ5TY.js");
var loadPolicyLoader = () => import("./chunk-SB4ONM2N.js");
var loadPolicyCommands = () => import("./chunk-T5FPLQ4I.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-4ZFZQMKC.js");
var loadSarifRenderer = () => import("./chunk-OEFJALLT.js");
var loadMarkdownRenderer = () => import("./chunk-WYSJXJGV.js");
var loadHumanRenderer = () => import("./chunk-VZQH7RF2.js");
var loadOmsVerify = () => import("./chunk-VOOSTZDV.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-GVXZSYIZ.js");
var loadRemoteSources = () => import("./chunk-RCYSQY4X.js");
var loadPull = () => import("./chunk-UR5JMR72.js");

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
