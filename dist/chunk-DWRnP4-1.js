
// src/lazy.ts
var loadCli = () => import('./chunk-BF622EDB.js');
var loadRunners = () => import('./chunk-BIOoGxTA.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-D-sVQktg.js');
var loadPickleLightWalks = () => import('./chunk-D4lJ4LPm.js');
var loadNumpyAnalysis = () => import('./chunk-Ci3PQx4n.js');
var loadHydraAnalysis = () => import('./chunk-2wYu34ti.js');
var loadJoblibAnalysis = () => import('./chunk-42NpUnNe.js');
var loadGgufAnalysis = () => import('./chunk-CryocPiu.js');
var loadSafetensorsAnalysis = () => import('./chunk-Bh-M4Jtr.js');
var loadKerasAnalysis = () => import('./chunk-4fqaGZJE.js');
var loadChatTemplateAnalysis = () => import('./chunk-B16nptqW.js');
var loadZipAnalysis = () => import('./chunk-Do5bF724.js');
var loadTarAnalysis = () => import('./chunk-BqkLniV6.js');
var loadSentencePieceAnalysis = () => import('./chunk-mtf4-lFk.js');
var loadSevenZipAnalysis = () => import('./chunk-B8PYGBJr.js');
var loadOnnxAnalysis = () => import('./chunk-CAtjPqRb.js');
var loadTensorflowAnalysis = () => import('./chunk-BWvLBeWs.js');
var loadCompressedAnalysis = () => import('./chunk-eBI_8i5t.js');
var loadLzmaDecoder = () => import('./chunk-CkWQ5xth.js');
var loadPinCheckers = () => import('./chunk-H_KYKcmO.js');
var loadPolicyLoader = () => import('./chunk-SF2EnX8I.js');
var loadPolicyCommands = () => import('./chunk-B7Su-M3O.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-D7nOIkoU.js');
var loadSarifRenderer = () => import('./chunk-CKtbDqDZ.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-CKtbDqDZ.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-BhWxjyD_.js');
var loadOmsVerify = () => import('./chunk-DCCXlrzA.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-CRYIiGeh.js');
var loadRemoteSources = () => import('./chunk-DVK3Wbd4.js');
var loadPull = () => import('./chunk-DllI9qc3.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
