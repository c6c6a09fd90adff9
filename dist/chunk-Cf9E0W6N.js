// src/lazy.ts
var loadCli = () => import('./chunk-A7jiQNoM.js');
var loadRunners = () => import('./chunk-WTMeTk87.js');
var load7zWasm = () => import('./chunk-Dw3LqvkL.js');
var loadBzip2Wasm = () => import('./chunk-0JI-qRWw.js');
var loadXzWasm = () => import('./chunk-CiAfAZVF.js');
var loadJinja = () => import('./chunk-BuBJmRgP.js');
var loadPickleAnalysis = () => import('./chunk-C-1yFdoW.js');
var loadPickleLightWalks = () => import('./chunk-BRZaN-fb.js');
var loadNumpyAnalysis = () => import('./chunk-CoPVJwoz.js');
var loadHydraAnalysis = () => import('./chunk-D9yJR8lw.js');
var loadJoblibAnalysis = () => import('./chunk-BGspyvpg.js');
var loadGgufAnalysis = () => import('./chunk-Ct0m4ZTY.js');
var loadSafetensorsAnalysis = () => import('./chunk-C8rA0v7x.js');
var loadKerasAnalysis = () => import('./chunk-CdaYqrrM.js');
var loadChatTemplateAnalysis = () => import('./chunk-CvQjTc1S.js');
var loadZipAnalysis = () => import('./chunk-DIxJwwAJ.js');
var loadTarAnalysis = () => import('./chunk-CoRETEuJ.js');
var loadSentencePieceAnalysis = () => import('./chunk-Dh_lLvdL.js');
var loadSevenZipAnalysis = () => import('./chunk-DBcRxzhO.js');
var loadOnnxAnalysis = () => import('./chunk-BIlxXD5d.js');
var loadTensorflowAnalysis = () => import('./chunk-Dn7H4zPi.js');
var loadCompressedAnalysis = () => import('./chunk-j3iTB0ma.js');
var loadLzmaDecoder = () => import('./chunk-BnSd5Jkc.js');
var loadPinCheckers = () => import('./chunk-Dbp9du9s.js');
var loadPolicyLoader = () => import('./chunk-C1jLS2N5.js');
var loadPolicyCommands = () => import('./chunk-DIpHwlXg.js');
var loadReportSchema = () => import('./chunk-BuT1hvhU.js');
var loadJsonRenderer = () => import('./chunk-B8Czr3Fs.js');
var loadSarifRenderer = () => import('./chunk-CevhQbAx.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-CevhQbAx.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-BT_c63M0.js');
var loadOmsVerify = () => import('./chunk-DtY0hQCJ.js');
var loadTufSeeds = () => import('./chunk-JwHuOjU-.js');
var loadSigner = () => import('./chunk-ASHiFCDq.js');
var loadRemoteSources = () => import('./chunk--4pX9eT6.js');
var loadPull = () => import('./chunk-DqMXPyXx.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
