
// src/lazy.ts
var loadCli = () => import('./chunk-n9mRByZi.js');
var loadRunners = () => import('./chunk-C3IX7asD.js');
var load7zWasm = () => import('./chunk-BKkgP8YE.js');
var loadBzip2Wasm = () => import('./chunk-Cf-CmgVL.js');
var loadXzWasm = () => import('./chunk-DqcCpl7s.js');
var loadJinja = () => import('./chunk-CgUD31iO.js');
var loadPickleAnalysis = () => import('./chunk-DiZ-HoQb.js');
var loadPickleLightWalks = () => import('./chunk-Bi8XZLy2.js');
var loadNumpyAnalysis = () => import('./chunk-Dpu7vDlI.js');
var loadHydraAnalysis = () => import('./chunk-Dt7EKPbR.js');
var loadJoblibAnalysis = () => import('./chunk-B_DTxcI7.js');
var loadGgufAnalysis = () => import('./chunk-r57jK3AK.js');
var loadSafetensorsAnalysis = () => import('./chunk-p73FNDo-.js');
var loadKerasAnalysis = () => import('./chunk-BLvVqUSl.js');
var loadChatTemplateAnalysis = () => import('./chunk-p2uv5If8.js');
var loadZipAnalysis = () => import('./chunk-BwzhC49t.js');
var loadTarAnalysis = () => import('./chunk-Csi_4C3u.js');
var loadSentencePieceAnalysis = () => import('./chunk-h4qkJhUl.js');
var loadSevenZipAnalysis = () => import('./chunk-iQB_RYwg.js');
var loadOnnxAnalysis = () => import('./chunk-BEhwGa3r.js');
var loadTensorflowAnalysis = () => import('./chunk-DS7Ahf1Y.js');
var loadCompressedAnalysis = () => import('./chunk-DyekaNms.js');
var loadLzmaDecoder = () => import('./chunk-DdDiVZ_y.js');
var loadPinCheckers = () => import('./chunk-B7SC5Jv8.js');
var loadPolicyLoader = () => import('./chunk-CIED_dm7.js');
var loadPolicyCommands = () => import('./chunk-a8UpdED2.js');
var loadReportSchema = () => import('./chunk-CuJho_t8.js');
var loadJsonRenderer = () => import('./chunk-MLx4tFkB.js');
var loadSarifRenderer = () => import('./chunk-D0tlQpRX.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-D0tlQpRX.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-C26R8W_H.js');
var loadOmsVerify = () => import('./chunk-CsIuVO__.js');
var loadTufSeeds = () => import('./chunk-BEFapr0e.js');
var loadSigner = () => import('./chunk-B7tgtWp_.js');
var loadRemoteSources = () => import('./chunk-e2T4Wqxj.js');
var loadPull = () => import('./chunk-CpvgeNZv.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
