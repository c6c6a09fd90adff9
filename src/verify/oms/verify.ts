/**
 * Verifies an OMS signature bundle and returns what it signs: the statement's resources (name,
 * algorithm, digest) and the declared serialization. Comparing them with a fresh manifest of the
 * model folder is the caller's job (`src/verify/manifest*`): a valid signature over a statement
 * says nothing about the files until that comparison passes.
 *
 * Three flows, as `model_signing verify {sigstore|key|certificate}` (sigstore/model-transparency
 * `src/model_signing/_cli.py`): sigstore keyless (identity + issuer), public key (`--key`),
 * certificate chain (`--certificate-chain`). Every failure is an `OmsError` with a code and a
 * one-line message.
 */
import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import type { TrustMaterial } from '@sigstore/verify';
import {
  BUNDLE_V03_MEDIA_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  type OmsBundle,
  parseBundle,
  readBundleFile,
} from './bundle.ts';
import {
  buildChain,
  type Certificate,
  checkLeafUsage,
  isFulcioCertificate,
  parseCertificate,
  parseCertificatesPem,
} from './certificate.ts';
import { type PaeVariant, verifyDsseSignature } from './dsse.ts';
import { OmsError, quote } from './errors.ts';
import { CURVE_LABEL, curveHash, keyHint, parsePublicKeyPem, pemBlocks, spkiDer } from './keys.ts';
import { type SigstorePolicy, anchoredRegExp, verifySigstore } from './sigstore.ts';
import { PREDICATE_TYPE_COMPAT, type Resource, type Serialization } from '../manifest.ts';
import { type ParsedStatement, parseStatement, StatementError } from '../manifest-statement.ts';
import { loadTrustMaterial } from './trusted-root.ts';

export type OmsMethod = 'sigstore' | 'key' | 'certificate';
export type { ParsedStatement, Resource, Serialization };

/** What the user trusts, as file paths (CLI) — see `loadOmsTrust` for the loaded form. */
export type OmsTrustOptions =
  | { method: 'sigstore'; identity?: string; identityRegexp?: string; issuer: string; trustedRoot?: string }
  | { method: 'key'; key: string }
  | { method: 'certificate'; certificateChain: string[] };

/** Loaded trust: keys, anchors and trust material in memory (library callers may build it directly). */
export type OmsTrust =
  | {
      method: 'sigstore';
      policy: SigstorePolicy;
      trustMaterial: TrustMaterial;
      /** The trust material is the public-good snapshot shipped with @sigstore/tuf. */
      embeddedRoot?: boolean;
    }
  | { method: 'key'; key: KeyObject; where?: string }
  | { method: 'certificate'; anchors: Certificate[] };

export interface OmsSigner {
  /** key: the OMS hint of the key that verified; certificate/sigstore: the leaf's key curve. */
  keyHint?: string;
  curve?: string;
  /** sigstore: the SAN that matched and the OIDC issuer. */
  identity?: string;
  issuer?: string;
  /** sigstore: verified timestamp kinds and the earliest signing time. */
  timestamps?: string[];
  signedAt?: string;
  /** certificate: subjects of the chain, leaf first, and the time it was validated at. */
  chain?: string[];
  chainCheckedAt?: string;
}

export interface OmsVerification {
  method: OmsMethod;
  /** The statement: predicate type, legacy flag, subject name, root digest, resources, serialization. */
  statement: ParsedStatement;
  /** A v0.2 `Digests/v0.1` statement: per-file subjects, no root digest, files/sha256 assumed. */
  legacy: boolean;
  /** Shortcuts to `statement.resources` and `statement.serialization`, for the manifest comparison. */
  resources: Resource[];
  serialization: Serialization;
  signer: OmsSigner;
  /** Which DSSE encoding the signature covers (`compat` = pre-v0.3 model_signing). */
  pae: PaeVariant;
  /** Facts the user should know although verification passed (no key hint, expired leaf...). */
  warnings: string[];
}

/** Options as the CLI has them; returns the flow or a USAGE_ERROR explaining what is missing. */
export function omsTrustOptions(o: {
  identity?: string;
  identityRegexp?: string;
  issuer?: string;
  trustedRoot?: string;
  key?: string;
  certificateChain?: string[];
}): OmsTrustOptions {
  const keyless = o.identity !== undefined || o.identityRegexp !== undefined || o.issuer !== undefined;
  const chain = o.certificateChain?.length ? o.certificateChain : undefined;
  const chosen = [keyless, o.key !== undefined, chain !== undefined].filter(Boolean).length;
  if (chosen === 0) {
    throw new OmsError(
      'USAGE_ERROR',
      'verifying a signature needs --identity/--issuer (keyless), --key PEM or --certificate-chain PEM',
    );
  }
  if (chosen > 1)
    throw new OmsError('USAGE_ERROR', 'choose one of --identity/--issuer, --key and --certificate-chain');
  if (o.trustedRoot !== undefined && !keyless) {
    throw new OmsError(
      'USAGE_ERROR',
      '--trusted-root applies to keyless (--identity/--issuer) verification only',
    );
  }
  if (o.key !== undefined) return { method: 'key', key: o.key };
  if (chain) return { method: 'certificate', certificateChain: chain };
  if (o.identity !== undefined && o.identityRegexp !== undefined) {
    throw new OmsError('USAGE_ERROR', 'pass --identity or --identity-regexp, not both');
  }
  if (o.identity === undefined && o.identityRegexp === undefined) {
    throw new OmsError('USAGE_ERROR', '--issuer needs --identity (exact) or --identity-regexp');
  }
  if (o.issuer === undefined || o.issuer === '') {
    throw new OmsError(
      'USAGE_ERROR',
      `${o.identity !== undefined ? '--identity' : '--identity-regexp'} needs --issuer`,
    );
  }
  if (o.identity === '') throw new OmsError('USAGE_ERROR', '--identity is empty');
  if (o.identityRegexp !== undefined) anchoredRegExp(o.identityRegexp);
  return {
    method: 'sigstore',
    issuer: o.issuer,
    identity: o.identity,
    identityRegexp: o.identityRegexp,
    trustedRoot: o.trustedRoot,
  };
}

async function readText(path: string, what: string): Promise<string> {
  try {
    const bytes = await readFile(path);
    if (bytes.length > 4 * 1024 * 1024) throw new OmsError('USAGE_ERROR', `${path}: too large for a ${what}`);
    return bytes.toString('utf8');
  } catch (err) {
    if (err instanceof OmsError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new OmsError(
      what === 'public key' ? 'KEY_ERROR' : 'CERTIFICATE_ERROR',
      `${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message.split('\n')[0]}`,
    );
  }
}

/** Reads the key, anchors or trusted root the options name. */
export async function loadOmsTrust(o: OmsTrustOptions): Promise<OmsTrust> {
  if (o.method === 'key')
    return {
      method: 'key',
      key: parsePublicKeyPem(await readText(o.key, 'public key'), o.key),
      where: o.key,
    };
  if (o.method === 'certificate') {
    const anchors: Certificate[] = [];
    for (const p of o.certificateChain)
      anchors.push(...parseCertificatesPem(await readText(p, 'certificate'), p));
    return { method: 'certificate', anchors };
  }
  const policy: SigstorePolicy = { issuer: o.issuer };
  if (o.identity !== undefined) policy.identity = o.identity;
  if (o.identityRegexp !== undefined) policy.identityRegexp = o.identityRegexp;
  return {
    method: 'sigstore',
    policy,
    trustMaterial: await loadTrustMaterial(o.trustedRoot),
    embeddedRoot: o.trustedRoot === undefined,
  };
}

function requireV03(bundle: OmsBundle, method: string): void {
  if (bundle.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
    throw new OmsError(
      'BUNDLE_MEDIA_TYPE_ERROR',
      `${method} signatures are Sigstore bundles v0.3 (${BUNDLE_V03_MEDIA_TYPE}), got ${quote(bundle.mediaType)}`,
    );
  }
}

/** Decodes a legacy `publicKey.rawBytes` (base64 of PEM text, or DER SPKI) for comparison. */
function embeddedKey(raw: Buffer): Buffer | undefined {
  const text = raw.toString('utf8');
  const block = pemBlocks(text).find((b) => b.label === 'PUBLIC KEY');
  return block ? block.der : raw[0] === 0x30 ? raw : undefined;
}

function verifyWithKey(
  bundle: OmsBundle,
  key: KeyObject,
  warnings: string[],
): { signer: OmsSigner; pae: PaeVariant } {
  requireV03(bundle, 'key');
  const m = bundle.material;
  if (m.kind !== 'publicKey') {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      `the bundle carries a certificate, not a key; verify with ${m.kind === 'certificate' ? '--identity/--issuer' : '--certificate-chain'}`,
    );
  }
  const hash = curveHash(key);
  const hint = keyHint(key);
  if (m.hint !== undefined) {
    if (m.hint.toLowerCase() !== hint) {
      throw new OmsError(
        'KEY_MISMATCH_ERROR',
        `the bundle was signed with key ${quote(m.hint, 16)}, not with the supplied key (${hint.slice(0, 16)}…)`,
      );
    }
  } else
    warnings.push(
      'the bundle names no key hint (written before model_signing 1.1); verified with the supplied key',
    );
  if (m.rawBytes) {
    const der = embeddedKey(m.rawBytes);
    if (der && !der.equals(spkiDer(key))) {
      throw new OmsError('KEY_MISMATCH_ERROR', 'the bundle embeds another public key than the supplied one');
    }
  }
  const sig = bundle.signatures[0];
  if (!sig) throw new OmsError('SIGNATURE_ERROR', 'the envelope has no signature');
  // model_signing's key verifier keeps the curve hash on the compat PAE too (sign_ec_key.py).
  const pae = verifyDsseSignature(key, bundle.payloadType, bundle.payload, sig.sig, hash, hash);
  if (!pae) throw new OmsError('SIGNATURE_ERROR', 'the DSSE signature does not verify with the supplied key');
  const curve = CURVE_LABEL[key.asymmetricKeyDetails?.namedCurve ?? ''];
  return { signer: { keyHint: hint, curve }, pae };
}

function verifyWithChain(
  bundle: OmsBundle,
  anchors: Certificate[],
  warnings: string[],
): { signer: OmsSigner; pae: PaeVariant } {
  requireV03(bundle, 'certificate');
  const m = bundle.material;
  if (m.kind === 'publicKey') {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      'the bundle is signed with a public key, not a certificate; verify with --key',
    );
  }
  // A single `certificate` is Sigstore's layout (a short-lived Fulcio certificate whose trust rests
  // on the transparency log and an identity policy); OMS certificate bundles carry a chain.
  if (m.kind === 'certificate') {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      'the bundle carries a Sigstore certificate, not a certificate chain; verify keyless with --identity/--issuer',
    );
  }
  const certs = m.certificates.map((d, i) => parseCertificate(d, `bundle certificate ${i}`));
  const leaf = certs[0] as Certificate;
  if (isFulcioCertificate(leaf)) {
    throw new OmsError(
      'VERIFICATION_MATERIAL_ERROR',
      'the signing certificate was issued by Sigstore (Fulcio); verify keyless with --identity/--issuer, which checks the transparency log and the signer identity',
    );
  }
  let leafKey: KeyObject;
  try {
    leafKey = leaf.node.publicKey;
  } catch (err) {
    throw new OmsError(
      'CERTIFICATE_ERROR',
      `${leaf.label}: unusable public key (${(err as Error).message.split('\n')[0]})`,
    );
  }
  const hash = curveHash(leafKey, `${leaf.label} key`);
  checkLeafUsage(leaf);
  const chain = buildChain(leaf, certs.slice(1), anchors);
  if (leaf.parsed.notAfter.getTime() < Date.now()) {
    warnings.push(
      `the signing certificate expired on ${leaf.parsed.notAfter.toISOString()} (validity is checked at its notBefore, as model_signing does)`,
    );
  }
  const sig = bundle.signatures[0];
  if (!sig) throw new OmsError('SIGNATURE_ERROR', 'the envelope has no signature');
  // model_signing's certificate verifier uses SHA-256 on the compat PAE (the v0.2 bug it keeps).
  const pae = verifyDsseSignature(leafKey, bundle.payloadType, bundle.payload, sig.sig, hash, 'sha256');
  if (!pae)
    throw new OmsError(
      'SIGNATURE_ERROR',
      "the DSSE signature does not verify with the signing certificate's key",
    );
  const curve = CURVE_LABEL[leafKey.asymmetricKeyDetails?.namedCurve ?? ''];
  return {
    signer: {
      curve,
      chain: chain.path.map((c) => c.node.subject.replace(/\n/g, ', ')),
      chainCheckedAt: chain.checkedAt.toISOString(),
    },
    pae,
  };
}

/** Keyless verification; trust failures against the embedded snapshot say how to use a newer root. */
function verifySigstoreWithHint(bundle: OmsBundle, trust: Extract<OmsTrust, { method: 'sigstore' }>) {
  try {
    return verifySigstore(bundle, trust.trustMaterial, trust.policy);
  } catch (err) {
    const stale = ['CERTIFICATE_ERROR', 'TLOG_ERROR', 'TIMESTAMP_ERROR'];
    if (trust.embeddedRoot && err instanceof OmsError && stale.includes(err.code)) {
      throw new OmsError(
        err.code,
        `${err.message} (checked against the public-good trusted root bundled with modelvet; for newer Sigstore keys or a private instance pass --trusted-root FILE)`,
        { cause: err },
      );
    }
    throw err;
  }
}

/** The signed statement, with the statement parser's reasons mapped to typed codes. */
function readStatement(payload: Buffer): ParsedStatement {
  try {
    return parseStatement(payload);
  } catch (err) {
    // Fail closed: whatever the parser throws on a hostile statement is a statement error.
    if (!(err instanceof StatementError)) {
      throw new OmsError('STATEMENT_ERROR', `signed statement: ${(err as Error).message?.split('\n')[0]}`, {
        cause: err,
      });
    }
    const code =
      err.code === 'ROOT_DIGEST'
        ? 'ROOT_DIGEST_ERROR'
        : err.code === 'PREDICATE_TYPE'
          ? 'PREDICATE_TYPE_ERROR'
          : 'STATEMENT_ERROR';
    throw new OmsError(code, `signed statement: ${err.message}`, { cause: err });
  }
}

/** Verifies a parsed bundle with loaded trust. Throws `OmsError` on any failure. */
export function verifyOmsBundle(bundle: OmsBundle, trust: OmsTrust): OmsVerification {
  const warnings: string[] = [];
  let signer: OmsSigner;
  let pae: PaeVariant;
  if (trust.method === 'key') ({ signer, pae } = verifyWithKey(bundle, trust.key, warnings));
  else if (trust.method === 'certificate')
    ({ signer, pae } = verifyWithChain(bundle, trust.anchors, warnings));
  else {
    const s = verifySigstoreWithHint(bundle, trust);
    signer = {
      identity: s.identity,
      issuer: s.issuer,
      timestamps: s.timestamps,
      signedAt: s.signedAt,
    };
    pae = 'standard';
  }
  if (bundle.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new OmsError(
      'PAYLOAD_TYPE_ERROR',
      `payloadType ${quote(bundle.payloadType)} is not ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  }
  const statement = readStatement(bundle.payload);
  const legacy = statement.predicateType === PREDICATE_TYPE_COMPAT;
  if (legacy)
    warnings.push('legacy model_signing v0.2 statement (Digests/v0.1): files/sha256 assumed, no root digest');
  return {
    method: trust.method,
    statement,
    legacy,
    resources: statement.resources,
    serialization: statement.serialization,
    signer,
    pae,
    warnings,
  };
}

/** Reads a signature file and verifies it; errors name the file. */
export async function verifyOmsSignatureFile(
  signaturePath: string,
  trust: OmsTrust | OmsTrustOptions,
): Promise<OmsVerification> {
  const loaded =
    'policy' in trust || 'anchors' in trust || typeof (trust as { key?: unknown }).key === 'object'
      ? (trust as OmsTrust)
      : await loadOmsTrust(trust as OmsTrustOptions);
  const bundle = await readBundleFile(signaturePath);
  try {
    return verifyOmsBundle(bundle, loaded);
  } catch (err) {
    if (err instanceof OmsError)
      throw new OmsError(err.code, `${signaturePath}: ${err.message}`, { cause: err });
    throw err;
  }
}

/** Verifies bundle JSON text already in memory. */
export function verifyOmsBundleJson(json: string | Uint8Array, trust: OmsTrust): OmsVerification {
  return verifyOmsBundle(parseBundle(json), trust);
}
