import type { FsPath } from '../paths.ts';
import { type DigestAlgorithm, type Digests } from './digests.ts';
import type { HashResult } from './reader.ts';
export declare const CACHE_FILE_NAME = "modelvet-digests.json";
/** ~200 bytes an entry: 100k entries (a large model zoo) is a ~20 MB file. */
export declare const DEFAULT_MAX_ENTRIES = 100000;
/** A cache file larger than this is not read (and replaced): bounded memory whatever is in DIR. */
export declare const MAX_CACHE_FILE_BYTES: number;
export declare const DEFAULT_RACY_WINDOW_MS = 2000;
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
export declare function fileIdentity(path: FsPath): Promise<FileIdentity | undefined>;
/** The cache key of a pass: the file identity, and the byte range when it is not the whole file. */
export declare function rangeKey(identity: FileIdentity, start: number | undefined, length: number | undefined): string;
export declare class DigestCache {
    /** The cache file; undefined for a cache that lives only as long as the process (`inMemory`). */
    readonly file: string | undefined;
    private readonly entries;
    private readonly options;
    private dirty;
    private hits;
    private constructor();
    /** Opens (creating DIR, mode 0700) the cache in `dir`; a broken cache file is a warning, not an error. */
    static open(dir: string, options?: DigestCacheOptions): Promise<DigestCache>;
    /** A cache for one run (never written): what one step hashed, the next need not hash again. */
    static inMemory(options?: DigestCacheOptions): DigestCache;
    get size(): number;
    /** Lookups answered since opened. */
    get hitCount(): number;
    /** Digests for `key` covering every algorithm wanted, or undefined. */
    lookup(key: string, algorithms: readonly DigestAlgorithm[]): Digests | undefined;
    /** Records digests of a pass whose file identity was `before` when it started and `after` when it ended. */
    store(before: FileIdentity, after: FileIdentity | undefined, key: string, digests: Digests): void;
    /** Writes the cache (merged with entries another process wrote since it was opened), atomically. */
    flush(): Promise<void>;
}
/**
 * Refuses a cache folder inside a scanned tree: the scanned files could then ship the digests they
 * are checked against (and a scan must never write into what it scans).
 */
export declare function assertCacheOutside(dir: string, roots: readonly string[]): Promise<void>;
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
export declare function hashThroughCache(cache: DigestCache, pass: CachedPass, hash: () => Promise<HashResult>): Promise<HashResult>;
