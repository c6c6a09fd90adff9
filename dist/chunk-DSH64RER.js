import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-XK4E74MJ.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-Z3XVWAF6.js");
var loadPickleLightWalks = () => import("./chunk-EF2UJIE2.js");
var loadNumpyAnalysis = () => import("./chunk-LFQEMA54.js");
var loadHydraAnalysis = () => import("./chunk-POUPACGX.js");
var loadJoblibAnalysis = () => import("./chunk-G7UAPQG5.js");
var loadGgufAnalysis = () => import("./chunk-4XWSMB25.js");
var loadSafetensorsAnalysis = () => import("./chunk-BS4RBV3B.js");
var loadKerasAnalysis = () => import("./chunk-NXBCVOZC.js");
var loadChatTemplateAnalysis = () => import("./chunk-VWCBRW2D.js");
var loadZipAnalysis = () => import("./chunk-SHDBQR2S.js");
var loadTarAnalysis = () => import("./chunk-JML3AJUX.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-TTXTXHGW.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-A5ZTPRYN.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-LAMMFXPX.js");
var loadPolicyCommands = () => import("./chunk-6T2MUMTB.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-CUOQNH3Q.js");
var loadMarkdownRenderer = () => import("./chunk-IYIP6HDD.js");
var loadHumanRenderer = () => import("./chunk-BFP4ETQI.js");
var loadOmsVerify = () => import("./chunk-DCHBXHKN.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-IZ5J3X6J.js");
var loadRemoteSources = () => import("./chunk-5JWD7XJL.js");
var loadPull = () => import("./chunk-B4BH232B.js");

export {
  loadCli,
  load7zWasm,
  loadBzip2Wasm,
  loadXzWasm,
  loadJinja,
  loadPickleAnalysis,
  loadPickleLightWalks,
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
