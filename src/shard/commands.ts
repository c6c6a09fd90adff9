/**
 * The command-line side of sharding: `scan --shard K/N` and `lock --shard K/N` write a partial
 * result (JSON, to `-o FILE` or stdout), `merge PARTIAL...` combines them. A partial is never
 * written inside a scanned folder: the other shards would see one more file and merge would refuse.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import { isSeverity, type Severity } from '../core/finding.ts';
import { rootContaining } from '../core/outside.ts';
import type { Report } from '../core/report.ts';
import type { ScanOptions } from '../scan.ts';
import type { LockOptions } from '../verify/lock.ts';
import { mergeScan } from './merge.ts';
import { type Partial, type PartialLock, type PartialScan, partialJson, readPartial } from './partial.ts';
import { formatShard, parseShard, type ShardSpec } from './spec.ts';

export interface ShardIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** `--shard K/N`, or undefined when the option is absent. */
export function shardOption(opts: Record<string, unknown>): ShardSpec | undefined {
  return opts.shard === undefined ? undefined : parseShard(opts.shard);
}

function outputFile(opts: Record<string, unknown>): string | undefined {
  const o = opts.output;
  return typeof o === 'string' && o !== '' && o !== '-' ? o : undefined;
}

async function assertPartialOutside(file: string | undefined, roots: readonly string[]): Promise<void> {
  const inside = file === undefined ? undefined : await rootContaining(file, roots);
  if (inside !== undefined)
    throw new ModelvetError(
      'USAGE',
      `-o ${file} is inside the scanned folder ${inside}: the other shards would see it; write partials elsewhere`,
    );
}

async function writePartial(partial: Partial, file: string | undefined, io: ShardIo): Promise<void> {
  if (file === undefined) {
    io.stdout(partialJson(partial));
    return;
  }
  try {
    await writeFile(file, partialJson(partial));
  } catch (err) {
    throw new ModelvetError('UNREADABLE', describeError(err, file), { path: file });
  }
  const unit = partial.kind === 'lock' ? 'resources' : 'files';
  io.stderr(
    `modelvet: wrote shard ${formatShard(partial.shard)} (${partial.positions.length} of ${partial.total} ${unit}) to ${file}; combine all ${partial.shard.count} with \`modelvet merge\`\n`,
  );
}

async function directoriesOf(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) if ((await stat(p).catch(() => undefined))?.isDirectory()) out.push(p);
  return out;
}

/** `scan --shard K/N PATH...`: exit 0 once the partial is written (the verdict is merge's). */
export async function scanShardCommand(
  paths: readonly string[],
  options: ScanOptions & { shard: ShardSpec },
  opts: Record<string, unknown>,
  io: ShardIo,
): Promise<number> {
  const format = opts.format === undefined ? 'json' : String(opts.format);
  if (format !== 'json' && format !== 'human')
    throw new ModelvetError(
      'USAGE',
      `scan --shard writes a JSON partial result; --format ${format} is for merge`,
    );
  const file = outputFile(opts);
  // Checked before the scan, not after an hour of hashing.
  await assertPartialOutside(file, await directoriesOf(paths));
  const { scanShard } = await import('./scan-shard.ts');
  await writePartial(await scanShard(paths, options), file, io);
  return 0;
}

/** `lock --shard K/N PATH -o PARTIAL`: exit 0 once the partial manifest is written. */
export async function lockShardCommand(
  path: string,
  options: Omit<LockOptions, 'output'> & { shard: ShardSpec },
  opts: Record<string, unknown>,
  io: ShardIo,
): Promise<number> {
  const file = outputFile(opts);
  if (file === undefined && opts.output !== '-')
    throw new ModelvetError(
      'USAGE',
      'lock --shard needs -o FILE (outside the model folder), or -o - for stdout',
    );
  await assertPartialOutside(file, await directoriesOf([path]));
  const { lockShard } = await import('./lock-shard.ts');
  await writePartial(await lockShard(path, options), file, io);
  return 0;
}

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

export interface MergeResult {
  kind: 'scan' | 'lock';
  report?: Report;
  lockText?: string;
}

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
    const { mergeLockText } = await import('./lock-shard.ts');
    return { kind: 'lock', lockText: mergeLockText(partials) };
  }
  const scans = partials.filter((p): p is PartialScan => p.kind === 'scan');
  if (scans.length !== partials.length)
    throw new ModelvetError('PARTIAL_REFUSED', 'cannot merge scan and lock partials');
  return { kind: 'scan', report: await mergeScan(scans, failOn ? { failOn } : {}) };
}

/**
 * `merge PARTIAL...`: prints (or writes with -o) the merged report in `--format` and returns its
 * exit code (0 pass, 1 fail); for lock partials, writes the lock file (-o, default stdout).
 */
export async function mergeCommand(
  args: readonly string[],
  opts: Record<string, unknown>,
  io: ShardIo,
  render: (report: Report) => Promise<void>,
): Promise<number> {
  if (opts.failOn !== undefined && !isSeverity(opts.failOn))
    throw new ModelvetError(
      'USAGE',
      `--fail-on must be one of info, low, medium, high, critical; got ${String(opts.failOn)}`,
    );
  const merged = await mergeFiles(args, opts.failOn as Severity | undefined);
  if (merged.kind === 'lock') {
    if (opts.format !== undefined && opts.format !== 'human' && opts.format !== 'json')
      throw new ModelvetError(
        'USAGE',
        `lock partials merge into a lock file; --format ${String(opts.format)} does not apply`,
      );
    const file = outputFile(opts);
    if (file) await writeFile(file, merged.lockText!);
    else io.stdout(merged.lockText!);
    return 0;
  }
  await render(merged.report!);
  return merged.report!.verdict === 'pass' ? 0 : 1;
}
