/**
 * Typed errors for OMS signature verification and signing, in the style of sigstore-js
 * `packages/verify` (`VerificationError` / `PolicyError` with a `code`): callers and tests match on
 * `code`, the message is one line meant for people.
 */

import { describeValue } from '../../core/sanitize.ts';
import { BaseError } from '../../core/errors.ts';

export type OmsErrorCode =
  /** Options that do not make sense together (e.g. `--identity` without `--issuer`). */
  | 'USAGE_ERROR'
  /** The bundle file could not be read, is not JSON, or lacks a required field. */
  | 'BUNDLE_PARSE_ERROR'
  /** The bundle's mediaType is not one this flow accepts. */
  | 'BUNDLE_MEDIA_TYPE_ERROR'
  /** The bundle's verification material does not fit the chosen flow. */
  | 'VERIFICATION_MATERIAL_ERROR'
  /** The DSSE payloadType is not `application/vnd.in-toto+json`. */
  | 'PAYLOAD_TYPE_ERROR'
  /** The payload is not a valid in-toto Statement v1 of the OMS shape. */
  | 'STATEMENT_ERROR'
  /** The statement's predicateType is not an OMS one. */
  | 'PREDICATE_TYPE_ERROR'
  /** The subject digest is not the root digest of the listed resources. */
  | 'ROOT_DIGEST_ERROR'
  /** The DSSE signature does not verify with the key or certificate. */
  | 'SIGNATURE_ERROR'
  /** The supplied public key cannot be used (not PEM, not EC, unsupported curve). */
  | 'KEY_ERROR'
  /** The bundle names another key (hint or embedded key) than the one supplied. */
  | 'KEY_MISMATCH_ERROR'
  /** A certificate cannot be parsed, or its key usage forbids signing. */
  | 'CERTIFICATE_ERROR'
  /** A certificate was used outside its validity period. */
  | 'CERTIFICATE_VALIDITY_ERROR'
  /** No chain from the signing certificate to a trust anchor. */
  | 'CERTIFICATE_CHAIN_ERROR'
  /** The trusted root file cannot be read or parsed. */
  | 'TRUSTED_ROOT_ERROR'
  /** The transparency log entry or its proofs do not verify, or there is none. */
  | 'TLOG_ERROR'
  /** The signing time cannot be established from trusted timestamps. */
  | 'TIMESTAMP_ERROR'
  /** The certificate identity (SAN) is not the expected one. */
  | 'IDENTITY_ERROR'
  /** The OIDC issuer recorded in the certificate is not the expected one. */
  | 'ISSUER_ERROR'
  /** Signing failed (key unusable, signing service error). */
  | 'SIGNING_ERROR';

export class OmsError extends BaseError<OmsErrorCode> {
  constructor(code: OmsErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, oneLine(message), options);
    this.name = 'OmsError';
  }
}

/**
 * Messages are bounded; they keep hostile text raw, and every reporter escapes it once on the way
 * out (src/core/sanitize.ts), so it cannot forge report lines.
 */
export function oneLine(message: string): string {
  return message.length > 2000 ? `${message.slice(0, 1999)}…` : message;
}

/** Quotes an untrusted value for a message: a JSON string, truncated, or what kind of value it is. */
export function quote(value: unknown, max = 120): string {
  return describeValue(value, max);
}
