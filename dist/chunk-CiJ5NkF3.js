// src/lazy.ts
var loadCli = () => import('./chunk-NhJjDh8y.js');
var loadRunners = () => import('./chunk-CHzvK0jV.js');
var load7zWasm = () => import('./chunk-Dw3LqvkL.js');
var loadBzip2Wasm = () => import('./chunk-0JI-qRWw.js');
var loadXzWasm = () => import('./chunk-CiAfAZVF.js');
var loadJinja = () => import('./chunk-BuBJmRgP.js');
var loadPickleAnalysis = () => import('./chunk-6jS8tFoZ.js');
var loadPickleLightWalks = () => import('./chunk-BnoDYgjX.js');
var loadNumpyAnalysis = () => import('./chunk-DNcwbtc3.js');
var loadHydraAnalysis = () => import('./chunk-DDwEavUe.js');
var loadJoblibAnalysis = () => import('./chunk-DYhpbg-I.js');
var loadGgufAnalysis = () => import('./chunk-Jz0B4CuS.js');
var loadSafetensorsAnalysis = () => import('./chunk-CIrZmsK7.js');
var loadKerasAnalysis = () => import('./chunk-19Wx4mWA.js');
var loadChatTemplateAnalysis = () => import('./chunk-DOW-Vqvt.js');
var loadZipAnalysis = () => import('./chunk-CZGqULxw.js');
var loadTarAnalysis = () => import('./chunk-BOzGNCQE.js');
var loadSentencePieceAnalysis = () => import('./chunk-DGmu3hAs.js');
var loadSevenZipAnalysis = () => import('./chunk-RzfvRQ9I.js');
var loadOnnxAnalysis = () => import('./chunk-Dgc41YPk.js');
var loadTensorflowAnalysis = () => import('./chunk-B5H9tR22.js');
var loadCompressedAnalysis = () => import('./chunk-lyaIAmO_.js');
var loadPinCheckers = () => import('./chunk-Bq7VOYCW.js');
var loadPolicyLoader = () => import('./chunk-CQjanBaq.js');
var loadPolicyCommands = () => import('./chunk-DwtlE4Jh.js');
var loadReportSchema = () => import('./chunk-BuT1hvhU.js');
var loadJsonRenderer = () => import('./chunk-DqYGBD3Z.js');
var loadSarifRenderer = () => import('./chunk-ufk2Otro.js').then(function (n) { return n.c; });
var loadMarkdownRenderer = () => import('./chunk-ufk2Otro.js').then(function (n) { return n.a; });
var loadHumanRenderer = () => import('./chunk-6_9t2IYS.js');
var loadOmsVerify = () => import('./chunk-DSquczoU.js');
var loadTufSeeds = () => import('./chunk-JwHuOjU-.js');
var loadSigner = () => import('./chunk-nhZDme_0.js');
var loadRemoteSources = () => import('./chunk-CWC2Um36.js');
var loadPull = () => import('./chunk-CG6oNTST.js');

// src/version.ts
var VERSION = "0.1.0";

export { loadRunners as A, loadPull as B, loadSigner as C, loadPolicyCommands as D, loadJinja as E, load7zWasm as F, loadTufSeeds as G, loadXzWasm as H, loadBzip2Wasm as I, VERSION as V, loadMarkdownRenderer as a, loadSarifRenderer as b, loadJsonRenderer as c, loadPolicyLoader as d, loadOmsVerify as e, loadGgufAnalysis as f, loadHydraAnalysis as g, loadKerasAnalysis as h, loadNumpyAnalysis as i, loadOnnxAnalysis as j, loadPickleLightWalks as k, loadHumanRenderer as l, loadPickleAnalysis as m, loadSafetensorsAnalysis as n, loadSentencePieceAnalysis as o, loadTarAnalysis as p, loadTensorflowAnalysis as q, loadChatTemplateAnalysis as r, loadCompressedAnalysis as s, loadZipAnalysis as t, loadSevenZipAnalysis as u, loadJoblibAnalysis as v, loadPinCheckers as w, loadRemoteSources as x, loadReportSchema as y, loadCli as z };
