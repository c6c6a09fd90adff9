/**
 * `modelvet merge PARTIAL...`: N partial results (partial.ts) → the result one machine would have
 * produced. Refused, with one line saying why: partials of different trees (file list digest) or
 * settings, a slice missing or given twice, slices that do not cover every entry exactly once.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.ts';
import { sortReferences } from '../core/model-source.ts';
import {
  countBySeverity,
  decideVerdict,
  type FileReport,
  type Report,
  type VerificationReport,
} from '../core/report.ts';
import { type Partial, type PartialLock, type PartialScan, refused } from './partial.ts';
import { applyPolicy } from '../policy/apply.ts';

function listOf(ns: readonly number[]): string {
  return ns.length > 8 ? `${ns.slice(0, 8).join(', ')}, … (${ns.length})` : ns.join(', ');
}

/** Same kind, same N, same inputs and settings, every slice once, every entry once; sorted by shard. */
export function checkPartials<P extends Partial>(partials: readonly P[]): P[] {
  if (partials.length === 0) throw refused('merge needs the partial results of every shard');
  const first = partials[0]!;
  for (const p of partials) {
    if (p.kind !== first.kind) throw refused(`cannot merge ${first.kind} and ${p.kind} partials`);
    if (p.shard.count !== first.shard.count)
      throw refused(`partials of ${first.shard.count} and of ${p.shard.count} shards cannot be merged`);
    if (p.settingsDigest !== first.settingsDigest)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} ran with other settings than shard ${first.shard.index}/${first.shard.count} (version, options or policy differ)`,
      );
    if (p.fileListDigest !== first.fileListDigest || p.total !== first.total)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} saw other files than shard ${first.shard.index}/${first.shard.count} (file list digests differ): the partials are not of the same input`,
      );
  }
  const count = first.shard.count;
  const seen = new Map<number, number>();
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

/** Places every partial's entries at their positions in the full list. */
function placeAll<P extends Partial, T>(partials: readonly P[], entries: (p: P) => readonly T[]): T[] {
  const out = new Array<T>(partials[0]!.total);
  for (const p of partials) {
    const list = entries(p);
    p.positions.forEach((pos, i) => {
      out[pos] = list[i]!;
    });
  }
  return out;
}

/** The scan report one machine would have written, before the policy (applied by `mergeScan`). */
export function combineScanReports(partials: readonly PartialScan[], failOn: Severity): Report {
  const reports = partials.map((p) => p.report);
  const files: FileReport[] = placeAll(partials, (p) => p.report.files);
  const findings: Finding[] = reports.flatMap((r) => r.findings).sort(compareFindings);
  // Target checks run on shard 1 only (spec.ts), so verifications keep the single-machine order.
  const verifications: VerificationReport[] = reports.flatMap((r) => r.verifications);
  const references = sortReferences(reports.flatMap((r) => r.modelReferences ?? []));
  const bytes = reports.reduce((n, r) => n + r.summary.bytes, 0);
  const startedAt = reports.map((r) => r.startedAt).sort()[0]!;
  const durationMs = Math.max(...reports.map((r) => r.durationMs));
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const base = reports[0]!;
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
    modelReferences: references.length ? references : undefined,
    summary: {
      files: files.length,
      bytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round((bytes / durationMs) * 1000) : 0,
    },
    verdict,
    reason,
  };
}

/** Merges scan partials into one report and one verdict; `failOn` wins over the shards' --fail-on. */
export async function mergeScan(
  partials: readonly PartialScan[],
  options: { failOn?: Severity } = {},
): Promise<Report> {
  const sorted = checkPartials(partials);
  const failOn = options.failOn ?? sorted[0]!.failOn;
  const report = combineScanReports(sorted, failOn ?? 'high');
  const policy = sorted[0]!.policy;
  if (!policy) return report;
  return applyPolicy(report, policy, failOn ? { failOn } : {});
}

/** The resources of the full manifest, in order, from lock partials. */
export function mergeLockResources(partials: readonly PartialLock[]): {
  modelName: string;
  serialization: PartialLock['serialization'];
  resources: PartialLock['resources'];
} {
  const sorted = checkPartials(partials);
  return {
    modelName: sorted[0]!.modelName,
    serialization: sorted[0]!.serialization,
    resources: placeAll(sorted, (p) => p.resources),
  };
}
