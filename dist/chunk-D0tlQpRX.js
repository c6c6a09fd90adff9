import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-BXVvHqvS.js';
import './chunk-hWJQdhMQ.js';
import './chunk-BbEj1Pt5.js';
import './chunk-CJ6ch3s5.js';

var chunk7W7LG3Y6 = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunk2KUVYKW5 = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunk2KUVYKW5 as a, chunk7W7LG3Y6 as c };
