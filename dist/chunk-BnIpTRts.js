
// src/lazy.ts
var loadCli = () => import('./chunk-BTz74Tqd.js');
var loadRunners = () => import('./chunk-D4VWrrPZ.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-BgnbMTIb.js');
var loadPickleLightWalks = () => import('./chunk-DMtksi4s.js');
var loadNumpyAnalysis = () => import('./chunk-C232exPr.js');
var loadHydraAnalysis = () => import('./chunk-CGLviPrO.js');
var loadJoblibAnalysis = () => import('./chunk-CRLF_8LB.js');
var loadGgufAnalysis = () => import('./chunk-Cf9RDVe1.js');
var loadSafetensorsAnalysis = () => import('./chunk-DoGkWpWC.js');
var loadKerasAnalysis = () => import('./chunk-K9Hi1Eok.js');
var loadChatTemplateAnalysis = () => import('./chunk-BzGitNR2.js');
var loadZipAnalysis = () => import('./chunk-DDXVik4S.js');
var loadTarAnalysis = () => import('./chunk-D1aZqeL_.js');
var loadSentencePieceAnalysis = () => import('./chunk-BimYsvYG.js');
var loadSevenZipAnalysis = () => import('./chunk-xuAxxGfp.js');
var loadOnnxAnalysis = () => import('./chunk-Dbe5xuSY.js');
var loadTensorflowAnalysis = () => import('./chunk-D6sYTb_s.js');
var loadCompressedAnalysis = () => import('./chunk-Cu4kyzrg.js');
var loadLzmaDecoder = () => import('./chunk-C9QKvTo8.js');
var loadPinCheckers = () => import('./chunk-BP52ywKS.js');
var loadPolicyLoader = () => import('./chunk-D2GOrUGY.js');
var loadPolicyCommands = () => import('./chunk-BdRXn4Dj.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-CbWpa0-q.js');
var loadSarifRenderer = () => import('./chunk-CVmL7zkp.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-CVmL7zkp.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-BjIIV-gI.js');
var loadOmsVerify = () => import('./chunk-DMOX2wTg.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-bla_xvY-.js');
var loadRemoteSources = () => import('./chunk-wtafGJFk.js');
var loadPull = () => import('./chunk-DVs3IBfl.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
