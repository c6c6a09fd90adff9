import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-KVJDKKUX.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-2B7UDHX7.js");
var loadNumpyAnalysis = () => import("./chunk-WM3DEWCN.js");
var loadHydraAnalysis = () => import("./chunk-H2KVZPSU.js");
var loadJoblibAnalysis = () => import("./chunk-46F56UHT.js");
var loadGgufAnalysis = () => import("./chunk-6TEMLWH3.js");
var loadSafetensorsAnalysis = () => import("./chunk-GQS4UFDH.js");
var loadKerasAnalysis = () => import("./chunk-45VXJGY7.js");
var loadChatTemplateAnalysis = () => import("./chunk-I54HINYQ.js");
var loadZipAnalysis = () => import("./chunk-TOSR6CZL.js");
var loadTarAnalysis = () => import("./chunk-NKVSTONX.js");
var loadSentencePieceAnalysis = () => import("./chunk-HNXJFWDJ.js");
var loadSevenZipAnalysis = () => import("./chunk-X5I7KGTG.js");
var loadOnnxAnalysis = () => import("./chunk-LC7O4M2Y.js");
var loadTensorflowAnalysis = () => import("./chunk-FNR2EMGJ.js");
var loadPinCheckers = () => import("./chunk-5XENDMG6.js");
var loadPolicyLoader = () => import("./chunk-OVPNGC6W.js");
var loadPolicyCommands = () => import("./chunk-RD6ORYNX.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-YKFBWOBW.js");
var loadMarkdownRenderer = () => import("./chunk-KNYPJGP7.js");
var loadHumanRenderer = () => import("./chunk-DJLJHC65.js");
var loadOmsVerify = () => import("./chunk-T6ZS5RSB.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-YVBX7CW4.js");
var loadRemoteSources = () => import("./chunk-JDILV3A7.js");
var loadPull = () => import("./chunk-DZFTB3UY.js");

export {
  loadCli,
  load7zWasm,
  loadBzip2Wasm,
  loadXzWasm,
  loadJinja,
  loadPickleAnalysis,
  loadNumpyAnalysis,
  loadHydraAnalysis,
  loadJoblibAnalysis,
  loadGgufAnalysis,
  loadSafetensorsAnalysis,
  loadKerasAnalysis,
  loadChatTemplateAnalysis,
  loadZipAnalysis,
  loadTarAnalysis,
  loadSentencePieceAnalysis,
  loadSevenZipAnalysis,
  loadOnnxAnalysis,
  loadTensorflowAnalysis,
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
