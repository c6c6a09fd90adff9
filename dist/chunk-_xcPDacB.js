// src/lazy.ts
var loadCli = () => import('./chunk-C8Ri0VP_.js');
var loadRunners = () => import('./chunk-CUQk9aRk.js');
var load7zWasm = () => import('./chunk-BytEr1wR.js');
var loadBzip2Wasm = () => import('./chunk-CV7Izj_S.js');
var loadXzWasm = () => import('./chunk-DrOWQGmg.js');
var loadJinja = () => import('./chunk-B7fvl6xD.js');
var loadPickleAnalysis = () => import('./chunk-C9R-ldzf.js');
var loadPickleLightWalks = () => import('./chunk-DhY9ZdSV.js');
var loadNumpyAnalysis = () => import('./chunk-BMdoIxlY.js');
var loadHydraAnalysis = () => import('./chunk-B7FvXzLi.js');
var loadJoblibAnalysis = () => import('./chunk-BzrT-n71.js');
var loadGgufAnalysis = () => import('./chunk-BMmSE-fb.js');
var loadSafetensorsAnalysis = () => import('./chunk-Ckv8sCyM.js');
var loadKerasAnalysis = () => import('./chunk-eCQ__t6U.js');
var loadChatTemplateAnalysis = () => import('./chunk-Br66fFMO.js');
var loadZipAnalysis = () => import('./chunk-CzedyW85.js');
var loadTarAnalysis = () => import('./chunk-Dq_6Elk0.js');
var loadSentencePieceAnalysis = () => import('./chunk-BrdYMOez.js');
var loadSevenZipAnalysis = () => import('./chunk-DJMwp2aO.js');
var loadOnnxAnalysis = () => import('./chunk-DMbQr1OH.js');
var loadTensorflowAnalysis = () => import('./chunk-B1CKnKeC.js');
var loadCompressedAnalysis = () => import('./chunk-DQReKByC.js');
var loadPinCheckers = () => import('./chunk-Dh_7wokB.js');
var loadPolicyLoader = () => import('./chunk-DXm_dMvc.js');
var loadPolicyCommands = () => import('./chunk-Cv752O1B.js');
var loadReportSchema = () => import('./chunk-X1gY2mdw.js');
var loadJsonRenderer = () => import('./chunk-ykIxlDLd.js');
var loadSarifRenderer = () => import('./chunk-CcwQqKV4.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-CcwQqKV4.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-xntbnV5k.js');
var loadOmsVerify = () => import('./chunk-CcMoMxOq.js');
var loadTufSeeds = () => import('./chunk-DmwzJzr7.js');
var loadSigner = () => import('./chunk-D3heSaEC.js');
var loadRemoteSources = () => import('./chunk-BbZZs3iZ.js');
var loadPull = () => import('./chunk-CRjRfEaB.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadRunners as A, loadPull as B, loadSigner as C, loadPolicyCommands as D, loadJinja as E, load7zWasm as F, loadTufSeeds as G, loadXzWasm as H, loadBzip2Wasm as I, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadChatTemplateAnalysis as r, loadCompressedAnalysis as s, loadZipAnalysis as t, loadSevenZipAnalysis as u, loadJoblibAnalysis as v, loadPinCheckers as w, loadRemoteSources as x, loadReportSchema as y, loadCli as z };
