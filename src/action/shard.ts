/**
 * The Action's `shard` and `merge` modes (see the README's matrix workflow): a shard job writes
 * its partial result to `report-file` and passes (the merge job decides); the merge job reads the
 * partials (files or folders, as actions/download-artifact leaves them) and publishes one report
 * as a plain run does (SARIF, JSON, summary, annotations, verdict).
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { ModelvetError } from '../core/errors.ts';
import type { Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { terminalText } from '../core/sanitize.ts';
import type { ScanOptions } from '../scan.ts';
import type { ShardSpec } from '../shard/spec.ts';
import { writeOutputFile } from './outputs.ts';
import { scanShard } from '../shard/scan-shard.ts';
import { partialJson } from '../shard/partial.ts';
import { formatShard } from '../shard/spec.ts';
import { mergeFiles } from '../shard/merge-files.ts';

/** Scans shard K/N of `paths` (relative to `options.cwd`, the workspace) into `reportFile`. */
export async function writeShardInAction(
  paths: readonly string[],
  options: ScanOptions & { shard: ShardSpec },
  reportFile: string,
): Promise<void> {
  const partial = await scanShard(paths, options);
  await writeOutputFile(reportFile, partialJson(partial));
  core.info(
    terminalText(
      `modelvet: shard ${formatShard(partial.shard)}: ${partial.positions.length} of ${partial.total} files scanned; ` +
        `partial result in ${reportFile} (upload it; the merge job decides the verdict)`,
    ),
  );
}

/** The merged report of the partial results named by the `merge` input (paths relative to the workspace). */
export async function mergeInAction(
  lines: readonly string[],
  workspace: string,
  failOn: Severity | undefined,
): Promise<Report> {
  const merged = await mergeFiles(
    lines.map((l) => resolve(workspace, l)),
    failOn,
  );
  if (merged.kind === 'lock')
    throw new ModelvetError(
      'USAGE',
      'input merge names lock partials; merge them with `modelvet merge -o modelvet.lock.json`',
    );
  return merged.report;
}
