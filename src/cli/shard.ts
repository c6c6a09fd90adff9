/**
 * `scan --shard K/N` and `lock --shard K/N` on the command line: the partial result (JSON) goes to
 * `-o FILE` or stdout, and a line on stderr says what to do with it. A partial is never written
 * inside a scanned folder: the other shards would see one more file and merge would refuse.
 * Loaded only when `--shard` is given (the options are declared in options.ts).
 */
import { stat, writeFile } from 'node:fs/promises';
import { describeError, ModelvetError } from '../core/errors.ts';
import { rootContaining } from '../core/outside.ts';
import { terminalText } from '../core/sanitize.ts';
import type { ScanOptions } from '../scan.ts';
import { type Partial, partialJson } from '../shard/partial.ts';
import { formatShard, type ShardSpec } from '../shard/spec.ts';
import type { LockOptions } from '../verify/lock.ts';
import type { Io } from './output.ts';
import { scanShard } from '../shard/scan-shard.ts';
import { lockShard } from '../shard/lock-shard.ts';

/** A file to write to, or undefined for stdout (`-o -` or no `-o`). */
const fileOf = (output: string | undefined) =>
  output !== undefined && output !== '' && output !== '-' ? output : undefined;

async function directoriesOf(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) if ((await stat(p).catch(() => undefined))?.isDirectory()) out.push(p);
  return out;
}

/** Checked before the scan, not after an hour of hashing. */
async function assertPartialOutside(file: string | undefined, paths: readonly string[]): Promise<void> {
  const inside = file === undefined ? undefined : await rootContaining(file, await directoriesOf(paths));
  if (inside !== undefined)
    throw new ModelvetError(
      'USAGE',
      `-o ${file} is inside the scanned folder ${inside}: the other shards would see it; write partials elsewhere`,
    );
}

async function writePartial(partial: Partial, file: string | undefined, io: Io): Promise<void> {
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
  // The file name may hold anything a terminal would act on: escaped, as every line on stderr.
  const line = `wrote shard ${formatShard(partial.shard)} (${partial.positions.length} of ${partial.total} ${unit}) to ${file}; combine all ${partial.shard.count} with \`modelvet merge\``;
  io.stderr(`modelvet: ${terminalText(line)}\n`);
}

/**
 * `scan --shard K/N PATH...`: exit 0 once the partial is written (the verdict is merge's).
 * `roots` are the scanned paths as opened (for the "not inside" check), `output` the `-o` file.
 */
export async function scanShardRun(
  paths: readonly string[],
  options: ScanOptions & { shard: ShardSpec },
  where: { roots: readonly string[]; output: string | undefined; beforePrint?: () => void },
  io: Io,
): Promise<number> {
  const file = fileOf(where.output);
  await assertPartialOutside(file, where.roots);
  const partial = await scanShard(paths, options);
  where.beforePrint?.();
  await writePartial(partial, file, io);
  return 0;
}

/** `lock --shard K/N PATH -o PARTIAL`: exit 0 once the partial manifest is written. */
export async function lockShardRun(
  path: string,
  options: Omit<LockOptions, 'output'> & { shard: ShardSpec },
  output: string | undefined,
  io: Io,
): Promise<number> {
  if (output === undefined)
    throw new ModelvetError(
      'USAGE',
      'lock --shard needs -o FILE (outside the model folder), or -o - for stdout',
    );
  const file = fileOf(output);
  await assertPartialOutside(file, [path]);
  await writePartial(await lockShard(path, options), file, io);
  return 0;
}
