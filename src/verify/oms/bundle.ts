/**
 * Reads an OMS signature file: a Sigstore bundle (v0.3 JSON) holding a DSSE envelope.
 *
 * Our own reader rather than `@sigstore/bundle`'s `bundleFromJSON`: that one rejects the
 * `x509CertificateChain` material OMS certificate bundles carry and silently drops the legacy
 * `publicKey.rawBytes`/`keyDetails` fields older OMS key bundles carry (research sigstore-js.md §4,
 * §4b). Every field is type-checked and decoded strictly; anything unexpected is a typed error
 * naming the field, never a crash. The keyless flow still hands the raw JSON to `bundleFromJSON`.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseJson } from '../../core/json-shape.ts';
import { OmsError, quote } from './errors.ts';

export const BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle';
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Real OMS bundles are a few KB; a cap keeps a hostile file from exhausting memory. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

export type VerificationMaterial =
  | { kind: 'publicKey'; hint?: string; rawBytes?: Buffer; keyDetails?: string }
  | { kind: 'certificate'; certificate: Buffer }
  | { kind: 'x509CertificateChain'; certificates: Buffer[] };

export interface DsseSignature {
  sig: Buffer;
  keyid?: string | null;
}

export interface OmsBundle {
  /** The parsed JSON, for libraries that parse bundles themselves. */
  json: Record<string, unknown>;
  mediaType: string;
  /** The exact decoded payload bytes: signatures cover these, never a re-serialization. */
  payload: Buffer;
  payloadType: string;
  signatures: DsseSignature[];
  material: VerificationMaterial;
  tlogEntryCount: number;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(message: string): never {
  throw new OmsError('BUNDLE_PARSE_ERROR', message);
}

/**
 * Strict base64 (RFC 4648 standard or URL-safe alphabet, padding optional): `Buffer.from(s,
 * 'base64')` alone skips invalid characters, which would let two different strings decode alike.
 */
export function decodeBase64(value: unknown, field: string): Buffer {
  if (typeof value !== 'string') fail(`${field} is not a base64 string`);
  const s = value;
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(s) || (s.includes('=') && s.length % 4 !== 0) || s.length % 4 === 1) {
    fail(`${field} is not valid base64`);
  }
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function parseMaterial(vm: Json): VerificationMaterial {
  const present = ['publicKey', 'certificate', 'x509CertificateChain'].filter((k) => vm[k] !== undefined);
  if (present.length !== 1) {
    fail(
      present.length === 0
        ? 'verificationMaterial has no publicKey, certificate or x509CertificateChain'
        : `verificationMaterial has several key materials (${present.join(', ')})`,
    );
  }
  if (vm.publicKey !== undefined) {
    const pk = vm.publicKey;
    if (!isObject(pk)) fail('verificationMaterial.publicKey is not an object');
    const out: VerificationMaterial = { kind: 'publicKey' };
    if (pk.hint !== undefined && pk.hint !== null && pk.hint !== '') {
      if (typeof pk.hint !== 'string') fail('verificationMaterial.publicKey.hint is not a string');
      out.hint = pk.hint;
    }
    if (pk.rawBytes !== undefined)
      out.rawBytes = decodeBase64(pk.rawBytes, 'verificationMaterial.publicKey.rawBytes');
    if (typeof pk.keyDetails === 'string') out.keyDetails = pk.keyDetails;
    return out;
  }
  if (vm.certificate !== undefined) {
    const c = vm.certificate;
    if (!isObject(c)) fail('verificationMaterial.certificate is not an object');
    const der = decodeBase64(c.rawBytes, 'verificationMaterial.certificate.rawBytes');
    if (!der.length) fail('verificationMaterial.certificate.rawBytes is empty');
    return { kind: 'certificate', certificate: der };
  }
  const chain = vm.x509CertificateChain;
  if (!isObject(chain) || !Array.isArray(chain.certificates)) {
    fail('verificationMaterial.x509CertificateChain.certificates is not a list');
  }
  if (chain.certificates.length === 0) fail('verificationMaterial.x509CertificateChain is empty');
  if (chain.certificates.length > 32)
    fail('verificationMaterial.x509CertificateChain has more than 32 certificates');
  const certificates = chain.certificates.map((c, i) => {
    if (!isObject(c)) fail(`x509CertificateChain.certificates[${i}] is not an object`);
    const der = decodeBase64(c.rawBytes, `x509CertificateChain.certificates[${i}].rawBytes`);
    if (!der.length) fail(`x509CertificateChain.certificates[${i}].rawBytes is empty`);
    return der;
  });
  return { kind: 'x509CertificateChain', certificates };
}

/** Parses a bundle from its JSON text or bytes. */
export function parseBundle(input: string | Uint8Array): OmsBundle {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  if (text.trim() === '') fail('the signature file is empty');
  let json: unknown;
  try {
    json = parseJson(text);
  } catch (err) {
    fail(`the signature file is ${(err as Error).message}`);
  }
  if (!isObject(json)) fail('the signature file is not a JSON object');
  const mediaType = json.mediaType;
  if (typeof mediaType !== 'string') fail('the bundle has no mediaType');
  if (!mediaType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) {
    throw new OmsError('BUNDLE_MEDIA_TYPE_ERROR', `not a Sigstore bundle: mediaType ${quote(mediaType)}`);
  }
  if (json.messageSignature !== undefined) {
    fail('the bundle holds a messageSignature; an OMS signature holds a dsseEnvelope');
  }
  const env = json.dsseEnvelope;
  if (!isObject(env)) fail('the bundle has no dsseEnvelope');
  const vm = json.verificationMaterial;
  if (!isObject(vm)) fail('the bundle has no verificationMaterial');
  if (typeof env.payloadType !== 'string') fail('dsseEnvelope.payloadType is missing');
  const payload = decodeBase64(env.payload, 'dsseEnvelope.payload');
  if (!Array.isArray(env.signatures) || env.signatures.length === 0) fail('dsseEnvelope has no signatures');
  if (env.signatures.length > 16) fail('dsseEnvelope has more than 16 signatures');
  const signatures = env.signatures.map((s, i): DsseSignature => {
    if (!isObject(s)) fail(`dsseEnvelope.signatures[${i}] is not an object`);
    const sig = decodeBase64(s.sig, `dsseEnvelope.signatures[${i}].sig`);
    if (!sig.length) fail(`dsseEnvelope.signatures[${i}].sig is empty`);
    const keyid = typeof s.keyid === 'string' || s.keyid === null ? s.keyid : undefined;
    return keyid === undefined ? { sig } : { sig, keyid };
  });
  const material = parseMaterial(vm);
  if (vm.tlogEntries !== undefined && !Array.isArray(vm.tlogEntries)) {
    fail('verificationMaterial.tlogEntries is not a list');
  }
  const tlogEntryCount = Array.isArray(vm.tlogEntries) ? vm.tlogEntries.length : 0;
  return { json, mediaType, payload, payloadType: env.payloadType, signatures, material, tlogEntryCount };
}

/** Reads and parses a signature file, refusing anything but a regular file of sane size. */
export async function readBundleFile(path: string): Promise<OmsBundle> {
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new OmsError('BUNDLE_PARSE_ERROR', `${path}: not a regular file`);
    if (st.size > MAX_BUNDLE_BYTES) {
      throw new OmsError('BUNDLE_PARSE_ERROR', `${path}: ${st.size} bytes, larger than any signature bundle`);
    }
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof OmsError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new OmsError(
      'BUNDLE_PARSE_ERROR',
      `${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message.split('\n')[0]}`,
    );
  }
  if (bytes.length > MAX_BUNDLE_BYTES) throw new OmsError('BUNDLE_PARSE_ERROR', `${path}: too large`);
  try {
    return parseBundle(bytes);
  } catch (err) {
    if (err instanceof OmsError) throw new OmsError(err.code, `${path}: ${err.message}`, { cause: err });
    throw err;
  }
}
