import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-CQ0MCNkH.js';
import './chunk-B4WEx1uK.js';
import './chunk--L-kZX39.js';
import './chunk-CmgNe2Dn.js';

var chunkREAOWKQL = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunkDD5PHJWH = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunkDD5PHJWH as a, chunkREAOWKQL as c };
