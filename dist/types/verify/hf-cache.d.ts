import { type Finding } from '../core/finding.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { type ModelReference } from '../core/model-source.ts';
import type { VerificationReport } from '../core/report.ts';
import { type VerifyOptions } from './manifest-check.ts';
export declare const HF_REPO_DIR: RegExp;
/** The digest a blob's name promises: SHA-256 for LFS files, the git blob id for the others. */
export declare function blobAlgorithm(name: string): 'sha256' | 'git-sha1' | undefined;
/** Verify options plus the digests a scan already computed (either algorithm), by path relative to the repo. */
export interface HfVerifyOptions extends VerifyOptions {
    knownDigest?: (rel: string, algorithm: DigestAlgorithm) => string | undefined;
}
/** A repository folder of the cache: `models--org--name` holding `blobs/` or `snapshots/`. */
export declare function isHfCacheRepo(path: string): Promise<boolean>;
/** The repository folder that is `path` or holds it (a snapshot, snapshots/, blobs/), walking up. */
export declare function enclosingHfRepo(path: string): Promise<string | undefined>;
/** The repository folders of `path`: the one around it, or those of a cache root (`hub/`). */
export declare function hfCacheRepos(path: string): Promise<string[]>;
export interface StoreOutcome {
    verifications: VerificationReport[];
    findings: Finding[];
    /** The models the store holds (the policy checks them against `sources`). */
    references?: ModelReference[];
}
/** Verifies one cache repository folder (or every repository under a cache root). */
export declare function verifyHfCache(path: string, options?: HfVerifyOptions): Promise<StoreOutcome>;
