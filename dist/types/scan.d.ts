/**
 * scan(): discover → hash (worker pool) and analyze (this thread) every file → tree analyzers →
 * Report. Hashing and analysis overlap: analyzers read a few KB to MB per file while the workers
 * stream every byte.
 */
import './analyzers.ts';
import { type AnalyzerOptions, type ScanLimits } from './core/analyzer.ts';
import { type Severity } from './core/finding.ts';
import type { DigestAlgorithm } from './core/hash/digests.ts';
import { type ProgressEvent } from './core/hash/progress.ts';
import { type Report } from './core/report.ts';
import { type DiscoveredFile, type Target } from './core/walk.ts';
import type { Policy } from './policy/types.ts';
export declare const HASH_ERROR: import("./core/finding.ts").RuleDefinition;
export interface ScanOptions {
    failOn?: Severity;
    /** Hash worker threads (default: available cores). */
    jobs?: number;
    /** Extra digests besides sha256. */
    algorithms?: DigestAlgorithm[];
    limits?: ScanLimits;
    analyzerOptions?: AnalyzerOptions;
    onProgress?: (e: ProgressEvent) => void;
    /** Analyses run at once on this thread (I/O overlap). */
    analysisConcurrency?: number;
    /** Applied to the report (applyPolicy); its pickle allowlist is fed to analyzers. `failOn` above wins over its failOn. */
    policy?: Policy;
    /** Folder relative paths are opened from (default: the process's); reports show them as given. */
    cwd?: string;
}
export { registerTargetVerifier, type TargetVerifier } from './core/target-verifier.ts';
/**
 * Several discovered paths can be one file (links inside the folder, e.g. a Hugging Face cache's
 * snapshots/ → blobs/). Each file is hashed once (through its real path). It is analyzed once per
 * distinct name it goes by, since names are hints to analyzers and to loaders alike, except that a
 * content-digest blob name is dropped when a link gives the file a real name.
 */
export declare function planReads(all: readonly DiscoveredFile[]): {
    hashOnce: DiscoveredFile[];
    analyzeOnce: DiscoveredFile[];
};
/** Throws ModelvetError NOT_FOUND / UNREADABLE for a target that cannot be opened (exit code 2). */
export declare function discoverAll(paths: readonly string[], cwd?: string): Promise<Target[]>;
export declare function scan(paths: readonly string[], options?: ScanOptions): Promise<Report>;
/** Scans targets already discovered (files may have changed since: that is reported, not thrown). */
export declare function scanTargets(targets: readonly Target[], options?: ScanOptions, started?: number): Promise<Report>;
