import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-C9YuDYhV.js';
import './chunk-DkMahXWu.js';
import './chunk-DtPjRMPF.js';
import './chunk-CGP5gUOV.js';
import './chunk-BBb8y-by.js';

var chunkXCCCFR4W = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunkBCJK2MZJ = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunkBCJK2MZJ as a, chunkXCCCFR4W as c };
