/**
 * Target verifiers: integrity checks that run after a scan hashed every file of a target (lock
 * files, checksum files, signatures, content-addressed stores). A Scanner (src/scanner.ts) lists
 * the ones it runs; the contract lives in core so that verifier modules need not import scan.ts.
 */
import type { Finding } from './finding.ts';
import type { DigestCache } from './hash/cache.ts';
import type { ModelReference } from './model-source.ts';
import type { FileReport, VerificationReport } from './report.ts';
import type { Target } from './walk.ts';
export interface TargetVerifier {
    id: string;
    verify(ctx: {
        target: Target;
        /** Hashed files by path relative to the target root. */
        files: ReadonlyMap<string, FileReport>;
        /** The scan's options (ScanOptions: jobs, analyzerOptions...). */
        options: {
            jobs?: number;
            analyzerOptions?: Readonly<Record<string, unknown>>;
            /** Digests of unchanged files (`--digest-cache`), for what a verifier has to hash itself. */
            digestCache?: DigestCache;
            /** The policy in force (src/policy/types.ts), typed structurally: core does not import policy. */
            policy?: {
                verification: {
                    signers: readonly unknown[];
                };
            };
        };
    }): Promise<{
        verifications: VerificationReport[];
        findings: Finding[];
        references?: ModelReference[];
    }>;
}
