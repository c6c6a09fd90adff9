import type { TargetVerifier } from '../core/target-verifier.ts';
export declare const SCAN_VERIFIER: TargetVerifier;
