import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  refused
} from "./chunk-ZU2FL5EE.js";
import {
  sortReferences
} from "./chunk-EV3X3K7E.js";
import {
  countBySeverity,
  decideVerdict
} from "./chunk-T2RPUNP5.js";
import {
  compareFindings
} from "./chunk-NISXE5VR.js";

// src/shard/merge.ts
function listOf(ns) {
  return ns.length > 8 ? `${ns.slice(0, 8).join(", ")}, \u2026 (${ns.length})` : ns.join(", ");
}
function checkPartials(partials) {
  if (partials.length === 0) throw refused("merge needs the partial results of every shard");
  const first = partials[0];
  for (const p of partials) {
    if (p.kind !== first.kind) throw refused(`cannot merge ${first.kind} and ${p.kind} partials`);
    if (p.shard.count !== first.shard.count)
      throw refused(`partials of ${first.shard.count} and of ${p.shard.count} shards cannot be merged`);
    if (p.settingsDigest !== first.settingsDigest)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} ran with other settings than shard ${first.shard.index}/${first.shard.count} (version, options or policy differ)`
      );
    if (p.fileListDigest !== first.fileListDigest || p.total !== first.total)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} saw other files than shard ${first.shard.index}/${first.shard.count} (file list digests differ): the partials are not of the same input`
      );
  }
  const count = first.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  if (twice.length) throw refused(`shard ${listOf(twice)} of ${count} given more than once`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw refused(`shard ${listOf(missing)} of ${count} missing`);
  const covered = new Uint8Array(first.total);
  for (const p of partials)
    for (const pos of p.positions) {
      if (covered[pos]) throw refused(`entry ${pos} is in two slices: the partials are not one split`);
      covered[pos] = 1;
    }
  const hole = covered.indexOf(0);
  if (hole >= 0) throw refused(`entry ${hole} is in no slice: the partials are not one split`);
  return [...partials].sort((a, b) => a.shard.index - b.shard.index);
}
function placeAll(partials, entries) {
  const out = new Array(partials[0].total);
  for (const p of partials) {
    const list = entries(p);
    p.positions.forEach((pos, i) => {
      out[pos] = list[i];
    });
  }
  return out;
}
function combineScanReports(partials, failOn) {
  const reports = partials.map((p) => p.report);
  const files = placeAll(partials, (p) => p.report.files);
  const findings = reports.flatMap((r) => r.findings).sort(compareFindings);
  const verifications = reports.flatMap((r) => r.verifications);
  const references = sortReferences(reports.flatMap((r) => r.modelReferences ?? []));
  const bytes = reports.reduce((n, r) => n + r.summary.bytes, 0);
  const startedAt = reports.map((r) => r.startedAt).sort()[0];
  const durationMs = Math.max(...reports.map((r) => r.durationMs));
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const base = reports[0];
  return {
    schemaVersion: base.schemaVersion,
    tool: base.tool,
    startedAt,
    durationMs,
    failOn,
    targets: base.targets,
    files,
    findings,
    verifications,
    ...references.length ? { modelReferences: references } : {},
    summary: {
      files: files.length,
      bytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round(bytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}
async function mergeScan(partials, options = {}) {
  const sorted = checkPartials(partials);
  const failOn = options.failOn ?? sorted[0].failOn;
  const report = combineScanReports(sorted, failOn ?? "high");
  const policy = sorted[0].policy;
  if (!policy) return report;
  const { applyPolicy } = await import("./chunk-DBGGY3EW.js");
  return applyPolicy(report, policy, failOn ? { failOn } : {});
}
function mergeLockResources(partials) {
  const sorted = checkPartials(partials);
  return {
    modelName: sorted[0].modelName,
    serialization: sorted[0].serialization,
    resources: placeAll(sorted, (p) => p.resources)
  };
}

export {
  mergeScan,
  mergeLockResources
};
