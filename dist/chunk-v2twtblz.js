// src/lazy.ts
var loadCli = () => import('./chunk-DzAMHiDn.js');
var loadRunners = () => import('./chunk-AX2I5GEQ.js');
var load7zWasm = () => import('./chunk-Dw3LqvkL.js');
var loadBzip2Wasm = () => import('./chunk-0JI-qRWw.js');
var loadXzWasm = () => import('./chunk-CiAfAZVF.js');
var loadJinja = () => import('./chunk-BuBJmRgP.js');
var loadPickleAnalysis = () => import('./chunk-DlO1Ef9H.js');
var loadPickleLightWalks = () => import('./chunk-Ce3oLW3N.js');
var loadNumpyAnalysis = () => import('./chunk-DfRtLta8.js');
var loadHydraAnalysis = () => import('./chunk-B-FVZ00k.js');
var loadJoblibAnalysis = () => import('./chunk-CQSHD2kZ.js');
var loadGgufAnalysis = () => import('./chunk-B7ad_LOD.js');
var loadSafetensorsAnalysis = () => import('./chunk-LeqnmuRi.js');
var loadKerasAnalysis = () => import('./chunk-CiHey-CT.js');
var loadChatTemplateAnalysis = () => import('./chunk-QfZtXfr6.js');
var loadZipAnalysis = () => import('./chunk-BO66t-XH.js');
var loadTarAnalysis = () => import('./chunk-F_SFHTxJ.js');
var loadSentencePieceAnalysis = () => import('./chunk-BvMHswzi.js');
var loadSevenZipAnalysis = () => import('./chunk-DLgpB-QJ.js');
var loadOnnxAnalysis = () => import('./chunk-CfaF_rE6.js');
var loadTensorflowAnalysis = () => import('./chunk-CkbH5V4_.js');
var loadCompressedAnalysis = () => import('./chunk-B4mwaqyK.js');
var loadLzmaDecoder = () => import('./chunk-BnSd5Jkc.js');
var loadPinCheckers = () => import('./chunk-fBv-eRoo.js');
var loadPolicyLoader = () => import('./chunk-DXv7COz8.js');
var loadPolicyCommands = () => import('./chunk-jHMAAMmd.js');
var loadReportSchema = () => import('./chunk-BuT1hvhU.js');
var loadJsonRenderer = () => import('./chunk-B-OzHem4.js');
var loadSarifRenderer = () => import('./chunk-DA2MPZnF.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-DA2MPZnF.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-S6aRY_sF.js');
var loadOmsVerify = () => import('./chunk-C_7O2YLU.js');
var loadTufSeeds = () => import('./chunk-JwHuOjU-.js');
var loadSigner = () => import('./chunk-Blfwf-tL.js');
var loadRemoteSources = () => import('./chunk-CrPpx9ua.js');
var loadPull = () => import('./chunk-F3bpuHWf.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadCli as A, loadRunners as B, loadPull as C, loadSigner as D, loadPolicyCommands as E, loadJinja as F, load7zWasm as G, loadTufSeeds as H, loadXzWasm as I, loadBzip2Wasm as J, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadLzmaDecoder as r, loadChatTemplateAnalysis as s, loadCompressedAnalysis as t, loadZipAnalysis as u, loadSevenZipAnalysis as v, loadJoblibAnalysis as w, loadPinCheckers as x, loadRemoteSources as y, loadReportSchema as z };
