import { type Manifest, type ManifestOptions } from './manifest.ts';
import { type VerifyOptions, type VerifyOutcome } from './manifest-check.ts';
export declare const LOCK_FILE_NAME = "modelvet.lock.json";
/** A lock of a 10 TB model in 1 GB shards is ~2 MB, of 300k files ~50 MB; beyond this it is not a lock. */
export declare const MAX_LOCK_BYTES: number;
export interface LockOptions extends Pick<ManifestOptions, 'method' | 'hashType' | 'shardSize' | 'allowSymlinks' | 'ignorePaths' | 'ignoreGitPaths' | 'jobs' | 'pool' | 'onProgress'> {
    /** Where to write (default: `modelvet.lock.json` in the model folder, or beside a single-file model). */
    output?: string;
}
/** Where `lock` writes by default and where `scan` looks for a lock. */
export declare function defaultLockPath(modelPath: string): Promise<string>;
/**
 * The manifest a lock records: the model hashed with the lock file itself left out (and recorded
 * as ignored when it is inside the model folder). Refuses unhashable paths (one-line error).
 */
export declare function lockManifest(modelPath: string, options?: LockOptions & Pick<ManifestOptions, 'selectResource'>): Promise<{
    path: string;
    manifest: Manifest;
}>;
/** Hashes the model and writes its lock file. Refuses a model with unhashable paths (one-line error). */
export declare function writeLock(modelPath: string, options?: LockOptions): Promise<{
    path: string;
    manifest: Manifest;
}>;
/** Reads a lock file and verifies the model against it. Never throws for bad input: it reports. */
export declare function verifyLock(modelPath: string, lockPath: string, options?: VerifyOptions): Promise<VerifyOutcome>;
