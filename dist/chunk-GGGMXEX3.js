import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-S5NPNC2N.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-2B7UDHX7.js");
var loadNumpyAnalysis = () => import("./chunk-WM3DEWCN.js");
var loadHydraAnalysis = () => import("./chunk-H2KVZPSU.js");
var loadJoblibAnalysis = () => import("./chunk-FUOMRWVX.js");
var loadGgufAnalysis = () => import("./chunk-LLZHLFJ5.js");
var loadSafetensorsAnalysis = () => import("./chunk-GQS4UFDH.js");
var loadKerasAnalysis = () => import("./chunk-YZIAA7AM.js");
var loadChatTemplateAnalysis = () => import("./chunk-YPW6WYHJ.js");
var loadZipAnalysis = () => import("./chunk-352MPHAO.js");
var loadTarAnalysis = () => import("./chunk-Z5XWUQCG.js");
var loadSentencePieceAnalysis = () => import("./chunk-NYSVIAWT.js");
var loadSevenZipAnalysis = () => import("./chunk-AK5PFMAK.js");
var loadOnnxAnalysis = () => import("./chunk-IPZRIS36.js");
var loadTensorflowAnalysis = () => import("./chunk-IPPPQP5I.js");
var loadPinCheckers = () => import("./chunk-5XENDMG6.js");
var loadPolicyLoader = () => import("./chunk-WEIY452G.js");
var loadPolicyCommands = () => import("./chunk-WDD3CNSD.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-AJTKA6AQ.js");
var loadMarkdownRenderer = () => import("./chunk-MX67QX7E.js");
var loadHumanRenderer = () => import("./chunk-G5RNN7GZ.js");
var loadOmsVerify = () => import("./chunk-YVW3MSMH.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-YLHYYGLM.js");
var loadRemoteSources = () => import("./chunk-JDILV3A7.js");
var loadPull = () => import("./chunk-VHYP7LLI.js");

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
