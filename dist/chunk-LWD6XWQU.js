import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-AKGDXYX4.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-FGJZYBPD.js");
var loadNumpyAnalysis = () => import("./chunk-TS3WE6JB.js");
var loadHydraAnalysis = () => import("./chunk-NPYKED5O.js");
var loadJoblibAnalysis = () => import("./chunk-KVLKN5UP.js");
var loadGgufAnalysis = () => import("./chunk-CPEJSDAB.js");
var loadSafetensorsAnalysis = () => import("./chunk-DVYRZJQP.js");
var loadKerasAnalysis = () => import("./chunk-ZMJNPJZ2.js");
var loadChatTemplateAnalysis = () => import("./chunk-KSEW4LBU.js");
var loadZipAnalysis = () => import("./chunk-SB7VIUAP.js");
var loadTarAnalysis = () => import("./chunk-HUHSFW5E.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-SVMOTSPP.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-JS22NUTB.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-UBNVIDQS.js");
var loadPolicyCommands = () => import("./chunk-U5DOWKY6.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-QONFFQ5C.js");
var loadMarkdownRenderer = () => import("./chunk-JKRBD4EQ.js");
var loadHumanRenderer = () => import("./chunk-HWSY6K5F.js");
var loadOmsVerify = () => import("./chunk-HCYFGA3G.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-MGBMTNYA.js");
var loadRemoteSources = () => import("./chunk-7N4DKUXY.js");
var loadPull = () => import("./chunk-HPGSGMQ2.js");

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
