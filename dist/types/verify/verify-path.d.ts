import { type Finding } from '../core/finding.ts';
import type { VerificationReport } from '../core/report.ts';
import { type VerifyOptions, type VerifyOutcome } from './manifest-check.ts';
import type { OmsTrustOptions } from './oms/verify.ts';
export declare const SIGNATURE_INVALID: import("../core/finding.ts").RuleDefinition;
export declare const SIGNATURE_UNVERIFIED: import("../core/finding.ts").RuleDefinition;
export declare const SIGNATURE_FILE = "model.sig";
/** Signature check: the bundle verified by the OMS module, then its resources compared with the files. */
export declare function verifySignature(modelPath: string, signaturePath: string, trust: OmsTrustOptions, options?: VerifyOptions): Promise<VerifyOutcome>;
/**
 * Several allowed signers: the first that verifies the signature and the files wins; else the
 * first whose signature verified (the files differ); else the first failure.
 */
export declare function verifySignatureAny(modelPath: string, signaturePath: string, signers: readonly OmsTrustOptions[], options?: VerifyOptions): Promise<VerifyOutcome>;
export interface VerifyPathOptions extends VerifyOptions {
    lock?: string;
    sums?: string;
    signature?: string;
    /** Signer(s) for `signature` (or for a model.sig found beside the model); any one may verify it. */
    trust?: OmsTrustOptions | readonly OmsTrustOptions[];
}
export interface VerifyResult {
    verifications: VerificationReport[];
    findings: Finding[];
}
/**
 * Checks found beside a model: a lock file, a checksum file, a signature (verified with `trust`,
 * else reported as present but unverified). Used by `verify` without options and by `scan`.
 */
export declare function verifySidecars(modelPath: string, options: VerifyPathOptions): Promise<VerifyResult & {
    found: number;
}>;
/** Everything `modelvet verify PATH` does, as a library call. */
export declare function verifyPath(path: string, options?: VerifyPathOptions): Promise<VerifyResult>;
