import { S as SARIF_MAX_RESULTS, c as SECURITY_SEVERITY, d as artifactUri, b as buildSarif, a as renderSarif, s as sarifLevel, M as MARKDOWN_MAX_BYTES, r as renderMarkdown } from './chunk-D_pJonec.js';
import './chunk-rSpCfI8A.js';
import './chunk-BFaaqMrO.js';
import './chunk-D1dPWPgs.js';
import 'node:module';
import 'node:fs/promises';
import 'node:path';
import 'node:os';
import './chunk-DvAgaYPf.js';

var chunkXJZ5OIJQ = /*#__PURE__*/Object.freeze({
  __proto__: null,
  SARIF_MAX_RESULTS: SARIF_MAX_RESULTS,
  SECURITY_SEVERITY: SECURITY_SEVERITY,
  artifactUri: artifactUri,
  buildSarif: buildSarif,
  renderSarif: renderSarif,
  sarifLevel: sarifLevel
});

var chunkQKCJBU5X = /*#__PURE__*/Object.freeze({
  __proto__: null,
  MARKDOWN_MAX_BYTES: MARKDOWN_MAX_BYTES,
  renderMarkdown: renderMarkdown
});

export { chunkQKCJBU5X as a, chunkXJZ5OIJQ as c };
