
// src/lazy.ts
var loadCli = () => import('./chunk-BD76LgYD.js');
var loadRunners = () => import('./chunk-D0c4H7U4.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-DHQFP_LU.js');
var loadPickleLightWalks = () => import('./chunk-BeStk-Uq.js');
var loadNumpyAnalysis = () => import('./chunk--9Usz8Jo.js');
var loadHydraAnalysis = () => import('./chunk-CU6ogR24.js');
var loadJoblibAnalysis = () => import('./chunk-1QcHEXKy.js');
var loadGgufAnalysis = () => import('./chunk-CdPmZSW8.js');
var loadSafetensorsAnalysis = () => import('./chunk-CUrnzH-0.js');
var loadKerasAnalysis = () => import('./chunk-BFQdZKSb.js');
var loadChatTemplateAnalysis = () => import('./chunk-EQ8rNReq.js');
var loadZipAnalysis = () => import('./chunk-C1kuOvOZ.js');
var loadTarAnalysis = () => import('./chunk-D_UrW9g-.js');
var loadSentencePieceAnalysis = () => import('./chunk-DKORtyKm.js');
var loadSevenZipAnalysis = () => import('./chunk-CX81OV5o.js');
var loadOnnxAnalysis = () => import('./chunk-BHrCVzBJ.js');
var loadTensorflowAnalysis = () => import('./chunk-B-lPnDno.js');
var loadCompressedAnalysis = () => import('./chunk-CxOTTlDa.js');
var loadLzmaDecoder = () => import('./chunk-Dao6Iu1R.js');
var loadPinCheckers = () => import('./chunk-BSOskHW9.js');
var loadPolicyLoader = () => import('./chunk-vB2EuDbD.js');
var loadPolicyCommands = () => import('./chunk-WwYMt8_8.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-ZGur87pf.js');
var loadSarifRenderer = () => import('./chunk-NNljJjVk.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-NNljJjVk.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-B3mirJo7.js');
var loadOmsVerify = () => import('./chunk-ByRCqHrQ.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-CG-04SvO.js');
var loadRemoteSources = () => import('./chunk-CKHd9VG-.js');
var loadPull = () => import('./chunk-DOtQ4VOp.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
