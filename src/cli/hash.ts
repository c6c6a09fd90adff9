/**
 * `modelvet hash`: the hash core on its own, with the output, `--check` behaviour and exit codes
 * of coreutils `sha256sum` (so existing SHA256SUMS files and scripts keep working): `-` is
 * standard input, `--check` takes several sums files, `--quiet` drops the OK lines, `--status`
 * prints nothing, and a file that cannot be read is exit 1 (as sha256sum does; 2 is for usage).
 */
import { readFile } from 'node:fs/promises';
import { describeError } from '../core/errors.ts';
import { createHasher, type DigestAlgorithm } from '../core/hash/digests.ts';
import type { DigestCache } from '../core/hash/cache.ts';
import {
  algorithmForLength,
  algorithmForTag,
  formatSumsLine,
  parseSums,
  type SumsEntry,
} from '../core/hash/sums.ts';
import { terminalText } from '../core/sanitize.ts';
import type { Command } from './command.ts';
import { digestCacheOf } from './digest-cache.ts';
import {
  DIGEST_CACHE,
  flag,
  JOBS,
  type OptionValues,
  parseChoice,
  parseJobs,
  requireWith,
  str,
  usage,
} from './options.ts';
import { type Io, inCwd, printError } from './output.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';

const HASH_ALGORITHMS = ['sha256', 'sha512', 'blake2b512', 'sha1', 'blake3'] as const;
/** The file name coreutils reads as standard input. */
const STDIN = '-';

interface HashIo {
  io: Io;
  /** Opens a path as given (relative to the Io's folder when it has one). */
  at: (p: string) => string;
  jobs: number | undefined;
  /** `--digest-cache`: unchanged files are answered from it (written back when the command ends). */
  digestCache: DigestCache | undefined;
}

async function readStdin(io: Io): Promise<Buffer> {
  if (!io.stdin) usage('no standard input to read');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function hashStdin(io: Io, algorithm: DigestAlgorithm): Promise<string> {
  if (!io.stdin) usage('no standard input to read');
  const hasher = await createHasher(algorithm, 0);
  for await (const chunk of io.stdin) hasher.update(chunk as Uint8Array);
  return hasher.digest();
}

async function withPool<T>(count: number, h: HashIo, fn: (pool: HashPool) => Promise<T>): Promise<T> {
  const pool = new HashPool(Math.max(1, Math.min(h.jobs ?? defaultJobs(), count)), {
    inline: true,
    digestCache: h.digestCache,
  });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}

type Digest = { ok: true; hex: string } | { ok: false; error: string; missing: boolean };

function digestOf(pool: HashPool, h: HashIo, name: string, algorithm: DigestAlgorithm): Promise<Digest> {
  const job =
    name === STDIN
      ? hashStdin(h.io, algorithm)
      : pool.hash({ path: h.at(name), algorithms: [algorithm] }).then((r) => r.digests[algorithm]!);
  return job.then(
    (hex): Digest => ({ ok: true, hex }),
    (err: unknown): Digest => ({
      ok: false,
      error: describeError(err, name),
      // Pool errors are ModelvetErrors: a file that does not exist has the code NOT_FOUND.
      missing: (err as { code?: string } | undefined)?.code === 'NOT_FOUND',
    }),
  );
}

/** One line per file, in argument order. Returns 0, or 1 when a file could not be read. */
async function printDigests(
  files: readonly string[],
  algorithm: DigestAlgorithm,
  h: HashIo,
): Promise<number> {
  return withPool(files.length, h, async (pool) => {
    let status = 0;
    // Started together, printed in order as soon as each prefix is ready.
    const pending = files.map((f) => digestOf(pool, h, f, algorithm));
    for (const [i, p] of pending.entries()) {
      const r = await p;
      if (r.ok) h.io.stdout(`${formatSumsLine(r.hex, files[i]!)}\n`);
      else {
        printError(h.io, r.error);
        status = 1;
      }
    }
    return status;
  });
}

interface CheckOptions {
  algorithm: DigestAlgorithm | undefined;
  quiet: boolean;
  status: boolean;
  ignoreMissing: boolean;
}

interface CheckTally {
  failed: number;
  unreadable: number;
  badLines: number;
  checked: number;
}

function algorithmFor(e: SumsEntry, forced: DigestAlgorithm | undefined): DigestAlgorithm | undefined {
  if (e.tag) return algorithmForTag(e.tag) ?? undefined;
  return forced ?? algorithmForLength(e.hex.length) ?? undefined;
}

/** Checks the entries of one sums file like `sha256sum -c`: `name: OK` / `FAILED` / `FAILED open or read`. */
async function checkEntries(
  entries: readonly SumsEntry[],
  o: CheckOptions,
  h: HashIo,
  tally: CheckTally,
): Promise<void> {
  const out = (line: string) => {
    if (!o.status) h.io.stdout(`${line}\n`);
  };
  await withPool(entries.length, h, async (pool) => {
    const pending = entries.map((e) => {
      const alg = algorithmFor(e, o.algorithm);
      return alg ? digestOf(pool, h, e.name, alg) : Promise.resolve(undefined);
    });
    for (const [i, p] of pending.entries()) {
      const e = entries[i]!;
      const r = await p;
      const name = terminalText(e.name);
      if (r === undefined) tally.badLines++;
      else if (r.ok && r.hex === e.hex) {
        tally.checked++;
        if (!o.quiet) out(`${name}: OK`);
      } else if (r.ok) {
        tally.checked++;
        tally.failed++;
        out(`${name}: FAILED`);
      } else if (!(r.missing && o.ignoreMissing)) {
        tally.unreadable++;
        if (!o.status) printError(h.io, r.error);
        out(`${name}: FAILED open or read`);
      }
    }
  });
}

/** Verifies sums files like `sha256sum -c`; exit 1 on a mismatch, an unreadable file, or no valid line. */
async function checkSumsFiles(sumsFiles: readonly string[], o: CheckOptions, h: HashIo): Promise<number> {
  let status = 0;
  const warn = (s: string) => {
    if (!o.status) printError(h.io, s);
  };
  for (const file of sumsFiles) {
    let text: string;
    try {
      text = file === STDIN ? (await readStdin(h.io)).toString('utf8') : await readFile(h.at(file), 'utf8');
    } catch (err) {
      printError(h.io, describeError(err, file));
      status = 1;
      continue;
    }
    const parsed = parseSums(text);
    const tally: CheckTally = { failed: 0, unreadable: 0, badLines: parsed.malformed.length, checked: 0 };
    if (parsed.entries.length) await checkEntries(parsed.entries, o, h, tally);
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    if (tally.checked + tally.unreadable === 0) {
      const none = tally.badLines - parsed.malformed.length === parsed.entries.length;
      warn(`${file}: ${none ? 'no properly formatted checksum lines found' : 'no file was verified'}`);
      status = 1;
      continue;
    }
    if (tally.badLines)
      warn(`WARNING: ${plural(tally.badLines, 'line is', 'lines are')} improperly formatted`);
    if (tally.unreadable)
      warn(`WARNING: ${plural(tally.unreadable, 'listed file', 'listed files')} could not be read`);
    if (tally.failed)
      warn(`WARNING: ${plural(tally.failed, 'computed checksum', 'computed checksums')} did NOT match`);
    if (tally.failed || tally.unreadable) status = 1;
  }
  return status;
}

function checkOptionsOf(values: OptionValues): CheckOptions {
  const check = flag(values.check);
  for (const name of ['quiet', 'status', 'ignore-missing'])
    requireWith(!check && flag(values[name]), name, 'is meaningful only when verifying checksums (--check)');
  const algorithm = parseChoice('algorithm', str(values.algorithm), HASH_ALGORITHMS);
  return {
    algorithm,
    quiet: flag(values.quiet),
    status: flag(values.status),
    ignoreMissing: flag(values['ignore-missing']),
  };
}

export const hashCommand: Command = {
  name: 'hash',
  summary: 'Print sha256sum-compatible digests, or check a sums file like sha256sum -c',
  args: '[file...]',
  argsHelp: 'Files to hash, or with --check the sums files to verify; - (or none) is standard input',
  options: [
    { name: 'check', short: 'c', help: 'Read digests from the sums files and check them' },
    {
      name: 'algorithm',
      short: 'a',
      value: 'NAME',
      help: `Digest: ${HASH_ALGORITHMS.join(', ')} (default sha256)`,
    },
    { name: 'ignore-missing', help: 'With --check: do not fail for listed files that are missing' },
    { name: 'quiet', short: 'q', help: 'With --check: do not print OK for each file that matches' },
    { name: 'status', help: 'With --check: print nothing; the exit status says it all' },
    DIGEST_CACHE,
    JOBS,
  ],
  examples: [
    'modelvet hash *.safetensors > SHA256SUMS',
    'modelvet hash --check SHA256SUMS',
    'curl -sL URL | modelvet hash -',
  ],
  async run({ values, positionals }, io) {
    const options = checkOptionsOf(values);
    const h: HashIo = {
      io,
      at: inCwd(io),
      jobs: parseJobs(str(values.jobs)),
      digestCache: undefined,
    };
    let files = positionals;
    if (!files.length) {
      if (!io.stdin || io.stdin.isTTY) usage('hash needs files (or - for standard input)');
      files = [STDIN];
    }
    if (files.filter((f) => f === STDIN).length > 1) usage('standard input (-) can be read once');
    h.digestCache = await digestCacheOf(values, io, []);
    try {
      if (flag(values.check)) return await checkSumsFiles(files, options, h);
      return await printDigests(files, options.algorithm ?? 'sha256', h);
    } finally {
      await h.digestCache?.flush();
    }
  },
};
