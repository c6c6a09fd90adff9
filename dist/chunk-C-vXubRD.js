// src/lazy.ts
var loadCli = () => import('./chunk-CFQbmv9b.js');
var loadRunners = () => import('./chunk-BvBFPetB.js');
var load7zWasm = () => import('./chunk-Dw3LqvkL.js');
var loadBzip2Wasm = () => import('./chunk-0JI-qRWw.js');
var loadXzWasm = () => import('./chunk-CiAfAZVF.js');
var loadJinja = () => import('./chunk-BuBJmRgP.js');
var loadPickleAnalysis = () => import('./chunk-D38A2HFr.js');
var loadPickleLightWalks = () => import('./chunk-DHETZUpZ.js');
var loadNumpyAnalysis = () => import('./chunk-DV0Vyze6.js');
var loadHydraAnalysis = () => import('./chunk-Dt8OdI6Q.js');
var loadJoblibAnalysis = () => import('./chunk-DnFiwM7P.js');
var loadGgufAnalysis = () => import('./chunk-jecWNlqU.js');
var loadSafetensorsAnalysis = () => import('./chunk-DzjM8bXQ.js');
var loadKerasAnalysis = () => import('./chunk-CaS7MV3J.js');
var loadChatTemplateAnalysis = () => import('./chunk-CXrD2_wS.js');
var loadZipAnalysis = () => import('./chunk-CWQaUxCa.js');
var loadTarAnalysis = () => import('./chunk-CiH3724a.js');
var loadSentencePieceAnalysis = () => import('./chunk-DOxlOzpm.js');
var loadSevenZipAnalysis = () => import('./chunk-DxvHswn5.js');
var loadOnnxAnalysis = () => import('./chunk-CTkdmMH6.js');
var loadTensorflowAnalysis = () => import('./chunk-BZIzeFT6.js');
var loadCompressedAnalysis = () => import('./chunk-mrX76vyz.js');
var loadLzmaDecoder = () => import('./chunk-BnSd5Jkc.js');
var loadPinCheckers = () => import('./chunk-EI1jSryi.js');
var loadPolicyLoader = () => import('./chunk-CO6Sb17w.js');
var loadPolicyCommands = () => import('./chunk-nZvIp7y3.js');
var loadReportSchema = () => import('./chunk-BuT1hvhU.js');
var loadJsonRenderer = () => import('./chunk-msA6nul7.js');
var loadSarifRenderer = () => import('./chunk-6OLsKm_j.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-6OLsKm_j.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-CB5cZdbv.js');
var loadOmsVerify = () => import('./chunk-CRRPI_o_.js');
var loadTufSeeds = () => import('./chunk-JwHuOjU-.js');
var loadSigner = () => import('./chunk-B0z2HWoL.js');
var loadRemoteSources = () => import('./chunk-BgU9kYgA.js');
var loadPull = () => import('./chunk-CtPEtArw.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
