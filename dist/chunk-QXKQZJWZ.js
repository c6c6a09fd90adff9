import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/core/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}
function defineRule(rule) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new ModelvetError(
      "INTERNAL",
      `invalid rule id ${rule.id}: expected group/name in lower-case kebab`
    );
  }
  return rule;
}
function finding(rule, fields) {
  const { severity, offset, ...rest } = fields;
  const out = { rule: rule.id, severity: severity ?? rule.severity };
  for (const [key, value] of Object.entries(rest)) if (value !== void 0) out[key] = value;
  if (offset !== void 0 && Number.isSafeInteger(offset) && offset >= 0) out.offset = offset;
  return out;
}
function compareFindings(a, b) {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function sortKey(f) {
  const pos = String(f.line ?? 0).padStart(10, "0") + String(f.offset ?? 0).padStart(16, "0");
  return `${f.path}\0${(f.member ?? []).join("")}\0${pos}\0${f.rule}\0${f.message}`;
}

export {
  SEVERITIES,
  isSeverity,
  severityRank,
  atLeast,
  defineRule,
  finding,
  compareFindings
};
