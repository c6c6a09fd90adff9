/**
 * `modelvet sign`: writes an OMS v1.0 signature (a Sigstore bundle v0.3 holding a DSSE envelope over
 * the model's in-toto statement), the way `model_signing` 1.1 writes it:
 *
 * - `--key PEM` (an EC P-256/P-384/P-521 private key): ECDSA with the curve's own hash over the DSSE
 *   PAE, `verificationMaterial: {publicKey: {hint}, tlogEntries: []}` with hint = SHA-256 of the
 *   canonical SPKI PEM, DSSE `keyid: ""`. No transparency log: a local key signature.
 * - `--sigstore` (keyless): Fulcio certificate from an OIDC token, Rekor `dsse` entry and optionally
 *   an RFC 3161 timestamp, through `@sigstore/sign`. Needs the network and a token (in GitHub Actions
 *   the workflow's `id-token: write` permission provides one).
 *
 * The statement is the manifest module's (`computeManifest` + `statementJson`), so what we sign is
 * byte for byte what `model_signing` would. The signature file and the usual git paths are left out
 * and recorded in `serialization.ignore_paths` (as model_signing 1.1 records them), so verifiers
 * need no extra flags. Key signatures are verified with our own verifier before they are written.
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign as cryptoSign } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import {
  CIContextProvider,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DSSEBundleBuilder,
  FulcioSigner,
  type IdentityProvider,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import {
  computeManifest,
  type ManifestOptions,
  type Resource,
  type Serialization,
  statementJson,
} from './manifest.ts';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, parseBundle } from './oms/bundle.ts';
import { pae } from './oms/dsse.ts';
import { OmsError } from './oms/errors.ts';
import { curveHash, keyHint, pemBlocks } from './oms/keys.ts';
import { verifyOmsBundle } from './oms/verify.ts';

export const DEFAULT_SIGNATURE_NAME = 'model.sig';

export interface KeylessOptions {
  /** An OIDC identity token; default: `SIGSTORE_ID_TOKEN`, else the CI provider (GitHub Actions). */
  identityToken?: string;
  fulcioURL?: string;
  rekorURL?: string;
  /** Also get an RFC 3161 timestamp from this TSA. */
  tsaURL?: string;
  /** Request timeout per service call, ms. */
  timeout?: number;
}

export interface SignOptions {
  /** Path of an EC private key PEM (key signing). */
  key?: string;
  /** Keyless signing through Sigstore (needs the network and an OIDC token). */
  sigstore?: boolean | KeylessOptions;
  /** Where to write the bundle; default `model.sig` inside the model folder (beside a single-file model). */
  signature?: string;
  ignorePaths?: readonly string[];
  ignoreGitPaths?: boolean;
  allowSymlinks?: boolean;
  method?: ManifestOptions['method'];
  shardSize?: number;
  hashType?: ManifestOptions['hashType'];
  jobs?: number;
}

export interface SignResult {
  signaturePath: string;
  method: 'key' | 'sigstore';
  modelName: string;
  rootDigest: string;
  resources: Resource[];
  serialization: Serialization;
  /** Key signing: the OMS key hint. */
  keyHint?: string;
  /** The bundle JSON as written. */
  bundle: string;
}

/** Reads an EC private key PEM (unencrypted PKCS#8 or SEC1), the only kind OMS key signing uses. */
export function parsePrivateKeyPem(text: string, where: string): KeyObject {
  const block = pemBlocks(text).find((b) => b.label === 'PRIVATE KEY' || b.label === 'EC PRIVATE KEY');
  if (!block) {
    const enc = pemBlocks(text).some((b) => b.label === 'ENCRYPTED PRIVATE KEY');
    throw new OmsError(
      'KEY_ERROR',
      enc
        ? `${where}: the private key is encrypted; decrypt it first (openssl pkey -in KEY -out PLAIN)`
        : `${where}: no "BEGIN PRIVATE KEY" or "BEGIN EC PRIVATE KEY" PEM block`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({
      key: block.der,
      format: 'der',
      type: block.label === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8',
    });
  } catch (err) {
    throw new OmsError(
      'KEY_ERROR',
      `${where}: unreadable private key (${(err as Error).message.split('\n')[0]})`,
    );
  }
  curveHash(key, where);
  return key;
}

/** The OMS v1.0 key bundle for a payload, as model_signing 1.1 writes it (compact JSON). */
export function keyBundle(payload: Buffer, privateKey: KeyObject): { json: string; hint: string } {
  const publicKey = createPublicKey(privateKey);
  const hint = keyHint(publicKey);
  const sig = cryptoSign(curveHash(publicKey), pae(IN_TOTO_PAYLOAD_TYPE, payload), privateKey);
  const bundle = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: sig.toString('base64'), keyid: '' }],
    },
  };
  return { json: JSON.stringify(bundle), hint };
}

function keylessIdentity(o: KeylessOptions): IdentityProvider {
  const token = o.identityToken ?? process.env.SIGSTORE_ID_TOKEN;
  if (token) return { getToken: async () => token };
  return new CIContextProvider('sigstore');
}

/** A keyless bundle (Fulcio + Rekor, optional TSA) for a payload, through `@sigstore/sign`. */
export async function keylessBundle(payload: Buffer, o: KeylessOptions = {}): Promise<string> {
  const timeout = o.timeout ?? 30_000;
  const signer = new FulcioSigner({
    fulcioBaseURL: o.fulcioURL ?? DEFAULT_FULCIO_URL,
    identityProvider: keylessIdentity(o),
    timeout,
  });
  const witnesses: Witness[] = [
    new RekorWitness({ rekorBaseURL: o.rekorURL ?? DEFAULT_REKOR_URL, entryType: 'dsse', timeout }),
  ];
  if (o.tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: o.tsaURL, timeout }));
  try {
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({
      data: payload,
      type: IN_TOTO_PAYLOAD_TYPE,
    });
    return JSON.stringify(bundleToJSON(bundle));
  } catch (err) {
    const e = err as Error & { code?: string };
    throw new OmsError(
      'SIGNING_ERROR',
      `keyless signing failed: ${e.code ? `${e.code}: ` : ''}${e.message.split('\n')[0]}`,
      {
        cause: err,
      },
    );
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (err) {
    throw new OmsError(
      'USAGE_ERROR',
      `${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`,
    );
  }
}

/** Signs a model folder or file and writes the bundle. */
export async function signModel(modelPath: string, options: SignOptions): Promise<SignResult> {
  const keyless = options.sigstore !== undefined && options.sigstore !== false;
  if (keyless === (options.key !== undefined)) {
    throw new OmsError('USAGE_ERROR', 'sign needs exactly one of --key PEM and --sigstore');
  }
  // Load the key before hashing a possibly huge model, so a bad key fails fast.
  let privateKey: KeyObject | undefined;
  if (options.key !== undefined) {
    let text: string;
    try {
      text = await readFile(options.key, 'utf8');
    } catch (err) {
      throw new OmsError(
        'KEY_ERROR',
        `${options.key}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
      );
    }
    privateKey = parsePrivateKeyPem(text, options.key);
  }
  const dir = await isDirectory(modelPath);
  const signaturePath = resolve(
    options.signature ?? join(dir ? modelPath : dirname(modelPath), DEFAULT_SIGNATURE_NAME),
  );
  const root = resolve(modelPath);
  const ignorePaths = [...(options.ignorePaths ?? [])];
  // The signature file is never part of what it signs (model_signing's CLI does the same).
  if (dir && signaturePath.startsWith(root + sep))
    ignorePaths.push(relative(root, signaturePath).split(sep).join('/'));
  if (!dir && signaturePath === root)
    throw new OmsError('USAGE_ERROR', 'the signature would overwrite the model file');
  const manifest = await computeManifest(modelPath, {
    ignorePaths,
    ignoreGitPaths: options.ignoreGitPaths,
    allowSymlinks: options.allowSymlinks,
    method: options.method,
    shardSize: options.shardSize,
    hashType: options.hashType,
    jobs: options.jobs,
  });
  if (manifest.problems.length) {
    const first = manifest.problems[0];
    const more = manifest.problems.length > 1 ? ` (and ${manifest.problems.length - 1} more)` : '';
    throw new OmsError('SIGNING_ERROR', `cannot sign ${modelPath}: ${first?.message}${more}`);
  }
  const payload = Buffer.from(statementJson(manifest), 'utf8');
  let json: string;
  let hint: string | undefined;
  if (privateKey) {
    ({ json, hint } = keyBundle(payload, privateKey));
    // Belt and braces: what we write must verify with our own verifier.
    verifyOmsBundle(parseBundle(json), { method: 'key', key: createPublicKey(privateKey) });
  } else {
    json = await keylessBundle(payload, typeof options.sigstore === 'object' ? options.sigstore : {});
  }
  // Write beside the target and rename, so a failed write never leaves half a signature.
  const tmp = `${signaturePath}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, json);
    await rename(tmp, signaturePath);
  } catch (err) {
    throw new OmsError(
      'SIGNING_ERROR',
      `${signaturePath}: cannot write (${(err as Error).message.split('\n')[0]})`,
    );
  }
  return {
    signaturePath,
    method: privateKey ? 'key' : 'sigstore',
    modelName: manifest.modelName,
    rootDigest: manifest.rootDigest,
    resources: manifest.resources,
    serialization: manifest.serialization,
    keyHint: hint,
    bundle: json,
  };
}
