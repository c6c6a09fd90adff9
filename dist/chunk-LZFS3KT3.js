import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  SEVERITIES,
  atLeast
} from "./chunk-WRBY765S.js";

// src/report/human.ts
var CODES = {
  critical: "\x1B[1;35m",
  high: "\x1B[1;31m",
  medium: "\x1B[33m",
  low: "\x1B[36m",
  info: "\x1B[2m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  green: "\x1B[1;32m",
  reset: "\x1B[0m"
};
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[u]}`;
}
function positionText(f) {
  const parts = [];
  if (f.line !== void 0) parts.push(`line ${f.line}${f.column !== void 0 ? `:${f.column}` : ""}`);
  if (f.offset !== void 0) parts.push(`offset ${f.offset}`);
  return parts.join(", ");
}
var safe = (s) => s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function countsText(bySeverity) {
  return SEVERITIES.slice().reverse().filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`).join(", ");
}
function summaryText(report) {
  const s = report.summary;
  const secs = report.durationMs / 1e3;
  const parts = [
    `${plural(s.files, "file")}, ${formatBytes(s.bytes)} in ${secs.toFixed(2)} s (${formatBytes(s.throughput)}/s)`,
    s.findings ? `findings: ${countsText(s.bySeverity)}` : "no findings"
  ];
  if (s.suppressed) parts.push(`${s.suppressed} suppressed by policy`);
  const failedChecks = report.verifications.filter((v) => !v.ok).length;
  if (report.verifications.length)
    parts.push(
      `${report.verifications.length - failedChecks}/${report.verifications.length} verifications passed`
    );
  return parts.join("; ");
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}
function renderHuman(report, options) {
  const c = (code, text) => options.color ? `${CODES[code]}${text}${CODES.reset}` : text;
  const out = [];
  const shown = options.quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  const line = (f, indent) => {
    const sev = c(f.severity, f.severity.toUpperCase().padEnd(8));
    const pos = positionText(f);
    return `${indent}${sev} ${f.rule}  ${safe(f.message)}${pos ? c("dim", ` (${pos})`) : ""}`;
  };
  for (const [path, list] of groupBy(shown, (f) => f.path)) {
    out.push(c("bold", safe(path)));
    const members = [...groupBy(list, (f) => (f.member ?? []).join(" \u2192 "))].sort(
      ([a], [b]) => Number(a !== "") - Number(b !== "")
    );
    for (const [member, inMember] of members) {
      if (!member) {
        for (const f of inMember) out.push(line(f, "  "));
        continue;
      }
      out.push(`  ${c("dim", "in")} ${safe(member)}`);
      for (const f of inMember) out.push(line(f, "    "));
    }
    out.push("");
  }
  const checks = options.quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  for (const v of checks) {
    out.push(`${v.ok ? c("green", "VERIFIED") : c("high", "FAILED  ")} ${v.kind}  ${safe(v.message)}`);
  }
  if (checks.length) out.push("");
  const suppressed = report.suppressed ?? [];
  if (suppressed.length && !options.quiet) {
    out.push(c("dim", `Suppressed by policy ${report.policy?.source ?? ""}:`.replace(" :", ":")));
    for (const f of suppressed) {
      const member = f.member?.length ? ` in ${f.member.join(" \u2192 ")}` : "";
      out.push(c("dim", `  ${f.rule}  ${safe(f.path)}${safe(member)}: ${safe(f.suppression.reason)}`));
    }
    out.push("");
  }
  const unused = (report.policy?.ignores ?? []).filter((i) => i.status === "active" && i.matched === 0);
  if (unused.length && !options.quiet) {
    for (const i of unused)
      out.push(c("dim", `policy ignore of ${i.rule} for ${safe(i.path)} matched nothing`));
    out.push("");
  }
  if (!options.quiet || report.verdict === "fail") out.push(summaryText(report));
  const verdict = report.verdict === "pass" ? c("green", "PASS") : c("high", "FAIL");
  out.push(`${verdict} (fail-on ${report.failOn}): ${report.reason}`);
  return `${out.join("\n")}
`;
}

export {
  formatBytes,
  positionText,
  countsText,
  summaryText,
  renderHuman
};
