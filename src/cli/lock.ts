/** `modelvet lock [path]`: hash the model and write its lock file (an unsigned OMS statement). */
import { pathInputs } from './heap-tuning.ts';
import { basename, resolve } from 'node:path';
import type { LockOptions } from '../verify/lock.ts';
import type { Command } from './command.ts';
import { digestCacheOf } from './digest-cache.ts';
import {
  ALLOW_SYMLINKS,
  DIGEST_CACHE,
  flag,
  IGNORE_PATHS,
  JOBS,
  list,
  LOCK_SHARD,
  METHOD,
  parseChoice,
  parseJobs,
  parseSize,
  requireWith,
  SHARD_SIZE,
  str,
  usage,
} from './options.ts';
import { type Io, inCwd } from './output.ts';
import { parseShard } from '../shard/spec.ts';
import { withDigestCachePool } from '../digest-cache-option.ts';
import { loadRunners } from '../lazy.ts';

/** `lock --shard K/N`: the partial manifest for `modelvet merge` (src/cli/shard.ts). */
async function lockShard(
  path: string,
  options: Omit<LockOptions, 'output'>,
  shardText: string,
  output: string | undefined,
  io: Io,
): Promise<number> {
  const shard = parseShard(shardText);
  const file = output && output !== '-' ? inCwd(io)(output) : output;
  return (await loadRunners()).lockShardRun(path, { ...options, shard }, file, io);
}

export const lockCommand: Command = {
  name: 'lock',
  summary: 'Write modelvet.lock.json: an unsigned OMS statement of every file digest',
  args: '[path]',
  argsHelp: 'The model folder or file (default: the current folder)',
  oneArg: 'model folder or file',
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      help: 'Where to write the lock (default: modelvet.lock.json in the folder)',
    },
    METHOD,
    SHARD_SIZE,
    { name: 'hash-type', value: 'NAME', help: 'Digest of the lock: sha256 (default), blake2b or blake3' },
    IGNORE_PATHS,
    { name: 'no-ignore-git-paths', help: 'Also lock .git, .gitattributes, .github, .gitignore' },
    ALLOW_SYMLINKS,
    DIGEST_CACHE,
    LOCK_SHARD,
    JOBS,
  ],
  examples: [
    'modelvet lock ./my-model',
    'modelvet lock ./my-model -o locks/my-model.lock.json',
    'modelvet lock big.gguf --method shards --shard-size 1000000000',
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const path = positionals[0] ?? '.';
    const shardSize = parseSize('shard-size', str(values['shard-size']));
    const method =
      parseChoice('method', str(values.method), ['files', 'shards'] as const) ??
      (shardSize ? 'shards' : 'files');
    requireWith(shardSize !== undefined && method === 'files', 'shard-size', 'needs --method shards');
    const hashType =
      parseChoice('hash-type', str(values['hash-type']), ['sha256', 'blake2b', 'blake3'] as const) ??
      'sha256';
    // model_signing has no blake3 shards (it hashes whole files with BLAKE3's own parallelism).
    if (hashType === 'blake3' && method === 'shards')
      usage('--hash-type blake3 hashes whole files; drop --method shards');
    const jobs = parseJobs(str(values.jobs));
    const output = str(values.output);
    const at = inCwd(io);
    const options = {
      method,
      hashType,
      shardSize,
      allowSymlinks: flag(values['allow-symlinks']),
      ignorePaths: list(values['ignore-paths']),
      ignoreGitPaths: !flag(values['no-ignore-git-paths']),
      jobs,
    };
    const digestCache = await digestCacheOf(values, io, [path]);
    return withDigestCachePool(digestCache, jobs, async (pool) => {
      const withPool = { ...options, pool };
      const shardText = str(values.shard);
      if (shardText !== undefined) return lockShard(at(path), withPool, shardText, output, io);
      const { path: written, manifest } = await (await loadRunners()).writeLock(at(path), {
        ...withPool,
        output: output && output !== '-' ? at(output) : undefined,
      });
      const unit = method === 'shards' ? 'shards' : 'files';
      io.stdout(
        `wrote ${written}: ${manifest.resources.length} ${unit} of ${basename(resolve(at(path)))}, root sha256:${manifest.rootDigest}\n`,
      );
      return 0;
    });
  },
};
