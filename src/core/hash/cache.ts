/**
 * An opt-in digest cache (`--digest-cache DIR`): a scan of a file that has not changed since the
 * last one takes its digests from the cache instead of reading it again.
 *
 * "Not changed" is the key git's index and rsync's quick check trust: device, inode, size, and the
 * modification and status-change times in nanoseconds (`fs.stat(..., { bigint: true })`). Any
 * write changes mtime and ctime; ctime cannot be set from user space (utimes sets it to now), so a
 * file replaced and back-dated still misses; a file replaced by rename has another inode. A digest
 * is stored only when the file's identity is the same before and after hashing, and not while its
 * ctime is younger than `racyWindowMs` (git's "racy" entries: a write in the same timestamp tick as
 * our stat would keep the key; see git's Documentation/technical/racy-git.txt).
 *
 * The cache is one JSON file, DIR/modelvet-digests.json, written atomically (temp file + rename)
 * after merging what another process wrote meanwhile, bounded to `maxEntries` (least recently used
 * dropped). A cache that cannot be read or is not exactly this shape is ignored with a warning and
 * replaced at the next write: it can cost a re-hash, never a wrong digest. Whoever can write DIR
 * can make a scan believe a digest, so DIR must be private to the user running modelvet, and it is
 * never inside a scanned tree (callers refuse that, see `assertCacheOutside`).
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, ModelvetError } from '../errors.ts';
import { replaceFile } from '../replace-file.ts';
import { rootContaining } from '../outside.ts';
import type { FsPath } from '../paths.ts';
import { DIGEST_ALGORITHMS, type DigestAlgorithm, type Digests } from './digests.ts';
import type { HashResult } from './reader.ts';

export const CACHE_FILE_NAME = 'modelvet-digests.json';
const CACHE_FORMAT = 'modelvet-digest-cache';
const CACHE_VERSION = 1;
/** ~200 bytes an entry: 100k entries (a large model zoo) is a ~20 MB file. */
export const DEFAULT_MAX_ENTRIES = 100_000;
/** A cache file larger than this is not read (and replaced): bounded memory whatever is in DIR. */
export const MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_RACY_WINDOW_MS = 2000;

const HEX_LENGTH: Record<DigestAlgorithm, number> = {
  sha256: 64,
  sha512: 128,
  blake2b512: 128,
  sha1: 40,
  'git-sha1': 40,
  blake3: 64,
};

interface Entry {
  digests: Partial<Record<DigestAlgorithm, string>>;
  /** Last use, ms since the epoch (for eviction). */
  used: number;
}

export interface FileIdentity {
  key: string;
  size: number;
  ctimeMs: number;
}

export interface DigestCacheOptions {
  maxEntries?: number;
  racyWindowMs?: number;
  onWarning?: (message: string) => void;
  now?: () => number;
}

/** The identity of the file at `path` (links followed), or undefined when it cannot be stat'ed. */
export async function fileIdentity(path: FsPath): Promise<FileIdentity | undefined> {
  const st = await stat(path, { bigint: true }).catch(() => undefined);
  if (!st?.isFile()) return undefined;
  return {
    key: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`,
    size: Number(st.size),
    ctimeMs: Number(st.ctimeNs / 1_000_000n),
  };
}

function validEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const { digests, used } = value as Record<string, unknown>;
  if (typeof used !== 'number' || !Number.isFinite(used)) return false;
  if (typeof digests !== 'object' || digests === null || Array.isArray(digests)) return false;
  const pairs = Object.entries(digests);
  return (
    pairs.length > 0 &&
    pairs.every(
      ([alg, hex]) =>
        (DIGEST_ALGORITHMS as readonly string[]).includes(alg) &&
        typeof hex === 'string' &&
        hex.length === HEX_LENGTH[alg as DigestAlgorithm] &&
        /^[0-9a-f]+$/.test(hex),
    )
  );
}

/** Parses a cache file; throws a one-line reason when it is not exactly a cache. */
function parseCache(text: string): Map<string, Entry> {
  const doc = JSON.parse(text) as unknown;
  if (typeof doc !== 'object' || doc === null) throw new ModelvetError('CORRUPT_CACHE', 'not a JSON object');
  const { format, version, entries } = doc as Record<string, unknown>;
  if (format !== CACHE_FORMAT || version !== CACHE_VERSION)
    throw new ModelvetError('CORRUPT_CACHE', `not a ${CACHE_FORMAT} version ${CACHE_VERSION}`);
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    throw new ModelvetError('CORRUPT_CACHE', 'no entries object');
  const out = new Map<string, Entry>();
  for (const [key, entry] of Object.entries(entries)) {
    if (!/^\d+:\d+:\d+:\d+:\d+(?::\d+:\d+)?$/.test(key) || !validEntry(entry))
      throw new ModelvetError('CORRUPT_CACHE', `invalid entry ${JSON.stringify(key).slice(0, 80)}`);
    out.set(key, { digests: { ...entry.digests }, used: entry.used });
  }
  return out;
}

/** The cache key of a pass: the file identity, and the byte range when it is not the whole file. */
export function rangeKey(
  identity: FileIdentity,
  start: number | undefined,
  length: number | undefined,
): string {
  const s = start ?? 0;
  const whole = s === 0 && (length === undefined || length === identity.size);
  return whole ? identity.key : `${identity.key}:${s}:${length ?? identity.size - s}`;
}

export class DigestCache {
  /** The cache file; undefined for a cache that lives only as long as the process (`inMemory`). */
  readonly file: string | undefined;
  private readonly entries: Map<string, Entry>;
  private readonly options: Required<Omit<DigestCacheOptions, 'onWarning'>> &
    Pick<DigestCacheOptions, 'onWarning'>;
  private dirty = false;
  private hits = 0;

  private constructor(file: string | undefined, entries: Map<string, Entry>, options: DigestCacheOptions) {
    this.file = file;
    this.entries = entries;
    this.options = {
      maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      racyWindowMs: options.racyWindowMs ?? DEFAULT_RACY_WINDOW_MS,
      now: options.now ?? Date.now,
      onWarning: options.onWarning,
    };
  }

  /** Opens (creating DIR, mode 0700) the cache in `dir`; a broken cache file is a warning, not an error. */
  static async open(dir: string, options: DigestCacheOptions = {}): Promise<DigestCache> {
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new ModelvetError('UNREADABLE', `digest cache ${describeError(err, dir)}`, { path: dir });
    }
    const file = join(dir, CACHE_FILE_NAME);
    const entries = await readEntries(file, options.onWarning);
    return new DigestCache(file, entries, options);
  }

  /** A cache for one run (never written): what one step hashed, the next need not hash again. */
  static inMemory(options: DigestCacheOptions = {}): DigestCache {
    return new DigestCache(undefined, new Map(), { racyWindowMs: 0, ...options });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Lookups answered since opened. */
  get hitCount(): number {
    return this.hits;
  }

  /** Digests for `key` covering every algorithm wanted, or undefined. */
  lookup(key: string, algorithms: readonly DigestAlgorithm[]): Digests | undefined {
    const entry = this.entries.get(key);
    if (!entry?.digests.sha256 || !algorithms.every((a) => entry.digests[a])) return undefined;
    entry.used = this.options.now();
    this.hits++;
    this.dirty = true;
    const picked: Partial<Record<DigestAlgorithm, string>> = { sha256: entry.digests.sha256 };
    for (const a of algorithms) picked[a] = entry.digests[a];
    return picked as Digests;
  }

  /** Records digests of a pass whose file identity was `before` when it started and `after` when it ended. */
  store(before: FileIdentity, after: FileIdentity | undefined, key: string, digests: Digests): void {
    if (!after || after.key !== before.key) return; // changed while hashed
    if (this.options.now() - before.ctimeMs < this.options.racyWindowMs) return;
    const old = this.entries.get(key);
    this.entries.set(key, { digests: { ...old?.digests, ...digests }, used: this.options.now() });
    this.dirty = true;
  }

  /** Writes the cache (merged with entries another process wrote since it was opened), atomically. */
  async flush(): Promise<void> {
    if (!this.dirty || this.file === undefined) return;
    const file = this.file;
    const onDisk = await readEntries(file, undefined);
    for (const [key, entry] of this.entries) {
      const other = onDisk.get(key);
      if (!other || other.used <= entry.used) onDisk.set(key, entry);
    }
    const kept = [...onDisk].sort((a, b) => b[1].used - a[1].used).slice(0, this.options.maxEntries);
    const text = JSON.stringify({
      format: CACHE_FORMAT,
      version: CACHE_VERSION,
      entries: Object.fromEntries(kept),
    });
    try {
      await replaceFile(file, text);
      this.dirty = false;
    } catch (err) {
      this.options.onWarning?.(`digest cache not saved: ${describeError(err, file)}`);
    }
  }
}

async function readEntries(
  file: string,
  onWarning: ((m: string) => void) | undefined,
): Promise<Map<string, Entry>> {
  let text: string;
  try {
    const st = await stat(file);
    if (st.size > MAX_CACHE_FILE_BYTES) {
      onWarning?.(
        `digest cache ${file} is larger than ${MAX_CACHE_FILE_BYTES} bytes; ignored (it will be replaced)`,
      );
      return new Map();
    }
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      onWarning?.(`digest cache ignored: ${describeError(err, file)}`);
    return new Map();
  }
  try {
    return parseCache(text);
  } catch (err) {
    onWarning?.(`digest cache ${file} is corrupt (${(err as Error).message}); ignored, it will be replaced`);
    return new Map();
  }
}

/**
 * Refuses a cache folder inside a scanned tree: the scanned files could then ship the digests they
 * are checked against (and a scan must never write into what it scans).
 */
export async function assertCacheOutside(dir: string, roots: readonly string[]): Promise<void> {
  const root = await rootContaining(dir, roots);
  if (root !== undefined)
    throw new ModelvetError(
      'USAGE',
      `--digest-cache ${dir} is inside the scanned folder ${root}; put the cache outside what is scanned`,
      { path: dir },
    );
}

export interface CachedPass {
  /** Exact bytes of the path when a Buffer (a name that is not UTF-8). */
  path: FsPath;
  start?: number;
  length?: number;
  algorithms?: readonly DigestAlgorithm[];
  onProgress?: (bytes: number) => void;
}

/**
 * One pass through the cache: a hit answers at once (progress reports its bytes, so a progress bar
 * completes); a miss runs `hash` and stores its digests if the file did not change meanwhile.
 */
export async function hashThroughCache(
  cache: DigestCache,
  pass: CachedPass,
  hash: () => Promise<HashResult>,
): Promise<HashResult> {
  const before = await fileIdentity(pass.path);
  if (!before) return hash(); // the hash reports why it cannot be read
  const key = rangeKey(before, pass.start, pass.length);
  const algorithms: readonly DigestAlgorithm[] = pass.algorithms?.length ? pass.algorithms : ['sha256'];
  const size = pass.length ?? before.size - (pass.start ?? 0);
  const hit = size >= 0 ? cache.lookup(key, algorithms) : undefined;
  if (hit) {
    pass.onProgress?.(size);
    return { size, digests: hit, cached: true };
  }
  const result = await hash();
  cache.store(before, await fileIdentity(pass.path), key, result.digests);
  return result;
}
