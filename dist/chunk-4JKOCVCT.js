import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-XCUNGBBS.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPinCheckers = () => import("./chunk-CND7ZSKL.js");
var loadPolicyLoader = () => import("./chunk-TJRML2HY.js");
var loadPolicyCommands = () => import("./chunk-VHRLCZT4.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-W3B53ZTZ.js");
var loadMarkdownRenderer = () => import("./chunk-TJHOXCKC.js");
var loadHumanRenderer = () => import("./chunk-AZZ4ZYEW.js");
var loadOmsVerify = () => import("./chunk-B2F6YUYE.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-ER5IYMT3.js");
var loadRemoteSources = () => import("./chunk-UFGP2XZP.js");
var loadPull = () => import("./chunk-DQ7GJ2VS.js");

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
