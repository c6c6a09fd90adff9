/**
 * Integrity verification in a sharded scan. Shard 1 runs the checks of whole targets
 * (spec.ts `ownsTargetChecks`), but a verifier's result depends on the digests it is given: a
 * checksum file or lock verifier reports an unlisted file with its digest when the scan knows it,
 * and hashes what it does not know. So that shard 1 reports exactly what one machine would, it
 * runs each verifier, hashes the files the verifier asked for that are outside its slice, and runs
 * it again with them, until it asks for nothing new. A target without a lock, checksum file,
 * signature or content-addressed store asks for nothing and costs nothing; one with them costs
 * shard 1 a read of the files they cover (each once: the verifier's own hashing and ours go
 * through one digest cache).
 */
import { DigestCache } from '../core/hash/cache.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import type { FileReport } from '../core/report.ts';
import type { TargetVerifier } from '../core/target-verifier.ts';
import type { DiscoveredFile } from '../core/walk.ts';

/** Rounds of "asked for something new" before the last result is taken (each round hashes more). */
const MAX_ROUNDS = 8;

type VerifyContext = Parameters<TargetVerifier['verify']>[0] & {
  options: Parameters<TargetVerifier['verify']>[0]['options'] & { algorithms?: DigestAlgorithm[] };
};

/** The files map a verifier reads digests from, noting what it asked for and did not get. */
class AskedFiles extends Map<string, FileReport> {
  readonly missed = new Set<string>();
  override get(rel: string): FileReport | undefined {
    const r = super.get(rel);
    if (!r?.digests) this.missed.add(rel);
    return r;
  }
}

/** The scan's digests of a file, and the one a store names it by (as the scan's planReads adds it). */
function algorithmsFor(f: DiscoveredFile, options: VerifyContext['options']): DigestAlgorithm[] {
  const base: DigestAlgorithm[] = [...new Set<DigestAlgorithm>(['sha256', ...(options.algorithms ?? [])])];
  return f.store && !base.includes(f.store.algorithm) ? [...base, f.store.algorithm] : base;
}

async function hashFiles(
  files: readonly DiscoveredFile[],
  options: VerifyContext['options'],
  cache: DigestCache,
): Promise<Map<string, FileReport>> {
  const out = new Map<string, FileReport>();
  if (!files.length) return out;
  const pool = new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length)), {
    digestCache: cache,
  });
  try {
    await Promise.all(
      files.map((f) =>
        pool.hash({ path: f.fsPath, displayPath: f.display, algorithms: algorithmsFor(f, options) }).then(
          (r) => {
            out.set(f.rel, { path: f.display, size: r.size, kind: 'unknown', digests: r.digests });
          },
          // Left unknown, as on one machine: the shard that owns the file reports why.
          () => {},
        ),
      ),
    );
  } finally {
    await pool.close();
  }
  return out;
}

export async function verifyOnShard(
  verifier: TargetVerifier,
  ctx: VerifyContext,
): ReturnType<TargetVerifier['verify']> {
  const cache = ctx.options.digestCache ?? DigestCache.inMemory();
  const options = { ...ctx.options, digestCache: cache };
  const known = new Map(ctx.files);
  const tried = new Set<string>();
  for (let round = 1; ; round++) {
    const files = new AskedFiles(known);
    const out = await verifier.verify({ ...ctx, files, options });
    const fresh = [...files.missed].filter((rel) => !tried.has(rel));
    if (!fresh.length || round === MAX_ROUNDS) return out;
    for (const rel of fresh) tried.add(rel);
    const wanted = new Set(fresh);
    const hashed = await hashFiles(
      ctx.target.files.filter((f) => wanted.has(f.rel)),
      options,
      cache,
    );
    if (!hashed.size) return out;
    for (const [rel, r] of hashed) known.set(rel, r);
  }
}
