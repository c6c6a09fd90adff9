import {
  SEVERITIES,
  atLeast
} from "./chunk-GMZN3B2T.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";

// src/core/report.ts
var REPORT_SCHEMA_VERSION = 1;
function countBySeverity(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) counts[f.severity]++;
  return counts;
}
function decideVerdict(findings, verifications, failOn) {
  const failing = findings.filter((f) => atLeast(f.severity, failOn));
  const failedChecks = verifications.filter((v) => !v.ok);
  if (failing.length === 0 && failedChecks.length === 0) {
    return { verdict: "pass", reason: `no finding at or above ${failOn}` };
  }
  const parts = [];
  if (failing.length)
    parts.push(`${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn}`);
  if (failedChecks.length)
    parts.push(`${failedChecks.length} verification${failedChecks.length === 1 ? "" : "s"} failed`);
  return { verdict: "fail", reason: parts.join(", ") };
}
function assembleReport(parts) {
  const { verdict, reason } = decideVerdict(parts.findings, parts.verifications, parts.failOn);
  const durationMs = Math.round(parts.durationMs);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "modelvet", version: VERSION },
    startedAt: parts.startedAt,
    durationMs,
    failOn: parts.failOn,
    targets: parts.targets,
    files: parts.files,
    findings: parts.findings,
    verifications: parts.verifications,
    summary: {
      files: parts.filesCounted ?? parts.files.length,
      bytes: parts.bytes,
      findings: parts.findings.length,
      bySeverity: countBySeverity(parts.findings),
      throughput: parts.durationMs > 0 ? Math.round(parts.bytes / parts.durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}

export {
  REPORT_SCHEMA_VERSION,
  countBySeverity,
  decideVerdict,
  assembleReport
};
