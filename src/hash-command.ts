/**
 * `modelvet hash`: the hash core on its own, output and `--check` behaviour compatible with
 * coreutils `sha256sum` (so existing SHA256SUMS files and scripts keep working).
 */
import { readFile } from 'node:fs/promises';
import { describeError } from './core/errors.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm } from './core/hash/digests.ts';
import { defaultJobs, HashPool } from './core/hash/pool.ts';
import { algorithmForLength, algorithmForTag, formatSumsLine, parseSums } from './core/hash/sums.ts';

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Answer unchanged files from this cache (written back when done). */
  digestCache?: DigestCache | undefined;
}

function poolFor(jobs: number, options: Out): HashPool {
  return new HashPool(jobs, {
    inline: true,
    ...(options.digestCache ? { digestCache: options.digestCache } : {}),
  });
}

/** Prints one line per file, in argument order. Returns 0, or 2 when a file could not be read. */
export async function hashFilesToSums(
  files: readonly string[],
  options: Out & { algorithm: DigestAlgorithm; jobs?: number },
): Promise<number> {
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const pool = poolFor(jobs, options);
  let status = 0;
  try {
    const results = files.map((f) =>
      pool.hash({ path: f, algorithms: [options.algorithm] }).then(
        (r) => ({ ok: true as const, hex: r.digests[options.algorithm]! }),
        (e: unknown) => ({ ok: false as const, error: describeError(e, f) }),
      ),
    );
    // Print in order as soon as each prefix is ready.
    for (let i = 0; i < files.length; i++) {
      const r = await results[i]!;
      if (r.ok) options.out(`${formatSumsLine(r.hex, files[i]!)}\n`);
      else {
        options.err(`modelvet: ${r.error}\n`);
        status = 2;
      }
    }
  } finally {
    await pool.close();
    await options.digestCache?.flush();
  }
  return status;
}

function algorithmFor(
  hexLength: number,
  tag: string | undefined,
  forced?: DigestAlgorithm,
): DigestAlgorithm | undefined {
  if (tag) return algorithmForTag(tag) ?? undefined;
  return forced ?? algorithmForLength(hexLength) ?? undefined;
}

/**
 * Verifies a sums file like `sha256sum -c`: `name: OK` / `name: FAILED` / `name: FAILED open or read`,
 * warnings on stderr, exit 1 on any mismatch, missing file or when no line is well formed.
 */
export async function checkSums(
  sumsPath: string,
  options: Out & { algorithm?: DigestAlgorithm; jobs?: number; quiet: boolean; ignoreMissing: boolean },
): Promise<number> {
  let text: string;
  try {
    text = await readFile(sumsPath, 'utf8');
  } catch (err) {
    options.err(`modelvet: ${describeError(err, sumsPath)}\n`);
    return 2;
  }
  const parsed = parseSums(text);
  if (parsed.entries.length === 0) {
    options.err(`modelvet: ${sumsPath}: no properly formatted checksum lines found\n`);
    return 1;
  }
  const jobs = Math.min(options.jobs ?? defaultJobs(), parsed.entries.length);
  const pool = poolFor(jobs, options);
  let failed = 0;
  let unreadable = 0;
  let badLines = parsed.malformed.length;
  try {
    type Outcome =
      | { entry: (typeof parsed.entries)[number]; state: 'ok' | 'failed' | 'badline' }
      | { entry: (typeof parsed.entries)[number]; state: 'unreadable'; error: string; err: unknown };
    const pending = parsed.entries.map((e): Promise<Outcome> => {
      const alg = algorithmFor(e.hex.length, e.tag, options.algorithm);
      if (!alg) return Promise.resolve({ entry: e, state: 'badline' });
      return pool.hash({ path: e.name, algorithms: [alg] }).then(
        (r): Outcome => ({ entry: e, state: r.digests[alg] === e.hex ? 'ok' : 'failed' }),
        (err: unknown): Outcome => ({
          entry: e,
          state: 'unreadable',
          error: describeError(err, e.name),
          err,
        }),
      );
    });
    for (const p of pending) {
      const r = await p;
      if (r.state === 'badline') {
        badLines++;
      } else if (r.state === 'ok') {
        if (!options.quiet) options.out(`${r.entry.name}: OK\n`);
      } else if (r.state === 'failed') {
        failed++;
        options.out(`${r.entry.name}: FAILED\n`);
      } else if (r.state === 'unreadable') {
        // Pool errors are ModelvetErrors: a file that does not exist has the code NOT_FOUND.
        const missing = (r.err as { code?: string } | undefined)?.code === 'NOT_FOUND';
        if (missing && options.ignoreMissing) continue;
        unreadable++;
        options.err(`modelvet: ${r.error}\n`);
        options.out(`${r.entry.name}: FAILED open or read\n`);
      }
    }
  } finally {
    await pool.close();
    await options.digestCache?.flush();
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (badLines)
    options.err(`modelvet: WARNING: ${plural(badLines, 'line is', 'lines are')} improperly formatted\n`);
  if (unreadable)
    options.err(
      `modelvet: WARNING: ${plural(unreadable, 'listed file', 'listed files')} could not be read\n`,
    );
  if (failed)
    options.err(
      `modelvet: WARNING: ${plural(failed, 'computed checksum', 'computed checksums')} did NOT match\n`,
    );
  return failed || unreadable ? 1 : 0;
}
