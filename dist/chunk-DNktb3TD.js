import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-m6J5JUPM.js';
import './chunk-Ct23CUVn.js';
import './chunk-B2p2ula_.js';
import './chunk-E7ye_0Rm.js';

var chunkXJRSHLIZ = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunkWBI75Y55 = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunkWBI75Y55 as a, chunkXJRSHLIZ as c };
