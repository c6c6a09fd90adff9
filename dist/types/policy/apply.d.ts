import { type Severity, type RuleLookup } from '../core/finding.ts';
import { type Report, type VerificationKind } from '../core/report.ts';
import { type ModelSource } from '../core/model-source.ts';
import type { Policy } from './types.ts';
/** Kinds that cannot carry code; allowed even when formats.allow does not list them (deny still wins). */
export declare const ALWAYS_ALLOWED_KINDS: readonly string[];
/**
 * Which verifications (VerificationReport.kind, set by the verifiers) count for
 * `verification.require`: a `signature` or a `lock`. Checksum files, content-addressed stores, a
 * remote source's metadata and a verification that could not run count as neither.
 */
export declare function isSignatureVerification(kind: VerificationKind): boolean;
export declare function isLockVerification(kind: VerificationKind): boolean;
export interface ApplyOptions {
    /** Wins over the policy's failOn (the command line's --fail-on). */
    failOn?: Severity;
    /** Today, for expiry dates (default: now). */
    now?: Date;
    /** The rules whose default severities say what loosens (default: the default scanner's). */
    rules?: RuleLookup;
}
/** Why a source is not allowed, or undefined when it is. */
export declare function sourceRefusal(policy: Policy, src: ModelSource): string | undefined;
/** The path of a report path relative to the scanned folder that holds it. */
export declare function relativeToTarget(path: string, targets: Report['targets']): string;
/** End of the expiry day (UTC) has passed. */
export declare function isExpired(expires: string | undefined, now: Date): boolean;
/** Keys of a policy that loosen checks (refused when the policy came from inside a scanned folder). */
export declare function looseningKeys(policy: Policy, rules?: RuleLookup): string[];
/**
 * The part of a policy that may be used: all of it, except for a policy found inside a scanned
 * folder, which keeps only what tightens checks. scan() feeds analyzers and verifiers from this
 * (pickle allowlist, signers), so a downloaded model cannot widen them.
 */
export declare function trustedPart(policy: Policy, rules?: RuleLookup): Policy;
/** Applies `policy` to `report`; returns a new Report (the input is not changed). */
export declare function applyPolicy(report: Report, policy: Policy, options?: ApplyOptions): Report;
