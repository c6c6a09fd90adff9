/**
 * The hash-and-analyze step of a scan: every planned file read once.
 *
 * - Small files (up to SMALL_FILE_BYTES) go to the hash pool in batches: a worker opens, reads and
 *   hashes each one whole, and the bytes come back (transferred) for the analyzers, which read them
 *   from memory. One open and one read per file, one message per batch, no stream.
 * - Large files are streamed by a pool worker's reader while the analyzers read the parts they need
 *   through a FileSource on this thread.
 * - The bytes of small files stay in memory for the tree checks while a budget lasts
 *   (RetainedBytes), so a config or requirements file is not read a second time.
 * - With a digest cache (`--digest-cache`), a large file unchanged since it was hashed takes its
 *   digests from the cache; the analyzers still read what they need of it. Small files are read
 *   whole for the analyzers anyway, so their digests are always of the bytes just read.
 */
import {
  ANALYZER_ERROR,
  type AnalyzeResult,
  analyzeSource,
  DEFAULT_LIMITS,
  type AnalyzerOptions,
  type ScanLimits,
} from './core/analyzer.ts';
import { describeError } from './core/errors.ts';
import { defineRule, type Finding, finding } from './core/finding.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm, Digests } from './core/hash/digests.ts';
import type { ModelReference } from './core/model-source.ts';
import { defaultJobs, HashPool, type SmallFileRead } from './core/hash/pool.ts';
import { Progress, type ProgressEvent } from './core/hash/progress.ts';
import { type FsPath, pathKey } from './core/paths.ts';
import type { Kind } from './core/sniff.ts';
import { type ByteSource, BufferSource, FileSource, readAll } from './core/source.ts';
import type { DiscoveredFile } from './core/walk.ts';
import type { Scanner } from './scanner.ts';

export const HASH_ERROR = defineRule({
  id: 'scan/hash-error',
  severity: 'high',
  title: 'File could not be hashed',
  tags: ['fail-closed', 'integrity'],
  explain: `modelvet could not read every byte of this file to hash it: it vanished, shrank or grew,
or an I/O error occurred. Its digest is missing from the report, so no integrity check can pass for it.
Fix: re-download the artifact and scan it again while nothing writes to it.`,
});

/** Files up to this size are read whole, once, and analyzed from memory. */
export const SMALL_FILE_BYTES = 256 * 1024;
/** A batch of small files sent to one worker in one message. */
const BATCH_FILES = 256;
const BATCH_BYTES = 8 * 1024 * 1024;
/** Small files kept in memory for the tree checks: each at most, and all together. */
const RETAIN_FILE_BYTES = 64 * 1024;
const RETAIN_TOTAL_BYTES = 64 * 1024 * 1024;
/**
 * The first bytes kept of a large file (the tree checks read at most 4 KiB of a head: a `#!`, a
 * BOM, a dependency file's kind), from the block its analysis read anyway: without them each check
 * opened every large file again (16 cached shards: 16 more open/read/close rounds).
 */
const RETAIN_HEAD_BYTES = 4096;

/** One file's content, however many names it goes by. */
export interface PlannedContent {
  /** pathKey of the real path. */
  key: string;
  fsPath: FsPath;
  /** Size at discovery. */
  size: number;
  /** The name hash errors are reported under. */
  hashAs: DiscoveredFile;
  /** One name per distinct base name (see planReads). */
  analyzeAs: DiscoveredFile[];
  algorithms: DigestAlgorithm[];
}

export interface ContentResult {
  size: number;
  /** Absent when the file could not be read to the end. */
  digests?: Digests;
  kind: Kind;
  memberKinds: Kind[];
  /** The digests came from the digest cache (the file was not read to hash it). */
  cached?: true;
}

export interface ContentResults {
  byKey: ReadonlyMap<string, ContentResult>;
  hashedBytes: number;
  retained: RetainedBytes;
}

export interface ReadOptions {
  /** The analyzers and sniffers every file is dispatched to. */
  scanner: Scanner;
  jobs?: number;
  limits?: ScanLimits;
  analyzerOptions?: AnalyzerOptions;
  onProgress?: (e: ProgressEvent) => void;
  analysisConcurrency?: number;
  /** Digests of unchanged large files (the caller opens and flushes it). */
  digestCache?: DigestCache;
}

export async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Consecutive small files grouped into batches of at most BATCH_FILES files and about BATCH_BYTES. */
function batches(small: readonly PlannedContent[]): PlannedContent[][] {
  const out: PlannedContent[][] = [];
  let current: PlannedContent[] = [];
  let bytes = 0;
  for (const c of small) {
    if (current.length && (current.length >= BATCH_FILES || bytes + c.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(c);
    bytes += c.size;
  }
  if (current.length) out.push(current);
  return out;
}

/** Hashes and analyzes every planned content; findings go to `findings`. */
export async function readContents(
  plan: readonly PlannedContent[],
  options: ReadOptions,
  findings: Finding[],
  references: ModelReference[],
): Promise<ContentResults> {
  const small = plan.filter((c) => c.size <= SMALL_FILE_BYTES);
  const large = plan.filter((c) => c.size > SMALL_FILE_BYTES);
  const smallBatches = batches(small);
  const totalBytes = plan.reduce((n, c) => n + c.size, 0);
  const progress = new Progress(totalBytes, plan.length, options.onProgress);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), large.length + smallBatches.length));
  // A model folder (large shards, a batch or so of configs) hashes on this thread too, with one
  // worker fewer: the analyzers read a few KB per shard and the hash reader yields every 4 MiB, and
  // a worker is ~12 MiB of RSS and ~35 ms of CPU to start (8 x 256 MiB: 110 -> 97 MiB peak, same CPU).
  // Many small files keep every worker: their batches would hold this thread from the analyzers.
  const inline = smallBatches.length <= 1;
  const pool = new HashPool(jobs, {
    inline,
    digestCache: options.digestCache,
  });
  const reads = new ScanReads(pool, progress, options, findings, references);
  try {
    await Promise.all([
      mapLimit(smallBatches, pool.size * 2, (b) => reads.smallBatch(b)),
      reads.largeFiles(large),
    ]);
  } finally {
    await pool.close();
  }
  reads.reportOpenErrors();
  return reads;
}

/** The results of one scan's reads, filled as files complete. */
class ScanReads implements ContentResults {
  readonly byKey = new Map<string, ContentResult>();
  hashedBytes = 0;
  readonly retained = new RetainedBytes();
  /** Analysis failures of large files, reported unless the hash of the same file failed too. */
  private readonly openErrors = new Map<string, Finding>();
  private readonly pool: HashPool;
  private readonly progress: Progress;
  private readonly options: ReadOptions;
  private readonly findings: Finding[];
  private readonly references: ModelReference[];

  constructor(
    pool: HashPool,
    progress: Progress,
    options: ReadOptions,
    findings: Finding[],
    references: ModelReference[],
  ) {
    this.pool = pool;
    this.progress = progress;
    this.options = options;
    this.findings = findings;
    this.references = references;
  }

  private result(c: PlannedContent): ContentResult {
    let r = this.byKey.get(c.key);
    if (!r) {
      r = { size: c.size, kind: 'unknown', memberKinds: [] };
      this.byKey.set(c.key, r);
    }
    return r;
  }

  private hashed(c: PlannedContent, digests: Digests, size: number): void {
    const r = this.result(c);
    r.digests = digests;
    r.size = size;
    this.hashedBytes += size;
    if (size !== c.size) {
      // Analyzers and the hash may have seen different bytes: nothing about this file is certain.
      const shown = c.hashAs.display;
      this.findings.push(
        finding(HASH_ERROR, {
          path: shown,
          message: `${shown}: size changed during the scan (${c.size} → ${size} bytes)`,
        }),
      );
    }
  }

  private hashFailed(c: PlannedContent, message: string): void {
    this.findings.push(finding(HASH_ERROR, { path: c.hashAs.display, message }));
  }

  /** Runs the analyzers on one name of a content; store blobs are reported under their known name. */
  private async analyzeName(c: PlannedContent, file: DiscoveredFile, source: ByteSource): Promise<void> {
    const result: AnalyzeResult = await analyzeSource(source, file.rel.split('/').at(-1) ?? file.rel, {
      scanner: this.options.scanner,
      limits: this.options.limits ?? DEFAULT_LIMITS,
      options: this.options.analyzerOptions ?? {},
    });
    const r = this.result(c);
    if (r.kind === 'unknown' || r.kind === 'unreadable') r.kind = result.kind;
    if (result.memberKinds.length && !r.memberKinds.length) r.memberKinds = result.memberKinds;
    const store = file.store;
    for (const f of result.findings) {
      this.findings.push(
        store ? { ...f, evidence: { ...f.evidence, blob: `${store.algorithm}:${store.digest}` } } : f,
      );
    }
    for (const r of result.references) this.references.push(r);
  }

  async smallBatch(batch: readonly PlannedContent[]): Promise<void> {
    const files = batch.map((c) => ({
      path: c.fsPath,
      displayPath: c.hashAs.display,
      algorithms: c.algorithms,
      size: c.size,
    }));
    let reads: SmallFileRead[];
    try {
      reads = await this.pool.readSmallFiles(files, SMALL_FILE_BYTES);
    } catch (err) {
      reads = batch.map((c) => ({
        ok: false,
        code: 'INTERNAL',
        message: describeError(err, c.hashAs.display),
      }));
    }
    const items = batch.map((c, i) => [c, reads[i]!] as const);
    await mapLimit(items, this.options.analysisConcurrency ?? 4, async ([c, read]) => {
      try {
        if (!read.ok) {
          this.result(c).kind = 'unreadable';
          this.hashFailed(c, read.message);
          return;
        }
        this.hashed(c, read.digests, read.data.length);
        this.retained.keep(c.key, read.data);
        for (const name of c.analyzeAs) {
          const shown = name.store?.display ?? name.display;
          await this.analyzeName(c, name, new BufferSource(read.data, shown, [], c.fsPath)).catch(
            (err: unknown) => {
              // Analyzers report content problems as findings; an exception here is a bug, and still not a pass.
              this.findings.push(
                finding(ANALYZER_ERROR, { path: shown, message: describeError(err, shown) }),
              );
            },
          );
        }
      } finally {
        this.progress.addBytes(read.ok ? read.data.length : 0, c.hashAs.display);
        this.progress.fileDone();
      }
    });
  }

  async largeFiles(large: readonly PlannedContent[]): Promise<void> {
    const hashing = Promise.all(large.map((c) => this.hashLarge(c)));
    const analysis = mapLimit(large, this.options.analysisConcurrency ?? 4, (c) => this.analyzeLarge(c));
    await Promise.all([hashing, analysis]);
  }

  private async hashLarge(c: PlannedContent): Promise<void> {
    try {
      const r = await this.pool.hash({
        path: c.fsPath,
        displayPath: c.hashAs.display,
        algorithms: c.algorithms,
        onProgress: (n) => this.progress.addBytes(n, c.hashAs.display),
      });
      this.hashed(c, r.digests, r.size);
      if (r.cached) this.result(c).cached = true;
    } catch (err) {
      this.hashFailed(c, describeError(err, c.hashAs.display));
    } finally {
      this.progress.fileDone();
    }
  }

  private async analyzeLarge(c: PlannedContent): Promise<void> {
    for (const name of c.analyzeAs) {
      let source: FileSource | undefined;
      const shown = name.store?.display ?? name.display;
      try {
        source = await FileSource.open(c.fsPath, shown);
        await this.analyzeName(c, name, source);
        // A head that cannot be read now is read again by the check that wants it (and fails there).
        const head = await source.read(0, Math.min(RETAIN_HEAD_BYTES, source.size)).catch(() => undefined);
        if (head) this.retained.keepHead(c.key, head);
      } catch (err) {
        this.result(c).kind = 'unreadable';
        this.openErrors.set(
          c.key,
          finding(HASH_ERROR, { path: name.display, message: describeError(err, name.display) }),
        );
      } finally {
        await source?.close().catch(() => {});
      }
    }
  }

  /** An analysis that could not open a file counts only when the hash did not already report it. */
  reportOpenErrors(): void {
    for (const [key, f] of this.openErrors) if (this.byKey.get(key)?.digests) this.findings.push(f);
  }
}

/**
 * Small files' bytes and large files' heads kept for the tree checks, up to a budget; the rest is
 * read from disk again.
 */
export class RetainedBytes {
  private readonly bytes = new Map<string, Buffer>();
  private readonly heads = new Map<string, Buffer>();
  private used = 0;

  keep(key: string, data: Buffer): void {
    if (data.length > RETAIN_FILE_BYTES || this.used + data.length > RETAIN_TOTAL_BYTES) return;
    this.bytes.set(key, data);
    this.used += data.length;
  }

  /** The first bytes of a file that is not kept whole. */
  keepHead(key: string, head: Buffer): void {
    if (this.heads.has(key) || this.used + head.length > RETAIN_TOTAL_BYTES) return;
    this.heads.set(key, head);
    this.used += head.length;
  }

  private async withSource<T>(file: DiscoveredFile, fn: (s: ByteSource) => Promise<T>): Promise<T> {
    const kept = this.bytes.get(pathKey(file.fsPath));
    if (kept) return fn(new BufferSource(kept, file.display));
    const src = await FileSource.open(file.fsPath, file.display);
    try {
      return await fn(src);
    } finally {
      await src.close();
    }
  }

  /** The whole file as UTF-8; READ_TOO_LARGE above `limit` bytes. */
  readText(file: DiscoveredFile, limit = 8 * 1024 * 1024): Promise<string> {
    return this.withSource(file, async (s) => (await readAll(s, limit)).toString('utf8'));
  }

  /** The first `n` bytes (fewer for a shorter file). */
  readHead(file: DiscoveredFile, n: number): Promise<Buffer> {
    const head = this.heads.get(pathKey(file.fsPath));
    if (head && head.length >= n) return Promise.resolve(head.subarray(0, n));
    return this.withSource(file, (s) => s.read(0, Math.min(n, s.size)));
  }
}
