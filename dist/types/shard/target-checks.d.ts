import type { DigestAlgorithm } from '../core/hash/digests.ts';
import type { TargetVerifier } from '../core/target-verifier.ts';
type VerifyContext = Parameters<TargetVerifier['verify']>[0] & {
    options: Parameters<TargetVerifier['verify']>[0]['options'] & {
        algorithms?: DigestAlgorithm[];
    };
};
export declare function verifyOnShard(verifier: TargetVerifier, ctx: VerifyContext): ReturnType<TargetVerifier['verify']>;
export {};
