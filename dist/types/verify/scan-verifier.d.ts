import type { Signer } from '../core/signer.ts';
import type { TargetVerifier } from '../core/target-verifier.ts';
import type { OmsTrustOptions } from './oms/verify.ts';
/** The OMS verifier's trust options for a signer. */
export declare function trustOptionsOf(s: Signer): OmsTrustOptions;
export declare const SCAN_VERIFIER: TargetVerifier;
