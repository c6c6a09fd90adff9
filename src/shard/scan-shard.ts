/**
 * `scan --shard K/N`: scans shard K's files of the targets and returns the partial result that
 * `merge` combines with the other N-1 (see partial.ts). Every shard walks the whole tree (to agree
 * on the file list and on who owns what); shard 1 also runs the checks of whole targets
 * (spec.ts `ownsTargetChecks`).
 */
import { ModelvetError } from '../core/errors.ts';
import type { Target } from '../core/walk.ts';
import type { Policy } from '../policy/types.ts';
import { discoverAll, planReads, type ScanOptions, scanBeforePolicy } from '../scan.ts';
import { VERSION } from '../version.ts';
import { jsonDigest, PARTIAL_FORMAT, PARTIAL_VERSION, type PartialScan, positionsOf } from './partial.ts';
import { sliceReads } from './scan-slice.ts';
import type { ShardSpec } from './spec.ts';
import { monotonicMs } from '../core/clock.ts';

/** What every shard must have seen alike: the targets and every file's display path, size and link. */
export function scanFileListDigest(targets: readonly Target[]): string {
  return jsonDigest(
    targets.map((t) => ({
      input: t.input,
      isDirectory: t.isDirectory,
      skipped: t.skipped,
      files: t.files.map((f) => [f.display, f.size, f.symlinkTarget ?? null]),
    })),
  );
}

/** The settings that change a scan's result (the shards must agree on them). */
export function scanSettingsDigest(options: ScanOptions, policy: Policy | undefined): string {
  return jsonDigest({
    tool: VERSION,
    algorithms: options.algorithms ?? ['sha256'],
    limits: options.limits ?? null,
    analyzerOptions: options.analyzerOptions ?? {},
    // Only when given, so that the digest of a scan without explicit checks stays what it was.
    verify: options.verify,
    failOn: options.failOn ?? null,
    policy: policy ?? null,
  });
}

export async function scanShard(
  paths: readonly string[],
  options: ScanOptions & { shard: ShardSpec },
): Promise<PartialScan> {
  if (paths.length === 0) throw new ModelvetError('USAGE', 'scan needs at least one path');
  const started = monotonicMs();
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  const all = targets.flatMap((t) => t.files);
  const positions = positionsOf(all, sliceReads(planReads(all, options.algorithms), options.shard).keeps);
  if (positions.length !== report.files.length)
    throw new ModelvetError('INTERNAL', 'shard slice and scanned files disagree');
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: 'scan',
    shard: options.shard,
    fileListDigest: scanFileListDigest(targets),
    settingsDigest: scanSettingsDigest(options, policy),
    total: all.length,
    positions,
    failOn: options.failOn,
    policy,
    report,
  };
}
