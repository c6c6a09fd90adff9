import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  positionText,
  summaryText
} from "./chunk-LZFS3KT3.js";
import {
  SEVERITIES,
  atLeast
} from "./chunk-WRBY765S.js";

// src/report/markdown.ts
var MARKDOWN_MAX_BYTES = 1e3 * 1e3;
function cell(text) {
  return text.replace(/[\x00-\x1f\x7f]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "'").trim();
}
var code = (text) => text ? `\`${cell(text)}\`` : "";
function where(f) {
  const parts = [];
  if (f.member?.length) parts.push(`in ${code(f.member.join(" \u2192 "))}`);
  const pos = positionText(f);
  if (pos) parts.push(pos);
  return parts.join(", ");
}
function renderMarkdown(report, options = {}) {
  const budget = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const reserve = 2e3;
  let used = 0;
  let omitted = 0;
  const out = [];
  const push = (line, force = false) => {
    const n = Buffer.byteLength(line) + 1;
    if (!force && used + n > budget - reserve) return false;
    out.push(line);
    used += n;
    return true;
  };
  const pass = report.verdict === "pass";
  push(`## modelvet: ${pass ? "\u2705 PASS" : "\u274C FAIL"}`, true);
  push("", true);
  push(`**${pass ? "PASS" : "FAIL"}** (fail-on ${report.failOn}): ${cell(report.reason)}`, true);
  push("", true);
  push(cell(summaryText(report)), true);
  if (report.policy) push(`
Policy: ${code(report.policy.source)}`, true);
  push("", true);
  const shown = options.quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  for (const severity of SEVERITIES.slice().reverse()) {
    const list = shown.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const header = [
      `### ${severity[0].toUpperCase()}${severity.slice(1)} (${list.length})`,
      "",
      "| Rule | File | Where | Message |",
      "| --- | --- | --- | --- |"
    ];
    if (!push(header.join("\n"))) {
      omitted += list.length;
      continue;
    }
    for (const f of list) {
      if (!push(`| ${code(f.rule)} | ${code(f.path)} | ${where(f)} | ${cell(f.message)} |`)) omitted++;
    }
    push("");
  }
  const checks = options.quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  if (checks.length && push("### Verifications\n\n| Check | Source | Result | Message |\n| --- | --- | --- | --- |")) {
    for (const v of checks) {
      if (!push(
        `| ${cell(v.kind)} | ${code(v.source)} | ${v.ok ? "\u2705 verified" : "\u274C failed"} | ${cell(v.message)} |`
      ))
        omitted++;
    }
    push("");
  }
  const suppressed = options.quiet ? [] : report.suppressed ?? [];
  if (suppressed.length && push(`### Suppressed by policy (${suppressed.length})

| Rule | File | Reason |
| --- | --- | --- |`)) {
    for (const f of suppressed) {
      if (!push(`| ${code(f.rule)} | ${code(f.path)} | ${cell(f.suppression.reason)} |`)) omitted++;
    }
    push("");
  }
  if (omitted)
    push(
      `
_${omitted} more rows not shown to stay under the job summary size limit; see the JSON report._`,
      true
    );
  if (!shown.length && !checks.length) push("No findings.", true);
  return `${out.join("\n")}
`;
}

export {
  MARKDOWN_MAX_BYTES,
  cell,
  renderMarkdown
};
