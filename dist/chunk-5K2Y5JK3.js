import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-OUWZXSLM.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-FGJZYBPD.js");
var loadNumpyAnalysis = () => import("./chunk-TS3WE6JB.js");
var loadHydraAnalysis = () => import("./chunk-NPYKED5O.js");
var loadJoblibAnalysis = () => import("./chunk-SSE6XWPW.js");
var loadGgufAnalysis = () => import("./chunk-HYLPHXL7.js");
var loadSafetensorsAnalysis = () => import("./chunk-DVYRZJQP.js");
var loadKerasAnalysis = () => import("./chunk-QBRZCT3Y.js");
var loadChatTemplateAnalysis = () => import("./chunk-T3WGQVJF.js");
var loadZipAnalysis = () => import("./chunk-MU3WA5E2.js");
var loadTarAnalysis = () => import("./chunk-AJZMHOQG.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-NAVIQROO.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-EKT2ZP5K.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-XIKJOHMY.js");
var loadPolicyCommands = () => import("./chunk-VFFXCXIJ.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-KSTSP7TD.js");
var loadMarkdownRenderer = () => import("./chunk-F4BKW54M.js");
var loadHumanRenderer = () => import("./chunk-HYWF4PMI.js");
var loadOmsVerify = () => import("./chunk-H2Y4A6CM.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-VID52YOC.js");
var loadRemoteSources = () => import("./chunk-EXNBCSAZ.js");
var loadPull = () => import("./chunk-L6HZZQIL.js");

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
