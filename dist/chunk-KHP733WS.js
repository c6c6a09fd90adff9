import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-SNJUIDH4.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-FGJZYBPD.js");
var loadNumpyAnalysis = () => import("./chunk-TS3WE6JB.js");
var loadHydraAnalysis = () => import("./chunk-NPYKED5O.js");
var loadJoblibAnalysis = () => import("./chunk-B5X4V74O.js");
var loadGgufAnalysis = () => import("./chunk-2J3RM537.js");
var loadSafetensorsAnalysis = () => import("./chunk-DVYRZJQP.js");
var loadKerasAnalysis = () => import("./chunk-GIR2WIEI.js");
var loadChatTemplateAnalysis = () => import("./chunk-VCSXZNMW.js");
var loadZipAnalysis = () => import("./chunk-CCNUKLMU.js");
var loadTarAnalysis = () => import("./chunk-DPTBTYMD.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-ZFASZMYA.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-2GA4CQII.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-HPELK4H7.js");
var loadPolicyCommands = () => import("./chunk-XPUAZ5QI.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-N64RJLLF.js");
var loadMarkdownRenderer = () => import("./chunk-HFFJDWL4.js");
var loadHumanRenderer = () => import("./chunk-ZHPJP7HX.js");
var loadOmsVerify = () => import("./chunk-C5CME2YJ.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-5VD2WTKB.js");
var loadRemoteSources = () => import("./chunk-TYA4DDMJ.js");
var loadPull = () => import("./chunk-SMHNSQEH.js");

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
  loadCompressedAnalysis,
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
