import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-43SD5QZY.js");
var loadRunners = () => import("./chunk-7NV5AJNU.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-RDUXNKEE.js");
var loadPickleLightWalks = () => import("./chunk-EF2UJIE2.js");
var loadNumpyAnalysis = () => import("./chunk-YKBYOH5G.js");
var loadHydraAnalysis = () => import("./chunk-S26JSOVE.js");
var loadJoblibAnalysis = () => import("./chunk-4JBGC7DE.js");
var loadGgufAnalysis = () => import("./chunk-KN4I6HUB.js");
var loadSafetensorsAnalysis = () => import("./chunk-ETFC3CRC.js");
var loadKerasAnalysis = () => import("./chunk-Z65JZYXA.js");
var loadChatTemplateAnalysis = () => import("./chunk-47T56TIQ.js");
var loadZipAnalysis = () => import("./chunk-7BEZSHVS.js");
var loadTarAnalysis = () => import("./chunk-USH7YMNE.js");
var loadSentencePieceAnalysis = () => import("./chunk-LTII3HKK.js");
var loadSevenZipAnalysis = () => import("./chunk-S5SI34BI.js");
var loadOnnxAnalysis = () => import("./chunk-LVUE33SB.js");
var loadTensorflowAnalysis = () => import("./chunk-IKY3DPRV.js");
var loadCompressedAnalysis = () => import("./chunk-5G2ZRAZL.js");
var loadPinCheckers = () => import("./chunk-ZMX3RRF5.js");
var loadPolicyLoader = () => import("./chunk-K7GA3P4T.js");
var loadPolicyCommands = () => import("./chunk-GYVZKLVN.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-ZPSGHA3T.js");
var loadMarkdownRenderer = () => import("./chunk-2AQFL7TO.js");
var loadHumanRenderer = () => import("./chunk-ZXAIWGT5.js");
var loadOmsVerify = () => import("./chunk-5NRCFMJQ.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-QQZ275NW.js");
var loadRemoteSources = () => import("./chunk-WX6XB4KZ.js");
var loadPull = () => import("./chunk-IY7O45JZ.js");

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
