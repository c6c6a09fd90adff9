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
import { type KeyObject, verify as cryptoVerify } from 'node:crypto';
import { dsse } from '@sigstore/core';

/**
 * DSSE v1 PAE (`"DSSEv1" SP len(type) SP type SP len(payload) SP payload`, lengths in bytes): the
 * `@sigstore/core` implementation that `@sigstore/verify` checks bundles with, over our byte views.
 */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  return dsse.preAuthEncoding(
    payloadType,
    Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
  );
}

/** Python `repr(bytes)`: `b'…'` with the quote and escaping rules of CPython. */
export function pythonBytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const hasDouble = bytes.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const quoteByte = quote.charCodeAt(0);
  let out = `b${quote}`;
  for (const b of bytes) {
    if (b === quoteByte || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out}${quote}`;
}

/**
 * The PAE of `model_signing` before v0.3 (`pae_compat`): capital `V`, and the payload written as
 * Python's `repr(bytes)`, so the signed message is
 * `DSSEV1 28 application/vnd.in-toto+json <len> b'…'`. Verification only.
 */
export function paeCompat(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.from(
    `DSSEV1 ${type.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`,
    'utf8',
  );
}

export type PaeVariant = 'standard' | 'compat';

/** ECDSA (DER signature) check that never throws: a malformed signature is simply invalid. */
export function ecdsaVerify(hash: string, data: Uint8Array, key: KeyObject, sig: Uint8Array): boolean {
  try {
    return cryptoVerify(hash, data, key, sig);
  } catch {
    return false;
  }
}

/**
 * Verifies a DSSE signature over the standard PAE with `hash`; if that fails and `compatHash` is
 * given, over the compat PAE with `compatHash` (the key flow keeps the curve hash, the certificate
 * flow uses SHA-256, as `model_signing` does). Returns which encoding verified, or undefined.
 */
export function verifyDsseSignature(
  key: KeyObject,
  payloadType: string,
  payload: Uint8Array,
  sig: Uint8Array,
  hash: string,
  compatHash?: string,
): PaeVariant | undefined {
  if (ecdsaVerify(hash, pae(payloadType, payload), key, sig)) return 'standard';
  if (compatHash && ecdsaVerify(compatHash, paeCompat(payloadType, payload), key, sig)) return 'compat';
  return undefined;
}
