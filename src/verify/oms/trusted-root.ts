/**
 * The Sigstore trusted root, offline: the public-good `trusted_root.json` embedded in
 * `@sigstore/tuf`'s `seeds.json` (no TUF refresh, which would need the network),
 * or a file given with `--trusted-root` (a newer public-good root, a private Sigstore, a test root).
 */
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { type TrustMaterial, toTrustMaterial } from '@sigstore/verify';
import {
  DocumentError,
  isPlainObject,
  listOf,
  object,
  optional,
  parseJson,
  string,
} from '../../core/json-shape.ts';
import { describeValue } from '../../core/sanitize.ts';
import { OmsError } from './errors.ts';
import { loadTufSeeds } from '../../lazy.ts';

const SEED_REPO = 'https://tuf-repo-cdn.sigstore.dev';
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

const validFor = optional(object({ start: optional(string), end: optional(string) }));
const publicKeyShape = object({ rawBytes: optional(string), keyDetails: optional(string), validFor });
const logShape = object({
  baseUrl: optional(string),
  hashAlgorithm: optional(string),
  publicKey: publicKeyShape,
  logId: object({ keyId: string }),
});
const authorityShape = object({
  uri: optional(string),
  certChain: object({ certificates: listOf(object({ rawBytes: string }), { max: 64 }) }),
  validFor,
});
/**
 * The fields @sigstore/verify reads from a trusted root (sigstore/protobuf-specs
 * protos/sigstore_trustroot.proto). `TrustedRoot.fromJSON` drops a field of the wrong type
 * silently or throws a TypeError deep inside, so the shape is checked first.
 */
const trustedRootShape = object({
  tlogs: optional(listOf(logShape, { max: 256 })),
  ctlogs: optional(listOf(logShape, { max: 256 })),
  certificateAuthorities: optional(listOf(authorityShape, { max: 256 })),
  timestampAuthorities: optional(listOf(authorityShape, { max: 256 })),
});

/** Builds trust material from trusted_root.json content (JSON text or parsed object). */
export function trustMaterialFromJson(json: unknown, where = 'trusted root'): TrustMaterial {
  let value: unknown;
  try {
    value = typeof json === 'string' ? parseJson(json) : json;
    const mediaType = isPlainObject(value) ? value.mediaType : undefined;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot'))
      throw new OmsError(
        'TRUSTED_ROOT_ERROR',
        `${where}: not a Sigstore trusted root (mediaType ${describeValue(mediaType)})`,
      );
    trustedRootShape(value, '');
  } catch (err) {
    if (err instanceof DocumentError) throw new OmsError('TRUSTED_ROOT_ERROR', `${where}: ${err.message}`);
    throw err;
  }
  try {
    return toTrustMaterial(TrustedRoot.fromJSON(value));
  } catch (err) {
    throw new OmsError(
      'TRUSTED_ROOT_ERROR',
      `${where}: not a usable trusted root (${err instanceof Error ? err.message.split('\n')[0] : 'error'})`,
    );
  }
}

/** The public-good trusted_root.json shipped inside `@sigstore/tuf` (a snapshot; see --trusted-root). */
export async function embeddedTrustedRootJson(): Promise<unknown> {
  const mod = (await loadTufSeeds()) as {
    default: Record<string, { targets?: Record<string, string> }>;
  };
  const b64 = mod.default[SEED_REPO]?.targets?.['trusted_root.json'];
  if (!b64) throw new OmsError('TRUSTED_ROOT_ERROR', '@sigstore/tuf seeds.json has no trusted_root.json');
  return JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
}

/** Trust material from `--trusted-root FILE`, or the embedded public-good root when no file is given. */
export async function loadTrustMaterial(path?: string): Promise<TrustMaterial> {
  if (path === undefined)
    return trustMaterialFromJson(await embeddedTrustedRootJson(), 'embedded trusted root');
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_TRUSTED_ROOT_BYTES) throw new OmsError('TRUSTED_ROOT_ERROR', `${path}: too large`);
    text = bytes.toString('utf8');
  } catch (err) {
    if (err instanceof OmsError) throw err;
    throw new OmsError(
      'TRUSTED_ROOT_ERROR',
      `${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  return trustMaterialFromJson(text, path);
}
