import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  relativeInside
} from "./chunk-E4E3RBLY.js";
import {
  getRule,
  severityRank
} from "./chunk-WRBY765S.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { posix, resolve } from "node:path";
import { pathToFileURL } from "node:url";
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
var encodeSegment = (s) => s.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]/gu, (c) => encodeURIComponent(c));
function artifactUri(path, cwd) {
  const abs = resolve(cwd, path);
  const rel = relativeInside(cwd, abs);
  if (rel) {
    return rel.split(/[\\/]/).map(encodeSegment).join("/");
  }
  return pathToFileURL(abs).href;
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
  if (f.member?.length) parts.push(`in archive member ${f.member.join(" \u2192 ")}`);
  if (f.offset !== void 0) parts.push(`at byte offset ${f.offset}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function fingerprintBase(f, uri) {
  const message = f.message.replace(/\d+/g, "0");
  return createHash("sha256").update([f.rule, uri, (f.member ?? []).join(""), message].join("\0")).digest("hex").slice(0, 16);
}
function buildSarif(report, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS));
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const entries = [
    ...report.findings.map((f) => ({ f })),
    ...(report.suppressed ?? []).map(({ suppression, ...f }) => ({ f, suppressed: suppression }))
  ];
  entries.sort(
    (a, b) => Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) || severityRank(b.f.severity) - severityRank(a.f.severity)
  );
  const kept = entries.slice(0, limit);
  const worst = /* @__PURE__ */ new Map();
  for (const { f } of kept) {
    const w = worst.get(f.rule);
    if (!w || severityRank(f.severity) > severityRank(w)) worst.set(f.rule, f.severity);
  }
  const ruleIds = [...worst.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => ruleDescriptor(id, getRule(id), worst.get(id)));
  const seen = /* @__PURE__ */ new Map();
  const results = kept.map(({ f, suppressed }) => {
    const file = byPath.get(f.path);
    const shownPath = file?.symlinkTarget !== void 0 && !posix.isAbsolute(file.symlinkTarget) ? posix.normalize(posix.join(posix.dirname(f.path), file.symlinkTarget)) : f.path;
    const uri = artifactUri(shownPath, cwd);
    const base = fingerprintBase(f, uri);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const fingerprint = `${base}:${n}`;
    const region = f.line !== void 0 && f.line >= 1 && !f.member?.length ? { startLine: f.line, ...f.column !== void 0 && f.column >= 1 ? { startColumn: f.column } : {} } : void 0;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: sarifLevel(f.severity),
      message: { text: clip(`${oneLine(f.message)}${contextText(f)}`, MAX_MESSAGE) || f.rule },
      locations: [{ physicalLocation: { artifactLocation: { uri }, ...region ? { region } : {} } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint, "modelvet/v1": fingerprint },
      ...suppressed ? {
        suppressions: [
          {
            kind: "external",
            status: "accepted",
            justification: `${suppressed.reason} (${suppressed.source}${suppressed.line ? `:${suppressed.line}` : ""})`
          }
        ]
      } : {},
      properties: {
        severity: f.severity,
        ...f.member?.length ? { member: f.member } : {},
        ...f.offset !== void 0 ? { offset: f.offset } : {},
        ...f.evidence ? { evidence: withoutEmptyStrings(f.evidence) } : {}
      }
    };
  });
  const start = new Date(report.startedAt);
  const end = new Date(start.getTime() + report.durationMs);
  const notifications = report.verifications.filter((v) => !v.ok).map((v) => ({ level: "error", message: { text: `${v.kind} ${v.source}: ${v.message}` } }));
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
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: start.toISOString(),
            endTimeUtc: end.toISOString(),
            workingDirectory: { uri: `${pathToFileURL(cwd).href.replace(/\/$/, "")}/` },
            ...notifications.length ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          verdict: report.verdict,
          reason: report.reason,
          failOn: report.failOn,
          summary: report.summary,
          ...report.verifications.length ? { verifications: report.verifications } : {},
          ...entries.length > kept.length ? {
            resultsTruncated: true,
            resultsTotal: entries.length,
            resultsIncluded: kept.length,
            resultsNote: `only the ${kept.length} most severe of ${entries.length} results are included (GitHub accepts at most ${SARIF_MAX_RESULTS} per run); see the JSON report for all`
          } : {}
        }
      }
    ]
  };
}
function renderSarif(report, options = {}) {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}
`;
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

export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  sarifLevel,
  artifactUri,
  buildSarif,
  renderSarif
};
