/**
 * DSSE pre-authentication encoding and ECDSA checks with the right hash.
 *
 * `@sigstore/verify` verifies DSSE with OpenSSL's default digest (SHA-256) for every curve
 * (sigstore-js `packages/verify/src/bundle/dsse.ts` `verifySignature` passes no algorithm to
 * `packages/core/src/crypto.ts` `verify`), which rejects the P-384/SHA-384 and P-521/SHA-512
 * signatures `model_signing` makes (sigstore/model-transparency
 * `src/model_signing/_signing/sign_ec_key.py`, `get_ec_key_hash`); here the hash is always chosen
 * explicitly.
 */
import { type KeyObject } from 'node:crypto';
/**
 * DSSE v1 PAE (`"DSSEv1" SP len(type) SP type SP len(payload) SP payload`, lengths in bytes): the
 * `@sigstore/core` implementation that `@sigstore/verify` checks bundles with, over our byte views.
 */
export declare function pae(payloadType: string, payload: Uint8Array): Buffer;
/** Python `repr(bytes)`: `b'…'` with the quote and escaping rules of CPython. */
export declare function pythonBytesRepr(bytes: Uint8Array): string;
/**
 * The PAE of `model_signing` before v0.3 (`pae_compat`): capital `V`, and the payload written as
 * Python's `repr(bytes)`, so the signed message is
 * `DSSEV1 28 application/vnd.in-toto+json <len> b'…'`. Verification only.
 */
export declare function paeCompat(payloadType: string, payload: Uint8Array): Buffer;
export type PaeVariant = 'standard' | 'compat';
/** ECDSA (DER signature) check that never throws: a malformed signature is simply invalid. */
export declare function ecdsaVerify(hash: string, data: Uint8Array, key: KeyObject, sig: Uint8Array): boolean;
/**
 * Verifies a DSSE signature over the standard PAE with `hash`; if that fails and `compatHash` is
 * given, over the compat PAE with `compatHash` (the key flow keeps the curve hash, the certificate
 * flow uses SHA-256, as `model_signing` does). Returns which encoding verified, or undefined.
 */
export declare function verifyDsseSignature(key: KeyObject, payloadType: string, payload: Uint8Array, sig: Uint8Array, hash: string, compatHash?: string): PaeVariant | undefined;
