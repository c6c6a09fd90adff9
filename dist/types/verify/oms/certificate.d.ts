/**
 * OMS "certificate" flow: the bundle carries `x509CertificateChain` (leaf first, then whatever the
 * signer added); the user supplies trust anchors with `--certificate-chain`. `@sigstore/verify`
 * cannot do this flow (sigstore-js.md §4b), so the chain is built here:
 *
 * - by signatures and key identifiers, never by names: the `model_signing` test leaf has the same
 *   subject and issuer (`CN=intermediate-ca`) as its issuing CA, so name-based chaining goes wrong;
 * - validity of every certificate on the path at the leaf's notBefore, as `model_signing` does
 *   (`sign_certificate.py`: `store.set_time(leaf.not_valid_before)`), so a signature stays
 *   verifiable after its short-lived leaf expires;
 * - issuers must be CAs (basicConstraints, keyCertSign when KeyUsage is present, pathLen);
 * - the leaf must allow signing: KeyUsage digitalSignature or EKU codeSigning, and neither
 *   extension, when present, may forbid it (stricter than `model_signing`, which accepts either).
 *
 * Parsing uses `@sigstore/core` (extensions) and `node:crypto` (signature checks, any algorithm).
 */
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
export interface Certificate {
    der: Buffer;
    node: NodeX509Certificate;
    parsed: X509Certificate;
    /** Where it came from, for messages: `bundle certificate 0`, `ca.pem #1`. */
    label: string;
}
export declare function parseCertificate(der: Buffer, label: string): Certificate;
/** Every `CERTIFICATE` PEM block of a file's text. */
export declare function parseCertificatesPem(text: string, where: string): Certificate[];
/** The leaf may sign: KeyUsage digitalSignature and/or EKU codeSigning, neither forbidding it. */
export declare function checkLeafUsage(leaf: Certificate): void;
/** The OID of the first critical extension this verifier cannot process (e.g. nameConstraints), if any. */
export declare function unknownCriticalExtension(c: Certificate): string | undefined;
/** Fulcio writes the OIDC issuer under the Sigstore OID arc 1.3.6.1.4.1.57264.1; private PKIs do not. */
export declare function isFulcioCertificate(c: Certificate): boolean;
export interface ChainResult {
    /** Leaf first, trust anchor last. */
    path: Certificate[];
    /** The time the chain was validated at (the leaf's notBefore). */
    checkedAt: Date;
}
/**
 * Builds a path from `leaf` through `intermediates` (untrusted, from the bundle) to one of
 * `anchors` (trusted, from the user), every certificate valid at `at`.
 */
export declare function buildChain(leaf: Certificate, intermediates: readonly Certificate[], anchors: readonly Certificate[], at?: Date): ChainResult;
