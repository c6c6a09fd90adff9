import type { LoadOptions } from './load.ts';
import { type Policy, type PolicyOrigin } from './types.ts';
export declare const POLICY_FILE_NAMES: readonly ['.modelvet.yml', '.modelvet.yaml', '.modelvet.json'];
/**
 * The policy file in `dir`, if any; two of them in one folder is an error (which one would win?).
 * Inside a scanned folder a symbolic link is not a policy (it could point anywhere).
 */
export declare function policyFileIn(dir: string, followLinks: boolean): Promise<string | undefined>;
export interface FoundPolicy {
    file: string;
    origin: PolicyOrigin;
    /** Why a scanned folder's policy cannot be used at all (two policy files side by side). */
    problem?: string;
}
/**
 * Finds the policy file to use for `paths` (no --policy given): the working directory's, when the
 * working directory is not itself scanned (the user's project, trusted); otherwise one at the root
 * of a scanned folder, which may only tighten checks — also when that folder is the working
 * directory, since `cd downloaded-model && modelvet scan .` must not let the model vet itself.
 */
export declare function discoverPolicy(paths: readonly string[], cwd: string): Promise<FoundPolicy | undefined>;
export interface ResolvedPolicy {
    policy?: Policy;
    /** One line for stderr saying which policy was used and why. */
    message?: string;
}
export interface ResolveOptions extends LoadOptions {
    /** Told, one line at a time, about a policy that could not be used (a scanned folder's invalid policy). */
    onWarning?: (line: string) => void;
}
/**
 * `--policy` wins; otherwise discovery. `policyOption === false` (--no-policy-discovery) turns discovery off.
 * A policy given with --policy or found in the working directory that is invalid is a usage error
 * (thrown, exit 2); one found inside a scanned folder becomes a finding and the scan goes on.
 */
export declare function resolvePolicy(policyOption: string | false | undefined, paths: readonly string[], cwd: string, options?: ResolveOptions): Promise<ResolvedPolicy>;
