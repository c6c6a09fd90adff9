import { type Finding } from '../core/finding.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { type VerifyOptions } from './manifest-check.ts';
export declare const DANGLING_LINK: import("../core/finding.ts").RuleDefinition;
export declare const STORE_ENTRY: import("../core/finding.ts").RuleDefinition;
export interface BlobCheck {
    /** Path to read. */
    path: string;
    /** Display path. */
    display: string;
    algorithm: DigestAlgorithm;
    /** Expected lower-case hex (from the blob's name). */
    expected: string;
    /** Expected size, when the store records one. */
    size?: number;
    /** The digest, when a scan already computed it (not hashed again). */
    knownDigest?: string;
}
/** Hashes every blob once and reports those whose content is not what their name promises. */
export declare function verifyBlobDigests(blobs: readonly BlobCheck[], source: string, options: Pick<VerifyOptions, 'jobs' | 'pool' | 'onProgress'>): Promise<{
    findings: Finding[];
    checked: number;
    mismatched: number;
}>;
