/**
 * OMS "certificate" flow: the bundle carries `x509CertificateChain` (leaf first, then whatever the
 * signer added); the user supplies trust anchors with `--certificate-chain`. `@sigstore/verify`
 * cannot do this flow: its v0.3 bundle validation rejects `x509CertificateChain`, and its
 * `verifyCertificate` builds the chain only once per timestamp (sigstore-js
 * `packages/verify/src/key/index.ts`), and these bundles carry none. So the chain is built here:
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
import { OmsError } from './errors.ts';
import { pemBlocks } from './keys.ts';

const OID_EKU = '2.5.29.37';
const OID_EKU_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const OID_EKU_ANY = '2.5.29.37.0';
/** Bounds the path search: depth and signature checks (hostile bundles may list 32 certificates). */
const MAX_DEPTH = 8;
const MAX_SIGNATURE_CHECKS = 512;

export interface Certificate {
  der: Buffer;
  node: NodeX509Certificate;
  parsed: X509Certificate;
  /** Where it came from, for messages: `bundle certificate 0`, `ca.pem #1`. */
  label: string;
}

export function parseCertificate(der: Buffer, label: string): Certificate {
  try {
    const node = new NodeX509Certificate(der);
    const parsed = X509Certificate.parse(Buffer.from(der));
    // Touch the fields the checks read, so a malformed certificate fails here, with its label.
    void parsed.notBefore;
    void parsed.notAfter;
    void parsed.extensions;
    return { der, node, parsed, label };
  } catch (err) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${label}: not a readable X.509 certificate (${(err as Error).message.split('\n')[0]})`,
    );
  }
}

/** Every `CERTIFICATE` PEM block of a file's text. */
export function parseCertificatesPem(text: string, where: string): Certificate[] {
  const blocks = pemBlocks(text).filter((b) => b.label === 'CERTIFICATE');
  if (!blocks.length) throw new OmsError('CERTIFICATE_ERROR', `${where}: no "BEGIN CERTIFICATE" PEM block`);
  return blocks.map((b, i) => parseCertificate(b.der, blocks.length > 1 ? `${where} #${i + 1}` : where));
}

function subjectOf(c: Certificate): string {
  return c.node.subject.replace(/\n/g, ', ');
}

function validAt(c: Certificate, at: Date): boolean {
  return c.parsed.notBefore.getTime() <= at.getTime() && at.getTime() <= c.parsed.notAfter.getTime();
}

function ekuOids(c: Certificate): string[] | undefined {
  const ext = c.parsed.extension(OID_EKU);
  if (!ext) return undefined;
  try {
    return (ext.valueObj.subs[0]?.subs ?? []).map((s) => s.toOID());
  } catch {
    throw new OmsError('CERTIFICATE_ERROR', `${c.label}: unreadable extended key usage`);
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The leaf may sign: KeyUsage digitalSignature and/or EKU codeSigning, neither forbidding it. */
export function checkLeafUsage(leaf: Certificate): void {
  const unknown = unknownCriticalExtension(leaf);
  if (unknown)
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${leaf.label} (${subjectOf(leaf)}): unsupported critical extension ${unknown}`,
    );
  const ku = safe(() => leaf.parsed.extKeyUsage);
  const eku = ekuOids(leaf);
  const kuSigns = ku ? safe(() => ku.digitalSignature) === true : undefined;
  const ekuSigns = eku ? eku.includes(OID_EKU_CODE_SIGNING) || eku.includes(OID_EKU_ANY) : undefined;
  if (kuSigns === false) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${leaf.label} (${subjectOf(leaf)}): KeyUsage does not allow digitalSignature`,
    );
  }
  if (ekuSigns === false) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${leaf.label} (${subjectOf(leaf)}): ExtendedKeyUsage does not include codeSigning`,
    );
  }
  if (kuSigns === undefined && ekuSigns === undefined) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${leaf.label} (${subjectOf(leaf)}): neither KeyUsage digitalSignature nor ExtendedKeyUsage codeSigning`,
    );
  }
}

/** Critical extensions this verifier understands; any other critical one makes the certificate unusable (RFC 5280 §4.2). */
const KNOWN_CRITICAL = new Set([
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.15', // keyUsage
  '2.5.29.17', // subjectAltName
  '2.5.29.19', // basicConstraints
  '2.5.29.32', // certificatePolicies (not enforced, as model_signing's OpenSSL store does not by default)
  '2.5.29.35', // authorityKeyIdentifier
  '2.5.29.37', // extKeyUsage
]);

/** The OID of the first critical extension this verifier cannot process (e.g. nameConstraints), if any. */
export function unknownCriticalExtension(c: Certificate): string | undefined {
  for (const e of c.parsed.extensions) {
    const oid = safe(() => e.subs[0]?.toOID());
    // Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue }
    const critical = e.subs.length === 3 && safe(() => e.subs[1]?.toBoolean()) === true;
    if (critical && (!oid || !KNOWN_CRITICAL.has(oid))) return oid ?? 'unreadable';
  }
  return undefined;
}

/** Fulcio writes the OIDC issuer under the Sigstore OID arc 1.3.6.1.4.1.57264.1; private PKIs do not. */
export function isFulcioCertificate(c: Certificate): boolean {
  return (
    safe(() => c.parsed.extensions.some((e) => e.subs[0]?.toOID().startsWith('1.3.6.1.4.1.57264.1.'))) ===
    true
  );
}

/** Why `issuer` cannot have issued `child` at path position `depth` (1 = the leaf's issuer), or undefined. */
function issuerProblem(child: Certificate, issuer: Certificate, depth: number): string | undefined {
  const aki = safe(() => child.parsed.extAuthorityKeyID?.keyIdentifier);
  const ski = safe(() => issuer.parsed.extSubjectKeyID?.keyIdentifier);
  if (aki && ski && !aki.equals(ski)) return 'key identifier mismatch';
  let signed = false;
  try {
    signed = child.node.verify(issuer.node.publicKey);
  } catch {
    signed = false;
  }
  if (!signed) return 'signature mismatch';
  const unknown = unknownCriticalExtension(issuer);
  if (unknown) return `${issuer.label} has an unsupported critical extension ${unknown}`;
  const bc = safe(() => issuer.parsed.extBasicConstraints);
  if (!bc || safe(() => bc.isCA) !== true) return `${issuer.label} is not a CA (basicConstraints)`;
  const ku = safe(() => issuer.parsed.extKeyUsage);
  if (ku && safe(() => ku.keyCertSign) !== true) return `${issuer.label} KeyUsage lacks keyCertSign`;
  const pathLen = safe(() => bc.pathLenConstraint);
  if (pathLen !== undefined && BigInt(depth - 1) > pathLen)
    return `${issuer.label} pathLenConstraint exceeded`;
  return undefined;
}

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
export function buildChain(
  leaf: Certificate,
  intermediates: readonly Certificate[],
  anchors: readonly Certificate[],
  at: Date = leaf.parsed.notBefore,
): ChainResult {
  if (!anchors.length) throw new OmsError('USAGE_ERROR', 'no trust anchor: pass --certificate-chain PEM');
  let checks = 0;
  let reason: { code: 'CERTIFICATE_VALIDITY_ERROR' | 'CERTIFICATE_CHAIN_ERROR'; message: string } | undefined;
  const isAnchor = (c: Certificate) => anchors.some((a) => a.der.equals(c.der));
  const candidates = [...anchors, ...intermediates.filter((c) => !isAnchor(c))];

  const search = (path: Certificate[]): Certificate[] | undefined => {
    const current = path[path.length - 1] as Certificate;
    if (!validAt(current, at)) {
      const r = `${current.label} (${subjectOf(current)}) is not valid at ${at.toISOString()} (valid ${current.parsed.notBefore.toISOString()} to ${current.parsed.notAfter.toISOString()})`;
      if (reason?.code !== 'CERTIFICATE_VALIDITY_ERROR')
        reason = { code: 'CERTIFICATE_VALIDITY_ERROR', message: r };
      return undefined;
    }
    if (isAnchor(current)) return path;
    if (path.length > MAX_DEPTH) return undefined;
    for (const next of candidates) {
      if (path.some((p) => p.der.equals(next.der))) continue;
      if (++checks > MAX_SIGNATURE_CHECKS) return undefined;
      const problem = issuerProblem(current, next, path.length);
      if (problem) {
        if (!reason && problem !== 'signature mismatch' && problem !== 'key identifier mismatch') {
          reason = { code: 'CERTIFICATE_CHAIN_ERROR', message: problem };
        }
        continue;
      }
      const found = search([...path, next]);
      if (found) return found;
    }
    return undefined;
  };

  const path = search([leaf]);
  if (path) return { path, checkedAt: at };
  const base = `${leaf.label} (${subjectOf(leaf)}) does not chain to a trusted certificate`;
  if (reason) throw new OmsError(reason.code, `${base}: ${reason.message}`);
  throw new OmsError(
    'CERTIFICATE_CHAIN_ERROR',
    `${base}: no issuer found among the bundle and --certificate-chain certificates`,
  );
}
