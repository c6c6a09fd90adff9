/**
 * EC public keys as OMS uses them: P-256/P-384/P-521, each signed with its own curve's hash, and the
 * key hint (SHA-256 of the canonical SPKI PEM text).
 */
import { type KeyObject } from 'node:crypto';
/** Node curve names → the hash `model_signing` signs with (`sign_ec_key.get_ec_key_hash`). */
export declare const CURVE_HASH: Readonly<Record<string, 'sha256' | 'sha384' | 'sha512'>>;
export declare const CURVE_LABEL: Readonly<Record<string, string>>;
/** Every PEM block of a text (labels and DER bodies), ignoring text around them as OpenSSL does. */
export declare function pemBlocks(text: string): {
    label: string;
    der: Buffer;
}[];
/** The hash used with an EC key, or a KEY_ERROR for other key types and curves. */
export declare function curveHash(key: KeyObject, what?: string): 'sha256' | 'sha384' | 'sha512';
/** Parses the first `PUBLIC KEY` PEM block of a text into an EC key (text around it is tolerated). */
export declare function parsePublicKeyPem(text: string, where?: string): KeyObject;
/** Canonical SPKI PEM: `BEGIN PUBLIC KEY`, 64-column base64, trailing newline. */
export declare function canonicalPem(key: KeyObject): string;
/** The OMS key hint: lowercase hex SHA-256 of the canonical PEM text (`sign_ec_key.py`). */
export declare function keyHint(key: KeyObject): string;
/** DER SPKI of a key, for comparing keys. */
export declare function spkiDer(key: KeyObject): Buffer;
