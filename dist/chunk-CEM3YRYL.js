import {
  getRule
} from "./chunk-22KFBQUV.js";
import {
  jsonText,
  terminalText,
  wellFormed
} from "./chunk-HXNGW4GU.js";
import {
  fsEncode,
  relativeInside
} from "./chunk-DRNDJL4J.js";
import {
  severityRank
} from "./chunk-GMZN3B2T.js";

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
  return createHash("sha256").update([f.rule, uri, (f.member ?? []).join(""), message].join("\0")).digest("hex").slice(0, 16);
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

export {
  SARIF_MAX_RESULTS,
  SECURITY_SEVERITY,
  sarifLevel,
  artifactUri,
  buildSarif,
  renderSarif
};
