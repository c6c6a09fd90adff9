/**
 * EC public keys as OMS uses them: P-256/P-384/P-521, each signed with its own curve's hash, and the
 * key hint (SHA-256 of the canonical SPKI PEM text).
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { OmsError } from './errors.ts';

/** Node curve names → the hash `model_signing` signs with (`sign_ec_key.get_ec_key_hash`). */
export const CURVE_HASH: Readonly<Record<string, 'sha256' | 'sha384' | 'sha512'>> = {
  prime256v1: 'sha256',
  secp384r1: 'sha384',
  secp521r1: 'sha512',
};

export const CURVE_LABEL: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

/** Every PEM block of a text (labels and DER bodies), ignoring text around them as OpenSSL does. */
export function pemBlocks(text: string): { label: string; der: Buffer }[] {
  const out: { label: string; der: Buffer }[] = [];
  for (const m of text.matchAll(PEM_BLOCK)) {
    const body = (m[2] ?? '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) continue;
    out.push({ label: m[1] ?? '', der: Buffer.from(body, 'base64') });
  }
  return out;
}

/** The hash used with an EC key, or a KEY_ERROR for other key types and curves. */
export function curveHash(key: KeyObject, what = 'key'): 'sha256' | 'sha384' | 'sha512' {
  if (key.asymmetricKeyType !== 'ec') {
    throw new OmsError(
      'KEY_ERROR',
      `${what} is ${key.asymmetricKeyType ?? 'not an asymmetric key'}; OMS signatures use ECDSA P-256, P-384 or P-521`,
    );
  }
  const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
  const hash = CURVE_HASH[curve];
  if (!hash)
    throw new OmsError(
      'KEY_ERROR',
      `${what} is on curve ${curve || 'unknown'}; expected P-256, P-384 or P-521`,
    );
  return hash;
}

/** Parses the first `PUBLIC KEY` PEM block of a text into an EC key (text around it is tolerated). */
export function parsePublicKeyPem(text: string, where = 'public key'): KeyObject {
  const block = pemBlocks(text).find((b) => b.label === 'PUBLIC KEY');
  if (!block) {
    const other = pemBlocks(text)[0]?.label;
    throw new OmsError(
      'KEY_ERROR',
      other === 'CERTIFICATE'
        ? `${where}: holds a certificate, not a public key (use --certificate-chain for certificate signatures)`
        : other?.includes('PRIVATE')
          ? `${where}: holds a private key; pass the public key`
          : `${where}: no "BEGIN PUBLIC KEY" PEM block`,
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: block.der, format: 'der', type: 'spki' });
  } catch (err) {
    throw new OmsError(
      'KEY_ERROR',
      `${where}: unreadable public key (${(err as Error).message.split('\n')[0]})`,
    );
  }
  curveHash(key, where);
  return key;
}

/** Canonical SPKI PEM: `BEGIN PUBLIC KEY`, 64-column base64, trailing newline. */
export function canonicalPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** The OMS key hint: lowercase hex SHA-256 of the canonical PEM text (`sign_ec_key.py`). */
export function keyHint(key: KeyObject): string {
  return createHash('sha256').update(canonicalPem(key)).digest('hex');
}

/** DER SPKI of a key, for comparing keys. */
export function spkiDer(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}
