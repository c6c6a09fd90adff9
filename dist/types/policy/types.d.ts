/**
 * The policy as typed data, after validation (see schemas/policy.schema.json for the file format).
 *
 * Other modules read parts of it: `verification` is read by the verify module (require, signers),
 * `pickle.allow` is fed to analyzers as `analyzerOptions.pickleAllow`, `sources` and `formats` are
 * enforced by `applyPolicy`.
 */
import type { Severity } from '../core/finding.ts';
import type { ModelHub } from '../core/model-source.ts';
/** Where a policy came from. A policy found inside a scanned folder is not trusted to loosen checks. */
export type PolicyOrigin = 'explicit' | 'working-directory' | 'scanned-folder';
export interface Position {
    line: number;
    column: number;
}
export type VerificationRequirement = 'none' | 'signature' | 'lock' | 'signature-or-lock';
import type { Signer } from '../core/signer.ts';
export type { Signer };
export interface VerificationPolicy {
    require: VerificationRequirement;
    signers: Signer[];
}
export interface ForcedGlobal {
    global: string;
    reason: string;
    position?: Position;
}
export interface IgnoreEntry {
    /** A rule id, or `group/*`. */
    rule: string;
    /** picomatch glob on the path relative to the scanned folder (posix separators). */
    path: string;
    reason: string;
    /** YYYY-MM-DD; applies through the end of that day, UTC. */
    expires?: string;
    position?: Position;
}
export interface Policy {
    /** File the policy was read from (as given or found), or a label for an in-memory policy. */
    source: string;
    origin: PolicyOrigin;
    failOn?: Severity;
    /** Rule id → new severity or `off`. */
    rules: Record<string, Severity | 'off'>;
    formats: {
        allow?: string[];
        deny?: string[];
    };
    pickle: {
        /** Exact `module.name` globals treated as allowed (fed to analyzers as `pickleAllow`). */
        allow: string[];
        /** Denylisted globals the policy allows explicitly (`force: true` with a reason). */
        forced: ForcedGlobal[];
    };
    verification: VerificationPolicy;
    /**
     * Hub → allowed organisations, `owner/name` repositories (hosts for `url`), or `*`. Once any hub is
     * listed, a reference to a hub that is not listed is not allowed (fail closed).
     */
    sources: Partial<Record<ModelHub, string[]>>;
    ignore: IgnoreEntry[];
    /** Digest cache folder (absolute; resolved against the policy file), as `--digest-cache`. */
    digestCache?: string;
    /**
     * Set for a policy found inside a scanned folder that could not be read or is not valid: none of
     * it applies, and applyPolicy reports it (a downloaded model must not be able to stop the scan).
     */
    invalid?: {
        errors: PolicyError[];
    };
}
/** One validation error: the key path (`ignore[0].reason`), where it is, and what is wrong. */
export interface PolicyError {
    path: string;
    line?: number;
    column?: number;
    message: string;
}
/** An empty policy (every default), e.g. to build one in code. */
export declare function emptyPolicy(source?: string, origin?: PolicyOrigin): Policy;
