import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/report/render.ts
var REPORT_FORMATS = ["human", "json", "sarif", "markdown"];
function isReportFormat(value) {
  return REPORT_FORMATS.includes(value);
}
async function renderReport(report, o) {
  switch (o.format) {
    case "json":
      return (await import("./chunk-4ZFZQMKC.js")).renderJson(report);
    case "sarif":
      return (await import("./chunk-QLRUGJL2.js")).renderSarif(report, {
        ...o.cwd === void 0 ? {} : { cwd: o.cwd },
        rules: o.rules
      });
    case "markdown":
      return (await import("./chunk-JDLVBNIJ.js")).renderMarkdown(report, {
        quiet: Boolean(o.quiet),
        ...o.maxBytes !== void 0 ? { maxBytes: o.maxBytes } : {},
        rules: o.rules
      });
    case "human":
      return (await import("./chunk-ZEF4IN2I.js")).renderHuman(report, {
        color: Boolean(o.color),
        quiet: Boolean(o.quiet),
        verbose: Boolean(o.verbose),
        rules: o.rules
      });
  }
}

export {
  REPORT_FORMATS,
  isReportFormat,
  renderReport
};
