/**
 * Target verifiers: integrity checks that run after a scan hashed every file of a target (lock
 * files, checksum files, signatures, content-addressed stores). A Scanner (src/scanner.ts) lists
 * the ones it runs; the contract lives in core so that verifier modules need not import scan.ts.
 */
import type { Finding } from './finding.ts';
import type { AnalyzerOptions } from './analyzer.ts';
import type { DigestCache } from './hash/cache.ts';
import type { ModelReference } from './model-source.ts';
import type { FileReport, VerificationReport } from './report.ts';
import type { Signer } from './signer.ts';
import type { Target } from './walk.ts';

/** What a scan asks the verifiers to check explicitly (ScanOptions.verify). */
export interface VerifyTargetOptions {
  /** A lock file to verify each target against, instead of looking for one beside the model. */
  lock?: string;
  /** A signature bundle to verify, instead of looking for model.sig beside the model. */
  signature?: string;
  /** Signers the signature may be from, besides the policy's (any one of them may verify it). */
  signers?: readonly Signer[];
  /** Paths relative to the model folder left out of every check. */
  ignorePaths?: readonly string[];
}

export interface TargetVerifier {
  id: string;
  verify(ctx: {
    target: Target;
    /** Hashed files by path relative to the target root. */
    files: ReadonlyMap<string, FileReport>;
    /** The scan's options (ScanOptions: jobs, analyzerOptions, verify...). */
    options: {
      jobs?: number;
      analyzerOptions?: AnalyzerOptions;
      /** Explicit checks (the Action's lock and signature inputs, library callers). */
      verify?: VerifyTargetOptions;
      /** Digests of unchanged files (`--digest-cache`), for what a verifier has to hash itself. */
      digestCache?: DigestCache;
      /** The policy in force (src/policy/types.ts), typed structurally: core does not import policy. */
      policy?: { verification: { signers: readonly Signer[] } };
    };
  }): Promise<{ verifications: VerificationReport[]; findings: Finding[]; references?: ModelReference[] }>;
}
