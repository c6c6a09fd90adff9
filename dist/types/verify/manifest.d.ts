import { HashPool } from '../core/hash/pool.ts';
export declare const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export declare const PREDICATE_TYPE = "https://model_signing/signature/v1.0";
export declare const PREDICATE_TYPE_COMPAT = "https://model_signing/Digests/v0.1";
/** model_signing's default: 1 GB (decimal). */
export declare const DEFAULT_SHARD_SIZE = 1000000000;
/** Shards one manifest may have (1 GB shards: a 1 PB model). */
export declare const MAX_SHARDS = 1000000;
/** Ignored at the model root unless `ignoreGitPaths: false` (model_signing's default). */
export declare const GIT_PATHS: readonly ['.git', '.gitattributes', '.github', '.gitignore'];
export type OmsHashType = 'sha256' | 'blake2b' | 'blake3';
export declare const OMS_HASH_TYPES: readonly OmsHashType[];
export type SerializationMethod = 'files' | 'shards';
export interface Serialization {
    method: SerializationMethod;
    hashType: OmsHashType;
    allowSymlinks: boolean;
    /** Shards only. */
    shardSize?: number;
    /** Relative posix paths, as recorded in the statement (empty: not recorded). */
    ignorePaths: string[];
}
export interface Resource {
    name: string;
    algorithm: string;
    /** Lower-case hex. */
    digest: string;
}
export interface ManifestFile {
    /** Posix path relative to the model root; `.` for a single-file model. */
    rel: string;
    fsPath: string;
    size: number;
    symlink: boolean;
}
/** A path that model_signing refuses to hash (the manifest is computed without it). */
export interface ManifestProblem {
    rel: string;
    reason: 'symlink' | 'dangling' | 'special' | 'unreadable';
    message: string;
}
export interface Manifest {
    modelName: string;
    serialization: Serialization;
    resources: Resource[];
    rootDigest: string;
    files: ManifestFile[];
    problems: ManifestProblem[];
    /** With `selectResource`: where each resource is in the full list, and how many there are. */
    slice?: {
        positions: number[];
        total: number;
    };
}
export interface ManifestOptions {
    method?: SerializationMethod;
    hashType?: OmsHashType;
    shardSize?: number;
    allowSymlinks?: boolean;
    /**
     * With symlinks allowed, still refuse links that resolve outside the model folder (model_signing
     * follows them; a scan must not hash, and disclose the digest of, a file the publisher never shipped).
     */
    confineSymlinks?: boolean;
    /** Paths relative to the model root; an absolute path inside the root is made relative. */
    ignorePaths?: readonly string[];
    /** Ignore `.git`, `.gitattributes`, `.github`, `.gitignore` at the root (default true). */
    ignoreGitPaths?: boolean;
    /** Record these ignore paths in the serialization (default: every ignore used, sorted). */
    recordIgnorePaths?: readonly string[];
    jobs?: number;
    /** Reuse a pool (not closed here). */
    pool?: HashPool;
    /** Whole-file SHA-256 already known for a relative path (a scan hashed it): not hashed again. */
    knownSha256?: (rel: string) => string | undefined;
    onProgress?: (bytes: number) => void;
    /** Hash only the resources (by name) this accepts: a `lock --shard` slice (src/shard/lock-shard.ts). */
    selectResource?: (name: string) => boolean;
}
export declare function isOmsHashType(v: unknown): v is OmsHashType;
/** Lexical normalization of an ignore path relative to the root; undefined when it leaves the root. */
export declare function normalizeRelPath(p: string, root?: string): string | undefined;
/** `rel` is `ignore` or inside it (whole components); `.` ignores everything. */
export declare function isIgnored(rel: string, ignores: readonly string[]): boolean;
/** Python `PurePosixPath` order: component by component, each by code point. */
export declare function comparePaths(a: string, b: string): number;
/** Splits `path:start:end` on its last two colons (a superset of model_signing's 3-part split). */
export declare function parseShardName(name: string): {
    path: string;
    start: number;
    end: number;
} | undefined;
export declare function rootDigestOf(resources: readonly Resource[]): string;
export declare function modelNameOf(modelPath: string): string;
export declare function shardAlgorithm(hashType: OmsHashType, shardSize: number): string;
/** Enumerates the files model_signing would hash, in its order, with the problems it would raise. */
export declare function enumerateModel(modelPath: string, options: {
    ignores: readonly string[];
    allowSymlinks: boolean;
    confineSymlinks?: boolean;
}): Promise<{
    files: ManifestFile[];
    problems: ManifestProblem[];
    isDirectory: boolean;
}>;
/** Computes the statement model_signing would sign for `modelPath` with these settings. */
export declare function computeManifest(modelPath: string, options?: ManifestOptions): Promise<Manifest>;
/**
 * The statement as model_signing writes it (protobuf MessageToJson: two-space indent, no final
 * newline, serialization before resources, resource keys sorted, shard_size as a float).
 */
export declare function statementJson(manifest: Pick<Manifest, 'modelName' | 'rootDigest' | 'serialization' | 'resources'>): string;
