
// src/lazy.ts
var loadCli = () => import("./chunk-Q6CYBFYA.js");
var loadRunners = () => import("./chunk-PJCD7LD2.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-RDUXNKEE.js");
var loadPickleLightWalks = () => import("./chunk-EF2UJIE2.js");
var loadNumpyAnalysis = () => import("./chunk-YKBYOH5G.js");
var loadHydraAnalysis = () => import("./chunk-S26JSOVE.js");
var loadJoblibAnalysis = () => import("./chunk-UUC73TIA.js");
var loadGgufAnalysis = () => import("./chunk-3X3WO2EH.js");
var loadSafetensorsAnalysis = () => import("./chunk-ETFC3CRC.js");
var loadKerasAnalysis = () => import("./chunk-53SRZJLB.js");
var loadChatTemplateAnalysis = () => import("./chunk-JYIDDGTT.js");
var loadZipAnalysis = () => import("./chunk-BQFYZD5O.js");
var loadTarAnalysis = () => import("./chunk-COJZKBWK.js");
var loadSentencePieceAnalysis = () => import("./chunk-LTII3HKK.js");
var loadSevenZipAnalysis = () => import("./chunk-CTF6KR3D.js");
var loadOnnxAnalysis = () => import("./chunk-LVUE33SB.js");
var loadTensorflowAnalysis = () => import("./chunk-IKY3DPRV.js");
var loadCompressedAnalysis = () => import("./chunk-Z35DB4CX.js");
var loadPinCheckers = () => import("./chunk-ZMX3RRF5.js");
var loadPolicyLoader = () => import("./chunk-EUEDZKLE.js");
var loadPolicyCommands = () => import("./chunk-BUENKVQC.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-MHCOW5IA.js");
var loadMarkdownRenderer = () => import("./chunk-EEQLYTOU.js");
var loadHumanRenderer = () => import("./chunk-ESKZ4REB.js");
var loadOmsVerify = () => import("./chunk-PYPUCRYD.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-ZFE6HVLC.js");
var loadRemoteSources = () => import("./chunk-TGFJQPKC.js");
var loadPull = () => import("./chunk-FMQH6ZSG.js");

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
