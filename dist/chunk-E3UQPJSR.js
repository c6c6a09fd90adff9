import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-Z5Z7K6C5.js");
var loadRunners = () => import("./chunk-ROJVCOFK.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-RDUXNKEE.js");
var loadPickleLightWalks = () => import("./chunk-EF2UJIE2.js");
var loadNumpyAnalysis = () => import("./chunk-YKBYOH5G.js");
var loadHydraAnalysis = () => import("./chunk-S26JSOVE.js");
var loadJoblibAnalysis = () => import("./chunk-Q7U7P3VH.js");
var loadGgufAnalysis = () => import("./chunk-TZRAI3QK.js");
var loadSafetensorsAnalysis = () => import("./chunk-ETFC3CRC.js");
var loadKerasAnalysis = () => import("./chunk-QFRQFD7J.js");
var loadChatTemplateAnalysis = () => import("./chunk-DK3WFTDX.js");
var loadZipAnalysis = () => import("./chunk-BUQYEP5H.js");
var loadTarAnalysis = () => import("./chunk-23KLSSZB.js");
var loadSentencePieceAnalysis = () => import("./chunk-LTII3HKK.js");
var loadSevenZipAnalysis = () => import("./chunk-V7SHGPYS.js");
var loadOnnxAnalysis = () => import("./chunk-LVUE33SB.js");
var loadTensorflowAnalysis = () => import("./chunk-IKY3DPRV.js");
var loadCompressedAnalysis = () => import("./chunk-G6BHHZAH.js");
var loadPinCheckers = () => import("./chunk-ZMX3RRF5.js");
var loadPolicyLoader = () => import("./chunk-4MFNXUDV.js");
var loadPolicyCommands = () => import("./chunk-XO457OBP.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-LCGX3IOX.js");
var loadMarkdownRenderer = () => import("./chunk-BMH6SPA6.js");
var loadHumanRenderer = () => import("./chunk-OHUEL432.js");
var loadOmsVerify = () => import("./chunk-7DKZYNDB.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-MEIS5PTB.js");
var loadRemoteSources = () => import("./chunk-ILZOWXQH.js");
var loadPull = () => import("./chunk-KDN77ZEA.js");

export {
  loadCli,
  loadRunners,
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
