
// src/lazy.ts
var loadCli = () => import('./chunk-ClrXvMaW.js');
var loadRunners = () => import('./chunk-C0_ZCQK6.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-C4vdyJZi.js');
var loadPickleLightWalks = () => import('./chunk-DViAhT_Q.js');
var loadNumpyAnalysis = () => import('./chunk-CTGjg45b.js');
var loadHydraAnalysis = () => import('./chunk-CAr8vMYd.js');
var loadJoblibAnalysis = () => import('./chunk-CnZjugt6.js');
var loadGgufAnalysis = () => import('./chunk-CGrsD0_3.js');
var loadSafetensorsAnalysis = () => import('./chunk-Dx9-FWb3.js');
var loadKerasAnalysis = () => import('./chunk-DVCT00ip.js');
var loadChatTemplateAnalysis = () => import('./chunk-JHML_sAO.js');
var loadZipAnalysis = () => import('./chunk-D1cW8mah.js');
var loadTarAnalysis = () => import('./chunk-CjmUkdZB.js');
var loadSentencePieceAnalysis = () => import('./chunk-DvGMwlWK.js');
var loadSevenZipAnalysis = () => import('./chunk-C7ztglSn.js');
var loadOnnxAnalysis = () => import('./chunk-CxaAdP4y.js');
var loadTensorflowAnalysis = () => import('./chunk-BSV0UACa.js');
var loadCompressedAnalysis = () => import('./chunk-BpsYaRNV.js');
var loadLzmaDecoder = () => import('./chunk-BdnUzdfK.js');
var loadPinCheckers = () => import('./chunk-BaYKuN4i.js');
var loadPolicyLoader = () => import('./chunk-CDwrqGt9.js');
var loadPolicyCommands = () => import('./chunk-DyDs8Av6.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-DHRhgipU.js');
var loadSarifRenderer = () => import('./chunk-DLyj6pw6.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-DLyj6pw6.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-CKFsQVhx.js');
var loadOmsVerify = () => import('./chunk-95n43lO8.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-B_2pfH0B.js');
var loadRemoteSources = () => import('./chunk-C6XB5WgF.js');
var loadPull = () => import('./chunk-lk3Xe6KA.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
