/**
 * OMS "sigstore" (keyless) flow: Fulcio certificate, Rekor transparency log, optional RFC 3161
 * timestamps, all checked offline by `@sigstore/verify` against a trusted root (chain, SCT,
 * inclusion proof/promise, signing time inside the certificate validity, DSSE signature, log body).
 *
 * Identity policy is applied here, not through `@sigstore/verify`'s policy, whose string SAN is an
 * unanchored RegExp (`'stefanb@us'` and `'s.e.anb'` both pass: sigstore-js
 * `packages/verify/src/policy.ts`, `verifySubjectAlternativeName` uses `String#match`): `--identity` is
 * an exact string match, `--identity-regexp` a whole-string match, `--issuer` always exact.
 */
import { type KeyObject, verify as cryptoVerify } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { dsse, type X509Certificate } from '@sigstore/core';
import {
  PolicyError,
  type SignedEntity,
  type TrustMaterial,
  toSignedEntity,
  VerificationError,
  Verifier,
} from '@sigstore/verify';
import type { OmsBundle } from './bundle.ts';
import { OmsError, type OmsErrorCode, quote } from './errors.ts';
import { CURVE_HASH } from './keys.ts';

const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_SIGSTORE_OTHERNAME = '1.3.6.1.4.1.57264.1.7';

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
export function anchoredRegExp(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (err) {
    throw new OmsError(
      'USAGE_ERROR',
      `--identity-regexp is not a valid regular expression: ${(err as Error).message}`,
    );
  }
}

const VERIFY_CODE: Record<string, OmsErrorCode> = {
  TLOG_ERROR: 'TLOG_ERROR',
  TLOG_INCLUSION_PROOF_ERROR: 'TLOG_ERROR',
  TLOG_INCLUSION_PROMISE_ERROR: 'TLOG_ERROR',
  TLOG_MISSING_INCLUSION_ERROR: 'TLOG_ERROR',
  TLOG_BODY_ERROR: 'TLOG_ERROR',
  CERTIFICATE_ERROR: 'CERTIFICATE_ERROR',
  PUBLIC_KEY_ERROR: 'KEY_ERROR',
  SIGNATURE_ERROR: 'SIGNATURE_ERROR',
  TIMESTAMP_ERROR: 'TIMESTAMP_ERROR',
};

/**
 * `@sigstore/verify` checks DSSE with OpenSSL's default digest (SHA-256) whatever the curve; wrap the
 * signature content so the curve's own hash is used (identical for P-256, right for P-384/P-521).
 */
function withCurveHash(entity: SignedEntity, payloadType: string, payload: Buffer): SignedEntity {
  const inner = entity.signature;
  const signature = Object.create(inner) as typeof inner;
  signature.verifySignature = (key: KeyObject): boolean => {
    const curve = key.asymmetricKeyType === 'ec' ? (key.asymmetricKeyDetails?.namedCurve ?? '') : '';
    const hash = CURVE_HASH[curve];
    if (!hash) return inner.verifySignature(key);
    try {
      return cryptoVerify(hash, dsse.preAuthEncoding(payloadType, payload), key, inner.signature);
    } catch {
      return false;
    }
  };
  return { ...entity, signature };
}

function sanValues(cert: X509Certificate): string[] {
  const out: string[] = [];
  const ext = cert.extSubjectAltName;
  if (!ext) return out;
  for (const read of [() => ext.uri, () => ext.rfc822Name, () => ext.otherName(OID_SIGSTORE_OTHERNAME)]) {
    try {
      const v = read();
      if (v) out.push(v);
    } catch {
      /* absent or malformed name form: not a candidate */
    }
  }
  return out;
}

function issuersOf(cert: X509Certificate): string[] {
  const out: string[] = [];
  try {
    const v2 = cert.extension(OID_FULCIO_ISSUER_V2)?.valueObj.subs?.[0]?.value.toString('utf8');
    if (v2) out.push(v2);
  } catch {
    /* malformed: ignored, the other form (or none) decides */
  }
  const v1 = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('utf8');
  if (v1) out.push(v1);
  return out;
}

/** Checks the signer's identity and issuer against the policy; throws IDENTITY_ERROR / ISSUER_ERROR. */
export function checkIdentity(
  cert: X509Certificate,
  policy: SigstorePolicy,
): { identity: string; issuer: string } {
  const issuers = issuersOf(cert);
  if (!issuers.length) throw new OmsError('ISSUER_ERROR', 'the certificate records no OIDC issuer');
  if (issuers.some((i) => i !== issuers[0])) {
    throw new OmsError(
      'ISSUER_ERROR',
      `the certificate records two different issuers (${issuers.map((i) => quote(i)).join(', ')})`,
    );
  }
  const issuer = issuers[0] as string;
  if (issuer !== policy.issuer) {
    throw new OmsError(
      'ISSUER_ERROR',
      `certificate issuer ${quote(issuer)} is not the expected ${quote(policy.issuer)}`,
    );
  }
  const sans = sanValues(cert);
  if (!sans.length) throw new OmsError('IDENTITY_ERROR', 'the certificate has no subject alternative name');
  let identity: string | undefined;
  if (policy.identity !== undefined) identity = sans.find((s) => s === policy.identity);
  else if (policy.identityRegexp !== undefined) {
    const re = anchoredRegExp(policy.identityRegexp);
    identity = sans.find((s) => re.test(s));
  } else throw new OmsError('USAGE_ERROR', 'keyless verification needs --identity or --identity-regexp');
  if (identity === undefined) {
    const wanted =
      policy.identity !== undefined
        ? `${quote(policy.identity)} (exact match)`
        : `/^(?:${policy.identityRegexp})$/ (whole identity)`;
    throw new OmsError(
      'IDENTITY_ERROR',
      `certificate identity ${sans.map((s) => quote(s)).join(', ')} does not match ${wanted}`,
    );
  }
  return { identity, issuer };
}

/** The times the bundle's timestamps claim (Rekor integrated time, RFC 3161 genTime), earliest first. */
function signingTimes(entity: SignedEntity): Date[] {
  const times: Date[] = [];
  for (const t of entity.timestamps) {
    let when: Date | undefined;
    try {
      when =
        t.$case === 'transparency-log'
          ? new Date(Number(t.tlogEntry.integratedTime) * 1000)
          : t.timestamp.signingTime;
    } catch {
      when = undefined;
    }
    if (when && !Number.isNaN(when.getTime()) && when.getTime() > 0) times.push(when);
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

export function verifySigstore(
  bundle: OmsBundle,
  trust: TrustMaterial,
  policy: SigstorePolicy,
): SigstoreSigner {
  if (bundle.material.kind === 'publicKey') {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      'the bundle is signed with a public key, not keyless; verify with --key',
    );
  }
  if (bundle.material.kind === 'x509CertificateChain' && bundle.tlogEntryCount === 0) {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      'the bundle carries a private certificate chain, not a Sigstore certificate; verify with --certificate-chain',
    );
  }
  if (bundle.tlogEntryCount === 0) {
    throw new OmsError(
      'TLOG_ERROR',
      'the bundle has no transparency log entry; a keyless signature needs one',
    );
  }
  let entity: SignedEntity;
  try {
    entity = toSignedEntity(bundleFromJSON(bundle.json));
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0];
    if (bundle.material.kind === 'x509CertificateChain') {
      throw new OmsError(
        'VERIFICATION_MATERIAL_ERROR',
        `the bundle carries a private certificate chain, not a Sigstore certificate; verify with --certificate-chain (${msg})`,
      );
    }
    throw new OmsError('BUNDLE_PARSE_ERROR', `not a valid Sigstore bundle: ${msg}`);
  }
  if (entity.key.$case !== 'certificate') {
    throw new OmsError('VERIFICATION_MATERIAL_ERROR', 'the bundle has no signing certificate');
  }
  const cert = entity.key.certificate;
  try {
    // @sigstore/core reads these lazily and throws a plain Error for a malformed time: read them now,
    // so a mutated certificate is a typed error here and not a crash inside the error handling below.
    void cert.notBefore;
    void cert.notAfter;
  } catch (err) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `the signing certificate is not readable (${(err as Error).message.split('\n')[0]})`,
    );
  }
  const verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  try {
    verifier.verify(withCurveHash(entity, bundle.payloadType, bundle.payload));
  } catch (err) {
    if (err instanceof VerificationError || err instanceof PolicyError) {
      if (err.code === 'CERTIFICATE_ERROR') {
        const outside = signingTimes(entity).find((t) => !cert.validForDate(t));
        if (outside) {
          throw new OmsError(
            'CERTIFICATE_VALIDITY_ERROR',
            `the signing certificate (valid ${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()}) was not valid when the signature was timestamped (${outside.toISOString()})`,
            { cause: err },
          );
        }
      }
      const msg = err.message.split('\n')[0] ?? err.code;
      throw new OmsError(VERIFY_CODE[err.code] ?? 'SIGNATURE_ERROR', `${err.code}: ${msg}`, { cause: err });
    }
    throw new OmsError(
      'SIGNATURE_ERROR',
      `sigstore verification failed: ${(err as Error).message.split('\n')[0]}`,
      {
        cause: err,
      },
    );
  }
  const { identity, issuer } = checkIdentity(cert, policy);
  const times = signingTimes(entity);
  const kinds = new Set(entity.timestamps.map((t) => t.$case));
  const signer: SigstoreSigner = { identity, issuer, timestamps: [...kinds] };
  if (times[0]) signer.signedAt = times[0].toISOString();
  return signer;
}
