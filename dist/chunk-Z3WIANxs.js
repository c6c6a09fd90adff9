
// src/lazy.ts
var loadCli = () => import('./chunk-DyL0B3Cn.js');
var loadRunners = () => import('./chunk-DKdhOV0i.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-CM4Y89a_.js');
var loadPickleLightWalks = () => import('./chunk-CiP4Z7X2.js');
var loadNumpyAnalysis = () => import('./chunk-DiXEQnEB.js');
var loadHydraAnalysis = () => import('./chunk-DKeWBLDM.js');
var loadJoblibAnalysis = () => import('./chunk-Q8UEetj3.js');
var loadGgufAnalysis = () => import('./chunk-B6RPShkM.js');
var loadSafetensorsAnalysis = () => import('./chunk-BN22YZW1.js');
var loadKerasAnalysis = () => import('./chunk-CCYLuEoj.js');
var loadChatTemplateAnalysis = () => import('./chunk-Bt4MJbiE.js');
var loadZipAnalysis = () => import('./chunk-DqyjgN5f.js');
var loadTarAnalysis = () => import('./chunk-CxBTTh8o.js');
var loadSentencePieceAnalysis = () => import('./chunk-qVRFVf-V.js');
var loadSevenZipAnalysis = () => import('./chunk-Dy7NuM5_.js');
var loadOnnxAnalysis = () => import('./chunk-D4wJfHW4.js');
var loadTensorflowAnalysis = () => import('./chunk-7PXOnQr3.js');
var loadCompressedAnalysis = () => import('./chunk-Co49QNzI.js');
var loadLzmaDecoder = () => import('./chunk-Dao6Iu1R.js');
var loadPinCheckers = () => import('./chunk-DaFgMB5Y.js');
var loadPolicyLoader = () => import('./chunk-lAaSuIg3.js');
var loadPolicyCommands = () => import('./chunk-D4V0e3Cc.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-oSVAUUHM.js');
var loadSarifRenderer = () => import('./chunk-BRpLeIk_.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-BRpLeIk_.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-0lOY5EjT.js');
var loadOmsVerify = () => import('./chunk-ezJ-TQN-.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-C6WQ4AEq.js');
var loadRemoteSources = () => import('./chunk-Di6W2f6d.js');
var loadPull = () => import('./chunk-XJNJ07LP.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
