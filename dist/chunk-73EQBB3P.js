import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/lazy.ts
var loadCli = () => import("./chunk-H33EIWXD.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-FGJZYBPD.js");
var loadNumpyAnalysis = () => import("./chunk-TS3WE6JB.js");
var loadHydraAnalysis = () => import("./chunk-NPYKED5O.js");
var loadJoblibAnalysis = () => import("./chunk-GJLGVQ64.js");
var loadGgufAnalysis = () => import("./chunk-WBYVMT4Y.js");
var loadSafetensorsAnalysis = () => import("./chunk-DVYRZJQP.js");
var loadKerasAnalysis = () => import("./chunk-KUEGYCDI.js");
var loadChatTemplateAnalysis = () => import("./chunk-VDWDI2MU.js");
var loadZipAnalysis = () => import("./chunk-ZAK2VR2M.js");
var loadTarAnalysis = () => import("./chunk-JTCRWXME.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-HF72FRTV.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-3F7G5DRK.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-I2Y775VG.js");
var loadPolicyCommands = () => import("./chunk-HXGZ3EE4.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-X64SSCND.js");
var loadMarkdownRenderer = () => import("./chunk-W5COGCM3.js");
var loadHumanRenderer = () => import("./chunk-DGQATTBP.js");
var loadOmsVerify = () => import("./chunk-UMX7YU6Z.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-K6G4QPBM.js");
var loadRemoteSources = () => import("./chunk-7N4DKUXY.js");
var loadPull = () => import("./chunk-7RSXJUYD.js");

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
