import type { LoadOptions } from './load.ts';
import type { Policy, PolicyOrigin } from './types.ts';
export declare const POLICY_FILE_NAMES: readonly ['.modelvet.yml', '.modelvet.yaml', '.modelvet.json'];
/**
 * The policy file in `dir`, if any; two of them in one folder is an error (which one would win?).
 * Inside a scanned folder a symbolic link is not a policy (it could point anywhere).
 */
export declare function policyFileIn(dir: string, followLinks: boolean): Promise<string | undefined>;
export interface FoundPolicy {
    file: string;
    origin: PolicyOrigin;
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
/** `--policy` wins; otherwise discovery. `policyOption === false` (--no-policy-discovery) turns discovery off. */
export declare function resolvePolicy(policyOption: string | false | undefined, paths: readonly string[], cwd: string, options?: LoadOptions & {
    onWarning?: (line: string) => void;
}): Promise<ResolvedPolicy>;
