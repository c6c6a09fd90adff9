
// src/lazy.ts
var loadCli = () => import("./chunk-OUZO4D5Q.js");
var loadRunners = () => import("./chunk-U2GRJCFK.js");
var load7zWasm = () => import("./chunk-CB6QRTLD.js");
var loadBzip2Wasm = () => import("./chunk-W6DLANXZ.js");
var loadXzWasm = () => import("./chunk-ZDIHGL2Y.js");
var loadJinja = () => import("./chunk-XS7PKYNG.js");
var loadPickleAnalysis = () => import("./chunk-Z3XVWAF6.js");
var loadPickleLightWalks = () => import("./chunk-EF2UJIE2.js");
var loadNumpyAnalysis = () => import("./chunk-LFQEMA54.js");
var loadHydraAnalysis = () => import("./chunk-W5HXPREV.js");
var loadJoblibAnalysis = () => import("./chunk-MNUBVM6L.js");
var loadGgufAnalysis = () => import("./chunk-7JUEB6N2.js");
var loadSafetensorsAnalysis = () => import("./chunk-BS4RBV3B.js");
var loadKerasAnalysis = () => import("./chunk-62JYTL5O.js");
var loadChatTemplateAnalysis = () => import("./chunk-U33PYIHH.js");
var loadZipAnalysis = () => import("./chunk-OFYBNZMH.js");
var loadTarAnalysis = () => import("./chunk-72YSOR5O.js");
var loadSentencePieceAnalysis = () => import("./chunk-PS5BUBG7.js");
var loadSevenZipAnalysis = () => import("./chunk-YZ7PP4W6.js");
var loadOnnxAnalysis = () => import("./chunk-SBRVEVFW.js");
var loadTensorflowAnalysis = () => import("./chunk-TB7EZFYT.js");
var loadCompressedAnalysis = () => import("./chunk-Z4NNLQWR.js");
var loadPinCheckers = () => import("./chunk-GS5V7X7M.js");
var loadPolicyLoader = () => import("./chunk-TXEB4LIY.js");
var loadPolicyCommands = () => import("./chunk-XDRZKMV5.js");
var loadReportSchema = () => import("./chunk-4FJ2T7IX.js");
var loadJsonRenderer = () => import("./chunk-32Q6GAT2.js");
var loadSarifRenderer = () => import("./chunk-4UVUMDO7.js");
var loadMarkdownRenderer = () => import("./chunk-7ZTAHL4T.js");
var loadHumanRenderer = () => import("./chunk-T5O4ONDZ.js");
var loadOmsVerify = () => import("./chunk-IAJ6NEJX.js");
var loadTufSeeds = () => import("./chunk-3M5YZ275.js");
var loadSigner = () => import("./chunk-EM4EOBOD.js");
var loadRemoteSources = () => import("./chunk-7QWD6K2J.js");
var loadPull = () => import("./chunk-BPMX5WQS.js");

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
