/**
 * `--digest-cache DIR` on scan, verify, lock and hash (and the policy's `digestCache`, the Action's
 * `digest-cache` input): opens the cache, refusing a folder inside what is scanned, and runs a
 * command's hashing through a pool that uses it. The cache itself is src/core/hash/cache.ts.
 */
import { stat } from 'node:fs/promises';
import { assertCacheOutside, DigestCache } from './core/hash/cache.ts';
import { defaultJobs, HashPool } from './core/hash/pool.ts';

export interface DigestCacheChoice {
  /** The option's value (`--digest-cache DIR`, already resolved); wins over the policy. */
  option: string | undefined;
  /** The policy in force: its `digestCache`, unless it was found inside a scanned folder. */
  policy?: { digestCache?: string; origin: string } | undefined;
  /** What is scanned: a cache inside one of these folders is refused. */
  paths: readonly string[];
  onWarning: (message: string) => void;
}

/** The folder asked for, or undefined. */
export function digestCacheDir(choice: Pick<DigestCacheChoice, 'option' | 'policy'>): string | undefined {
  const { option, policy } = choice;
  if (option !== undefined) return option;
  return policy && policy.origin !== 'scanned-folder' ? policy.digestCache : undefined;
}

/** Opens the digest cache asked for (undefined when none is). */
export async function openDigestCache(choice: DigestCacheChoice): Promise<DigestCache | undefined> {
  const dir = digestCacheDir(choice);
  if (dir === undefined) return undefined;
  const roots: string[] = [];
  for (const p of choice.paths) if ((await stat(p).catch(() => undefined))?.isDirectory()) roots.push(p);
  await assertCacheOutside(dir, roots);
  return DigestCache.open(dir, { onWarning: choice.onWarning });
}

/**
 * Runs `fn` with a pool hashing through `cache` (none without a cache: the command makes its own),
 * then closes the pool and writes the cache, also when `fn` fails.
 */
export async function withDigestCachePool<T>(
  cache: DigestCache | undefined,
  jobs: number | undefined,
  fn: (pool: HashPool | undefined) => Promise<T>,
): Promise<T> {
  if (!cache) return fn(undefined);
  const pool = new HashPool(jobs ?? defaultJobs(), { inline: true, digestCache: cache });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
    await cache.flush();
  }
}
