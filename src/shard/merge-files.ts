/**
 * `merge PARTIAL...` as a library call: reads the partial results named (a folder stands for the
 * `*.json` files in it, as actions/download-artifact leaves them) and merges them into one report
 * (scan partials) or one lock file text (lock partials).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelvetError } from '../core/errors.ts';
import type { Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { mergeScan } from './merge.ts';
import { type Partial, type PartialLock, type PartialScan, readPartial } from './partial.ts';
import { mergeLockText } from './lock-shard.ts';

/** Partial files named on the command line; a folder stands for the `*.json` files in it (downloaded artifacts). */
export async function partialFiles(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const st = await stat(a).catch(() => undefined);
    if (!st?.isDirectory()) {
      out.push(a);
      continue;
    }
    const entries = await readdir(a, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (!found.length) throw new ModelvetError('USAGE', `${a}: no partial results (*.json) in this folder`);
    out.push(...found);
  }
  return out;
}

export type MergeResult = { kind: 'scan'; report: Report } | { kind: 'lock'; lockText: string };

/** Reads and merges partial results: one report (scan partials) or one lock file text (lock partials). */
export async function mergeFiles(
  args: readonly string[],
  failOn: Severity | undefined,
): Promise<MergeResult> {
  if (!args.length)
    throw new ModelvetError('USAGE', 'merge needs the partial results of every shard (files or folders)');
  const partials: Partial[] = [];
  for (const f of await partialFiles(args)) partials.push(await readPartial(f));
  if (partials.every((p): p is PartialLock => p.kind === 'lock')) {
    if (failOn)
      throw new ModelvetError('USAGE', '--fail-on applies to scan partials; these are lock partials');
    return { kind: 'lock', lockText: mergeLockText(partials) };
  }
  const scans = partials.filter((p): p is PartialScan => p.kind === 'scan');
  if (scans.length !== partials.length)
    throw new ModelvetError('PARTIAL_REFUSED', 'cannot merge scan and lock partials');
  return { kind: 'scan', report: await mergeScan(scans, failOn ? { failOn } : {}) };
}
