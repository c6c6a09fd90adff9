import { g as getRule, s as summaryText, c as checkedText, a as collapseRepeats, p as positionText, n as nextStep } from './chunk-B-6LZOx6.js';
import { r as relativeInside, N as wellFormed, O as jsonText, P as fsEncode, b as severityRank, G as terminalText, Q as markdownText, T as markdownCode, J as atLeast, I as SEVERITIES } from './chunk-CXVaUTXl.js';
import { b as nodeCrypto } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { pathToFileURL } = __mvBuiltin("node:url");
const { resolve, posix } = __mvBuiltin("node:path");

var SARIF_MAX_RESULTS = 25e3;
var MAX_MESSAGE = 2e3;
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 20;
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.5"
};
function sarifLevel(severity) {
  return severity === "critical" || severity === "high" ? "error" : severity === "medium" ? "warning" : "note";
}
var PCHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/;
function encodeSegment(segment) {
  const bytes = typeof segment === "string" ? fsEncode(segment) : segment;
  let out = "";
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 128 && PCHAR.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function artifactUri(path, cwd) {
  const abs = resolve(cwd, path);
  const rel = relativeInside(cwd, abs);
  if (rel) return rel.split(/[\\/]/).map(encodeSegment).join("/");
  return pathToFileURL(wellFormed(abs)).href;
}
function pascal(id) {
  return id.split(/[/-]/).map((w) => w ? w[0].toUpperCase() + w.slice(1) : "").join("");
}
var clip = (s, n) => s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`;
var oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function ruleDescriptor(id, def, worst) {
  const title = def?.title ?? id;
  const explain = def?.explain ?? `Finding reported by modelvet rule ${id}.`;
  const firstParagraph = oneLine(explain.split(/\n\s*\n/)[0] ?? explain);
  const tags = [.../* @__PURE__ */ new Set(["security", ...def?.tags ?? []])].slice(0, MAX_TAGS);
  return {
    id,
    name: pascal(id),
    shortDescription: { text: clip(title, MAX_DESCRIPTION) },
    fullDescription: { text: clip(firstParagraph, MAX_DESCRIPTION) },
    help: {
      text: `${explain}

More: modelvet explain ${id}`,
      markdown: `${explain}

More: \`modelvet explain ${id}\``
    },
    defaultConfiguration: { level: sarifLevel(def?.severity ?? worst) },
    properties: {
      tags,
      // GitHub reads the security severity from the rule, so it is the worst seen in this run.
      "security-severity": SECURITY_SEVERITY[worst]
    }
  };
}
function contextText(f) {
  const parts = [];
  if (f.member?.length) parts.push(`in archive member ${f.member.map(terminalText).join(" \u2192 ")}`);
  if (f.offset !== void 0) parts.push(`at byte offset ${f.offset}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function fingerprintBase(f, uri) {
  const message = f.message.replace(/\d+/g, "0");
  return nodeCrypto().createHash("sha256").update([f.rule, uri, (f.member ?? []).join(""), message].join("\0")).digest("hex").slice(0, 16);
}
function sortedEntries(report) {
  const entries = [
    ...report.findings.map((f) => ({ f })),
    ...(report.suppressed ?? []).map(({ suppression, ...f }) => ({ f, suppressed: suppression }))
  ];
  return entries.sort(
    (a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) || severityRank(b.f.severity) - severityRank(a.f.severity)
  );
}
function ruleTable(kept, lookup) {
  const worst = /* @__PURE__ */ new Map();
  for (const { f } of kept) {
    const w = worst.get(f.rule);
    if (!w || severityRank(f.severity) > severityRank(w)) worst.set(f.rule, f.severity);
  }
  const ids = [...worst.keys()].sort();
  return {
    index: new Map(ids.map((id, i) => [id, i])),
    rules: ids.map((id) => ruleDescriptor(id, lookup(id), worst.get(id)))
  };
}
function resultUri(f, file, cwd) {
  const shownPath = file?.symlinkTarget !== void 0 && !posix.isAbsolute(file.symlinkTarget) ? posix.normalize(posix.join(posix.dirname(f.path), file.symlinkTarget)) : f.path;
  return artifactUri(shownPath, cwd);
}
function suppressionsOf(suppressed) {
  if (!suppressed) return {};
  const where = `${suppressed.source}${suppressed.line ? `:${suppressed.line}` : ""}`;
  return {
    suppressions: [
      {
        kind: "external",
        status: "accepted",
        justification: terminalText(`${suppressed.reason} (${where})`)
      }
    ]
  };
}
function resultOf(entry, ruleIndex, uri, fingerprint) {
  const { f } = entry;
  const region = f.line !== void 0 && f.line >= 1 && !f.member?.length ? { startLine: f.line, startColumn: f.column !== void 0 && f.column >= 1 ? f.column : void 0 } : void 0;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: clip(`${terminalText(f.message)}${contextText(f)}`, MAX_MESSAGE) || f.rule },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
    partialFingerprints: { primaryLocationLineHash: fingerprint, "modelvet/v1": fingerprint },
    ...suppressionsOf(entry.suppressed),
    properties: {
      severity: f.severity,
      member: f.member?.length ? f.member : void 0,
      offset: f.offset,
      evidence: f.evidence ? withoutEmptyStrings(f.evidence) : void 0
    }
  };
}
function invocationOf(report, cwd, error) {
  const start = new Date(report.startedAt);
  const end = new Date(start.getTime() + report.durationMs);
  const notifications = report.verifications.filter((v) => !v.ok).map((v) => ({
    level: "error",
    message: { text: terminalText(`${v.kind} ${v.source}: ${v.message}`) }
  }));
  if (error !== void 0)
    notifications.unshift({
      level: "error",
      message: { text: terminalText(`modelvet did not run: ${error}`) }
    });
  return {
    executionSuccessful: error === void 0,
    startTimeUtc: start.toISOString(),
    endTimeUtc: end.toISOString(),
    workingDirectory: { uri: `${pathToFileURL(cwd).href.replace(/\/$/, "")}/` },
    toolExecutionNotifications: notifications.length ? notifications : void 0
  };
}
function runProperties(report, total, included) {
  return {
    verdict: report.verdict,
    reason: report.reason,
    failOn: report.failOn,
    summary: report.summary,
    verifications: report.verifications.length ? report.verifications : void 0,
    ...total > included ? {
      resultsTruncated: true,
      resultsTotal: total,
      resultsIncluded: included,
      resultsNote: `only the ${included} most severe of ${total} results are included (GitHub accepts at most ${SARIF_MAX_RESULTS} per run); see the JSON report for all`
    } : {}
  };
}
function buildSarif(report, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS));
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const entries = sortedEntries(report);
  const kept = entries.slice(0, limit);
  const { index, rules } = ruleTable(kept, options.rules ?? getRule);
  const seen = /* @__PURE__ */ new Map();
  const results = kept.map((entry) => {
    const uri = resultUri(entry.f, byPath.get(entry.f.path), cwd);
    const base = fingerprintBase(entry.f, uri);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return resultOf(entry, index.get(entry.f.rule), uri, `${base}:${n}`);
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "modelvet",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://www.npmjs.com/package/modelvet",
            rules
          }
        },
        automationDetails: { id: `${options.category ?? "modelvet"}/` },
        invocations: [invocationOf(report, cwd, options.error)],
        columnKind: "utf16CodeUnits",
        results,
        properties: runProperties(report, entries.length, kept.length)
      }
    ]
  };
}
function renderSarif(report, options = {}) {
  return jsonText(buildSarif(report, options));
}
function withoutEmptyStrings(value) {
  if (Array.isArray(value)) return value.map(withoutEmptyStrings);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== "").map(([k, v]) => [k, withoutEmptyStrings(v)])
    );
  }
  return value;
}

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

export { MARKDOWN_MAX_BYTES as M, SARIF_MAX_RESULTS as S, renderSarif as a, buildSarif as b, SECURITY_SEVERITY as c, artifactUri as d, renderMarkdown as r, sarifLevel as s };
