import { type X509Certificate } from '@sigstore/core';
import { type TrustMaterial } from '@sigstore/verify';
import type { OmsBundle } from './bundle.ts';
export interface SigstorePolicy {
    /** Exact SAN (email, URI or Sigstore OtherName). */
    identity?: string;
    /** A regular expression that must match a whole SAN (it is anchored for you). */
    identityRegexp?: string;
    /** Exact OIDC issuer URL. */
    issuer: string;
}
export interface SigstoreSigner {
    identity: string;
    issuer: string;
    /** Kinds of verified timestamps: `transparency-log`, `timestamp-authority`. */
    timestamps: string[];
    /** Earliest verified signing time (ISO). */
    signedAt?: string;
}
/** Compiles `--identity-regexp` anchored to the whole value. */
export declare function anchoredRegExp(source: string): RegExp;
/** Checks the signer's identity and issuer against the policy; throws IDENTITY_ERROR / ISSUER_ERROR. */
export declare function checkIdentity(cert: X509Certificate, policy: SigstorePolicy): {
    identity: string;
    issuer: string;
};
export declare function verifySigstore(bundle: OmsBundle, trust: TrustMaterial, policy: SigstorePolicy): SigstoreSigner;
