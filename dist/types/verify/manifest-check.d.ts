import { type Finding } from '../core/finding.ts';
import type { HashPool } from '../core/hash/pool.ts';
import type { VerificationKind, VerificationReport } from '../core/report.ts';
import { type Manifest, type ManifestFile, type ManifestProblem, type Resource, type Serialization } from './manifest.ts';
export declare const DIGEST_MISMATCH: import("../core/finding.ts").RuleDefinition;
export declare const MISSING_FILE: import("../core/finding.ts").RuleDefinition;
export declare const EXTRA_FILE: import("../core/finding.ts").RuleDefinition;
export declare const WRONG_SHARD: import("../core/finding.ts").RuleDefinition;
export declare const UNHASHABLE_PATH: import("../core/finding.ts").RuleDefinition;
export declare const INVALID_MANIFEST: import("../core/finding.ts").RuleDefinition;
/** Files written beside a model to verify it: never reported as extra files when unlisted. */
export declare const SIDECAR_NAMES: readonly string[];
/** Findings per verification: enough to act on, bounded for a folder of a million stray files. */
export declare const MAX_FINDINGS_PER_CHECK = 1000;
/** Appends without spreading (a spread of >100k arguments overflows the stack). */
export declare function append<T>(into: T[], items: readonly T[]): T[];
/** Keeps the first findings and folds the rest into one that counts them. */
export declare function capFindings(findings: Finding[], max?: number): Finding[];
export interface FileChange {
    name: string;
    expected: string;
    actual: string;
    algorithm: string;
    /** Why, when it is not a plain digest difference. */
    note?: string;
}
export interface ManifestDiff {
    matched: number;
    changed: FileChange[];
    missing: {
        name: string;
        digest: string;
        renamedTo?: string;
    }[];
    extra: {
        name: string;
        digest?: string;
        renamedFrom?: string;
    }[];
    /** Shard `name` holds the bytes recorded for shard `holds` (same file). */
    wrongShards: {
        name: string;
        expected: string;
        actual: string;
        holds?: string;
        note?: string;
    }[];
}
export declare function emptyDiff(): ManifestDiff;
export declare function diffFailed(d: ManifestDiff): boolean;
/**
 * Compares expected resources with the actual ones. `files` are the files found on disk (so an
 * empty file, which has no shard, is still known to exist).
 */
export declare function diffResources(expected: readonly Resource[], actual: readonly Resource[], files: readonly Pick<ManifestFile, 'rel' | 'size'>[], ser: Serialization): ManifestDiff;
export declare const short: (hex: string) => string;
export interface CheckContext {
    /** Display path of the model (target as typed). */
    display: string;
    /** Kind and source of the verification (lock file name, sums file, signature). */
    kind: VerificationKind;
    source: string;
}
export declare function displayPathOf(display: string, rel: string): string;
/** Findings for every difference, each naming the file. */
export declare function diffFindings(diff: ManifestDiff, ser: Serialization, ctx: CheckContext): Finding[];
export declare function problemFindings(problems: readonly ManifestProblem[], ctx: CheckContext): Finding[];
/** One line: what failed and which files. */
export declare function diffSummary(diff: ManifestDiff, problems: readonly ManifestProblem[]): string;
export interface VerifyOptions {
    /** Display path of the model (default: the path given). */
    display?: string;
    /** Extra paths to leave out, relative to the model root. */
    ignorePaths?: readonly string[];
    /** Leave `.git`, `.gitattributes`, `.github`, `.gitignore` out at the root (default true). */
    ignoreGitPaths?: boolean;
    /** Refuse symlinks that resolve outside the model folder even when the manifest allows symlinks. */
    confineSymlinks?: boolean;
    /** Tolerate files the lock or signature does not list (model_signing `--ignore-unsigned-files`). */
    ignoreUnsignedFiles?: boolean;
    jobs?: number;
    pool?: HashPool;
    knownSha256?: (rel: string) => string | undefined;
    onProgress?: (bytes: number) => void;
}
export interface VerifyOutcome {
    verification: VerificationReport;
    findings: Finding[];
}
/** The verified file itself when it sits inside the model folder (relative), else nothing. */
export declare function sidecarIgnore(modelRoot: string, file: string | undefined): string[];
/** An invalid lock/sums/statement: a failed verification with one finding naming why. */
export declare function invalidOutcome(kind: VerificationKind, source: string, display: string, reason: string): VerifyOutcome;
/** Reads a lock/sums/statement file within a size limit, or says why it cannot be used. */
export declare function readManifestFile(path: string, kind: VerificationKind, display: string, limit: number): Promise<{
    bytes: Buffer;
} | {
    outcome: VerifyOutcome;
}>;
type ResourceCheck = {
    kind: VerificationKind;
    source: string;
    sourcePath?: string;
};
/**
 * Hashes the model in the statement's serialization and compares it with the statement's
 * resources. Used for lock files and for signed statements.
 */
export declare function verifyAgainstResources(modelPath: string, expected: {
    resources: readonly Resource[];
    serialization: Serialization;
}, ctx: ResourceCheck, options?: VerifyOptions): Promise<VerifyOutcome & {
    manifest?: Manifest;
    diff?: ManifestDiff;
}>;
export declare function isDirectory(p: string): Promise<boolean>;
export {};
