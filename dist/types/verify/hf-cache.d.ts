import { type Finding } from '../core/finding.ts';
import type { VerificationReport } from '../core/report.ts';
import { type VerifyOptions } from './manifest-check.ts';
export declare const HF_REPO_DIR: RegExp;
/** A repository folder of the cache: `models--org--name` holding `blobs/` or `snapshots/`. */
export declare function isHfCacheRepo(path: string): Promise<boolean>;
/** The cache root (`hub/`): the repository folders inside it. */
export declare function hfCacheRepos(path: string): Promise<string[]>;
export interface StoreOutcome {
    verifications: VerificationReport[];
    findings: Finding[];
}
/** Verifies one cache repository folder (or every repository under a cache root). */
export declare function verifyHfCache(path: string, options?: VerifyOptions): Promise<StoreOutcome>;
