// src/lazy.ts
var loadCli = () => import('./chunk-BsCC-CAL.js');
var loadRunners = () => import('./chunk-DJmP1pKo.js');
var load7zWasm = () => import('./chunk-Dw3LqvkL.js');
var loadBzip2Wasm = () => import('./chunk-0JI-qRWw.js');
var loadXzWasm = () => import('./chunk-CiAfAZVF.js');
var loadJinja = () => import('./chunk-BuBJmRgP.js');
var loadPickleAnalysis = () => import('./chunk-CUYlr5YG.js');
var loadPickleLightWalks = () => import('./chunk-BYD9vBA0.js');
var loadNumpyAnalysis = () => import('./chunk-ColFk3sv.js');
var loadHydraAnalysis = () => import('./chunk--GpGOPyB.js');
var loadJoblibAnalysis = () => import('./chunk-BCv85Bh8.js');
var loadGgufAnalysis = () => import('./chunk-De-Xx8kz.js');
var loadSafetensorsAnalysis = () => import('./chunk-CtS7AwJA.js');
var loadKerasAnalysis = () => import('./chunk-lllo41aW.js');
var loadChatTemplateAnalysis = () => import('./chunk-DYRuJeBx.js');
var loadZipAnalysis = () => import('./chunk-Cib9PPuX.js');
var loadTarAnalysis = () => import('./chunk-08cd0fgv.js');
var loadSentencePieceAnalysis = () => import('./chunk-BTbknwJz.js');
var loadSevenZipAnalysis = () => import('./chunk-BQmwbcqQ.js');
var loadOnnxAnalysis = () => import('./chunk-BmJAHpuz.js');
var loadTensorflowAnalysis = () => import('./chunk-Bt-1vYeZ.js');
var loadCompressedAnalysis = () => import('./chunk-Dyq-8iW4.js');
var loadLzmaDecoder = () => import('./chunk-DSaeipyW.js');
var loadPinCheckers = () => import('./chunk-HcOqLRDz.js');
var loadPolicyLoader = () => import('./chunk-6Q-Uyrjc.js');
var loadPolicyCommands = () => import('./chunk-B-7FcvEC.js');
var loadReportSchema = () => import('./chunk-BuT1hvhU.js');
var loadJsonRenderer = () => import('./chunk-Boy5EzzB.js');
var loadSarifRenderer = () => import('./chunk-UMuFlk23.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-UMuFlk23.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-RkIm9tih.js');
var loadOmsVerify = () => import('./chunk-Bj1QH9Up.js');
var loadTufSeeds = () => import('./chunk-JwHuOjU-.js');
var loadSigner = () => import('./chunk-CxbZ1dK2.js');
var loadRemoteSources = () => import('./chunk-WhDbMRQF.js');
var loadPull = () => import('./chunk-BktNXn_4.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
