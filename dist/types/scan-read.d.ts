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
import { type AnalyzerOptions, type ScanLimits } from './core/analyzer.ts';
import { type Finding } from './core/finding.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm, Digests } from './core/hash/digests.ts';
import type { ModelReference } from './core/model-source.ts';
import { type ProgressEvent } from './core/hash/progress.ts';
import { type FsPath } from './core/paths.ts';
import type { Kind } from './core/sniff.ts';
import type { DiscoveredFile } from './core/walk.ts';
import type { Scanner } from './scanner.ts';
export declare const HASH_ERROR: import("./core/finding.ts").RuleDefinition;
/** Files up to this size are read whole, once, and analyzed from memory. */
export declare const SMALL_FILE_BYTES: number;
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
export declare function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void>;
/** Hashes and analyzes every planned content; findings go to `findings`. */
export declare function readContents(plan: readonly PlannedContent[], options: ReadOptions, findings: Finding[], references: ModelReference[]): Promise<ContentResults>;
/**
 * Small files' bytes and large files' heads kept for the tree checks, up to a budget; the rest is
 * read from disk again.
 */
export declare class RetainedBytes {
    private readonly bytes;
    private readonly heads;
    private used;
    keep(key: string, data: Buffer): void;
    /** The first bytes of a file that is not kept whole. */
    keepHead(key: string, head: Buffer): void;
    private withSource;
    /** The whole file as UTF-8; READ_TOO_LARGE above `limit` bytes. */
    readText(file: DiscoveredFile, limit?: number): Promise<string>;
    /** The first `n` bytes (fewer for a shorter file). */
    readHead(file: DiscoveredFile, n: number): Promise<Buffer>;
}
