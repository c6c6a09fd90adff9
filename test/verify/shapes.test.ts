/**
 * The JSON documents modelvet reads for itself are checked against their shapes before use: a
 * field of the wrong type is named with what was found there, never `undefined` or `[object Object]`
 * (issue: an Ollama layer without a digest, lock fields of the wrong type).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatement, StatementError } from '../../src/verify/manifest-statement.ts';
import { parseBundle } from '../../src/verify/oms/bundle.ts';
import { trustMaterialFromJson } from '../../src/verify/oms/trusted-root.ts';
import { verifyOllama } from '../../src/verify/ollama.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const BAD_TEXT = /found undefined|\bundefined is\b|\[object Object\]|Unexpected token|is not valid JSON/;

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function statement(predicate: unknown): string {
  return JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'm', digest: { sha256: 'a'.repeat(64) } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate,
  });
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
}

describe('lock files and OMS statements', () => {
  it.each([
    [
      { serialization: { method: {}, hash_type: 'sha256' }, resources: [] },
      'predicate.serialization.method must be "files" or "shards", found an object',
    ],
    [
      { serialization: { method: 'files', hash_type: ['sha256'] }, resources: [] },
      'predicate.serialization.hash_type must be "sha256" or "blake2b" or "blake3", found a list of 1',
    ],
    [
      { serialization: { method: 'shards', hash_type: 'sha256', shard_size: '9' }, resources: [] },
      'predicate.serialization.shard_size must be a whole number of at least 1, found "9"',
    ],
    [
      {
        serialization: { method: 'files', hash_type: 'sha256' },
        resources: [{ name: 'a', algorithm: 'sha256', digest: { x: 1 } }],
      },
      'predicate.resources[0].digest must be a hex digest, found an object',
    ],
    [
      {
        serialization: { method: 'files', hash_type: 'sha256' },
        resources: [{ algorithm: 'sha256', digest: 'ab' }],
      },
      'predicate.resources[0].name must be a non-empty string, found nothing',
    ],
  ])('names the field: %j', (predicate, message) => {
    expect(reason(() => parseStatement(statement(predicate)))).toBe(message);
  });

  it('never throws anything but a StatementError, and never quotes undefined or [object Object]', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (predicate) => {
        try {
          parseStatement(statement(predicate));
        } catch (err) {
          expect(err).toBeInstanceOf(StatementError);
          expect((err as Error).message).not.toMatch(BAD_TEXT);
        }
      }),
    );
  });
});

describe('Ollama manifests', () => {
  it('a layer without a digest is named, not "undefined"', async () => {
    const root = join(dir, 'ollama');
    await mkdir(join(root, 'manifests', 'registry.ollama.ai', 'library', 'm'), { recursive: true });
    await mkdir(join(root, 'blobs'), { recursive: true });
    await writeFile(
      join(root, 'manifests', 'registry.ollama.ai', 'library', 'm', 'latest'),
      JSON.stringify({
        schemaVersion: 2,
        layers: [{ mediaType: 'application/vnd.ollama.image.model', size: 3 }],
      }),
    );
    const out = await verifyOllama(root);
    const messages = out.findings.map((f) => f.message);
    expect(messages).toEqual([
      'Ollama manifest manifests/registry.ollama.ai/library/m/latest: layers[0].digest must be a sha256:<64 hex> digest, found nothing',
    ]);
    expect(out.verifications[0]!.ok).toBe(false);
  });
});

describe('signature bundles and trusted roots', () => {
  it('a wrong mediaType type is described, not stringified', () => {
    expect(reason(() => parseBundle(JSON.stringify({ mediaType: { a: 1 } })))).toBe(
      'the bundle has no mediaType',
    );
    expect(reason(() => parseBundle('{"mediaType": "x'))).toMatch(/^the signature file is not JSON \(/);
  });

  it('a trusted root whose fields have the wrong types is a TRUSTED_ROOT_ERROR naming the field', () => {
    const root = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: 'x' };
    expect(reason(() => trustMaterialFromJson(root))).toBe('trusted root: tlogs must be a list, found "x"');
    const noKey = { ...root, tlogs: [{ baseUrl: 'https://r', logId: { keyId: 'k' } }] };
    expect(reason(() => trustMaterialFromJson(noKey))).toBe(
      'trusted root: tlogs[0].publicKey must be an object, found nothing',
    );
    expect(reason(() => trustMaterialFromJson({ mediaType: 7 }))).toBe(
      'trusted root: not a Sigstore trusted root (mediaType 7)',
    );
  });
});
