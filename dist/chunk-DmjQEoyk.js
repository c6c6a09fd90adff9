
// src/lazy.ts
var loadCli = () => import('./chunk-B1uSDPzs.js');
var loadRunners = () => import('./chunk-Dq4y6j53.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-cs2FCxbQ.js');
var loadPickleLightWalks = () => import('./chunk-BDDFjSH9.js');
var loadNumpyAnalysis = () => import('./chunk-CQG88aaT.js');
var loadHydraAnalysis = () => import('./chunk-BeFyOMWN.js');
var loadJoblibAnalysis = () => import('./chunk-KRq9pVGg.js');
var loadGgufAnalysis = () => import('./chunk-YFTF_ajO.js');
var loadSafetensorsAnalysis = () => import('./chunk-Dqva7inA.js');
var loadKerasAnalysis = () => import('./chunk-CvouEAyH.js');
var loadChatTemplateAnalysis = () => import('./chunk-CGiWP6kl.js');
var loadZipAnalysis = () => import('./chunk-MU2RmHos.js');
var loadTarAnalysis = () => import('./chunk-C31lOajp.js');
var loadSentencePieceAnalysis = () => import('./chunk-BUnYqxhO.js');
var loadSevenZipAnalysis = () => import('./chunk-aVoaLeuM.js');
var loadOnnxAnalysis = () => import('./chunk-D_Z3uLdZ.js');
var loadTensorflowAnalysis = () => import('./chunk-CC0XtFtd.js');
var loadCompressedAnalysis = () => import('./chunk-BoZbHcIS.js');
var loadLzmaDecoder = () => import('./chunk-e34Syf_h.js');
var loadPinCheckers = () => import('./chunk-iqA3eW5Q.js');
var loadPolicyLoader = () => import('./chunk-CD2GxklA.js');
var loadPolicyCommands = () => import('./chunk-Cwf0Fls_.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-BMeRLZ6N.js');
var loadSarifRenderer = () => import('./chunk-DNktb3TD.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-DNktb3TD.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-CHBmJjLo.js');
var loadOmsVerify = () => import('./chunk-C7vg3909.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-Csm9dwCf.js');
var loadRemoteSources = () => import('./chunk-CyRJBhZU.js');
var loadPull = () => import('./chunk-C4XhZUCH.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
