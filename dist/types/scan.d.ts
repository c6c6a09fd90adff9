import { type Severity } from './core/finding.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm } from './core/hash/digests.ts';
import type { ProgressEvent } from './core/hash/progress.ts';
import type { AnalyzerOptions, ScanLimits } from './core/analyzer.ts';
import { type Report } from './core/report.ts';
import { type DiscoveredFile, type Target } from './core/walk.ts';
import type { Policy } from './policy/types.ts';
import { type PlannedContent } from './scan-read.ts';
import { type ShardSpec } from './shard/spec.ts';
import type { Scanner } from './scanner.ts';
import type { VerifyTargetOptions } from './core/target-verifier.ts';
import type { RemoteOptions } from './sources/scan-remote.ts';
import { type ResolvedSource } from './sources/source.ts';
export { HASH_ERROR } from './scan-read.ts';
export interface ScanOptions {
    /** The analyzers, sniffers, verifiers and rules to scan with (default: defaultScanner()). */
    scanner?: Scanner;
    failOn?: Severity;
    /** Hash worker threads (default: available cores). */
    jobs?: number;
    /** Extra digests besides sha256. */
    algorithms?: DigestAlgorithm[];
    limits?: ScanLimits;
    analyzerOptions?: AnalyzerOptions;
    /** Explicit integrity checks: a lock file, a signature and its signers, paths left out. */
    verify?: VerifyTargetOptions;
    onProgress?: (e: ProgressEvent) => void;
    /** Analyses run at once on this thread (I/O overlap). */
    analysisConcurrency?: number;
    /** Applied to the report (applyPolicy); its pickle allowlist is fed to analyzers. `failOn` above wins over its failOn. */
    policy?: Policy;
    /** Folder relative paths are opened from (default: the process's); reports show them as given. */
    cwd?: string;
    /** For hf:// paths: token, hub URL (mirror / private hub), client settings. */
    remote?: RemoteOptions;
    /** Digests of unchanged large files from this cache (the caller opens and flushes it). */
    digestCache?: DigestCache;
    /** Scan only this shard's files (src/shard/): the report lists them, shard 1 also runs the target checks. */
    shard?: ShardSpec;
}
export type { TargetVerifier, VerifyTargetOptions } from './core/target-verifier.ts';
/**
 * Several discovered paths can be one file (links inside the folder, e.g. a Hugging Face cache's
 * snapshots/ → blobs/, or the same folder given twice). Each file is hashed once (through its real
 * path). It is analyzed once per distinct name it goes by, since names are hints to analyzers and
 * to loaders alike, except that a content-digest blob name is dropped when a link gives the file a
 * real name.
 */
export declare function planReads(all: readonly DiscoveredFile[], algorithms?: readonly DigestAlgorithm[]): PlannedContent[];
/**
 * Discovers every path (throws ModelvetError NOT_FOUND / UNREADABLE for one that cannot be opened:
 * exit code 2). A path inside a Hugging Face cache repository may link into the repository's blobs;
 * store blobs are named as users know them. The same file or folder given twice is scanned once.
 */
export declare function discoverAll(paths: readonly string[], cwd?: string): Promise<Target[]>;
export declare function scan(paths: readonly string[], options?: ScanOptions): Promise<Report>;
/** Scans a remote source already resolved (pull scans the very commit it then downloads). */
export declare function scanResolvedSource(source: ResolvedSource, options?: ScanOptions): Promise<Report>;
/** The scan of discovered targets up to its last step, applyPolicy (which a sharded scan leaves to `merge`). */
export declare function scanBeforePolicy(targets: readonly Target[], options?: ScanOptions, started?: number): Promise<{
    report: Report;
    policy?: Policy;
}>;
/** Scans targets already discovered (files may have changed since: that is reported, not thrown). */
export declare function scanTargets(targets: readonly Target[], options?: ScanOptions, started?: number): Promise<Report>;
