import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-R56P2hSo.js';
import './chunk-mcB_pL-d.js';
import './chunk-BtHK9CCX.js';
import './chunk-C5dIaBYy.js';
import './chunk-BBb8y-by.js';

var chunk3BZJHECH = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunkWTZP5HDG = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunkWTZP5HDG as a, chunk3BZJHECH as c };
