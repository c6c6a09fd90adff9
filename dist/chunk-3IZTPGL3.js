import {
  checkedText,
  collapseRepeats,
  nextStep,
  positionText,
  summaryText
} from "./chunk-OX2BSOFV.js";
import {
  getRule
} from "./chunk-22KFBQUV.js";
import {
  markdownCode,
  markdownText
} from "./chunk-HXNGW4GU.js";
import {
  SEVERITIES,
  atLeast
} from "./chunk-GMZN3B2T.js";

// src/report/markdown.ts
var MARKDOWN_MAX_BYTES = 1e3 * 1e3;
var code = (text) => markdownCode(text, { table: true });
function where(f) {
  const parts = [];
  if (f.member?.length) parts.push(`in ${f.member.map(code).join(" \u2192 ")}`);
  const pos = positionText(f);
  if (pos) parts.push(pos);
  return parts.join(", ");
}
function fixCell(rule, rules) {
  const step = nextStep(rule, rules);
  return step.fix ? `${markdownText(step.fix)} (${markdownCode(step.explain)})` : `see ${markdownCode(step.explain)}`;
}
var Budget = class {
  lines = [];
  omitted = 0;
  used = 0;
  limit;
  constructor(maxBytes, reserve) {
    this.limit = maxBytes - reserve;
  }
  push(line, force = false) {
    const n = Buffer.byteLength(line) + 1;
    if (!force && this.used + n > this.limit) return false;
    this.lines.push(line);
    this.used += n;
    return true;
  }
  /** A table: its header if it fits (else every row is counted as omitted), then rows while they fit. */
  table(header, rows) {
    if (!rows.length) return;
    if (!this.push(header)) {
      this.omitted += rows.length;
      return;
    }
    for (const row of rows) if (!this.push(row)) this.omitted++;
    this.push("");
  }
};
function findingTables(out, shown, rules) {
  for (const severity of SEVERITIES.slice().reverse()) {
    const list = shown.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const rows = [...groupByFile(list).values()].flatMap(
      (inFile) => collapseRepeats(inFile).map(({ first: f, count }) => {
        const more = count > 1 ? ` (and ${count - 1} more like this)` : "";
        return `| ${code(f.rule)} | ${code(f.path)} | ${where(f)} | ${code(f.message)}${more} | ${fixCell(f.rule, rules)} |`;
      })
    );
    out.table(
      [
        `### ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`,
        "",
        "| Rule | File | Where | Message | Fix |",
        "| --- | --- | --- | --- | --- |"
      ].join("\n"),
      rows
    );
  }
}
function groupByFile(list) {
  const out = /* @__PURE__ */ new Map();
  for (const f of list) {
    const k = `${f.path}\0${(f.member ?? []).join("\0")}`;
    const g = out.get(k);
    if (g) g.push(f);
    else out.set(k, [f]);
  }
  return out;
}
function renderMarkdown(report, options = {}) {
  const out = new Budget(options.maxBytes ?? MARKDOWN_MAX_BYTES, 2e3);
  const pass = report.verdict === "pass";
  out.push(`## modelvet: ${pass ? "\u2705 PASS" : "\u274C FAIL"}`, true);
  out.push("", true);
  out.push(`**${pass ? "PASS" : "FAIL"}** (fail-on ${report.failOn}): ${markdownText(report.reason)}`, true);
  out.push("", true);
  out.push(markdownText(summaryText(report)), true);
  if (report.files.length) out.push(`
${markdownCode(checkedText(report))}`, true);
  if (report.policy) out.push(`
Policy: ${markdownCode(report.policy.source)}`, true);
  out.push("", true);
  const quiet = Boolean(options.quiet);
  const shown = quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  findingTables(out, shown, options.rules ?? getRule);
  const checks = quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  out.table(
    "### Verifications\n\n| Check | Source | Result | Message |\n| --- | --- | --- | --- |",
    checks.map(
      (v) => `| ${code(v.kind)} | ${code(v.source)} | ${v.ok ? "\u2705 verified" : "\u274C failed"} | ${code(v.message)} |`
    )
  );
  const suppressed = quiet ? [] : report.suppressed ?? [];
  out.table(
    `### Suppressed by policy (${suppressed.length})

| Rule | File | Reason | Expires |
| --- | --- | --- | --- |`,
    suppressed.map(
      (f) => `| ${code(f.rule)} | ${code(f.path)} | ${code(f.suppression.reason)} | ${f.suppression.expires ? code(f.suppression.expires) : ""} |`
    )
  );
  if (out.omitted)
    out.push(
      `
_${out.omitted} more rows not shown to stay under the job summary size limit; see the JSON report._`,
      true
    );
  if (!shown.length && !checks.length) out.push("No findings.", true);
  return `${out.lines.join("\n")}
`;
}

export {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
};
