/**
 * `modelvet sign --key` → verify round trips on every OMS curve, the bundle layout model_signing
 * 1.1 writes, and what a tampered model looks like after signing.
 */
import { createPublicKey } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { verifyAgainstResources } from '../../src/verify/manifest-check.ts';
import type { OmsError } from '../../src/verify/oms/errors.ts';
import { keyHint } from '../../src/verify/oms/keys.ts';
import { verifyOmsSignatureFile } from '../../src/verify/oms/verify.ts';
import { signModel } from '../../src/verify/sign.ts';
import { makeTmpDir } from '../helpers/tmp.ts';
import { fix, fixText, makeModel, payloadOf } from './oms/helpers.ts';

let dir: string;
let model: string;
beforeEach(async () => {
  dir = await makeTmpDir();
  model = await makeModel(join(dir, 'model'), {
    'config.json': '{"hidden_size": 8}',
    'weights/part-1.bin': 'AAAAAAAAAAAAAAAAAAAA',
    'weights/part-2.bin': 'BBBBBBBB',
    '.gitattributes': '*.bin filter=lfs',
  });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function verifyFolder(sig: string, pub: string, m = model) {
  const r = await verifyOmsSignatureFile(sig, { method: 'key', key: fix(pub) });
  const outcome = await verifyAgainstResources(m, r, { kind: 'signature', source: sig, sourcePath: sig });
  return { r, outcome };
}

describe('sign --key → verify --key', () => {
  it.each([
    ['p256', 'P-256'],
    ['p384', 'P-384'],
    ['p521', 'P-521'],
  ])('%s round trip', async (name, curve) => {
    const s = await signModel(model, { key: fix(`${name}-key.pem`) });
    expect(s.signaturePath).toBe(join(model, 'model.sig'));
    expect(s.resources.map((r) => r.name)).toEqual([
      'config.json',
      'weights/part-1.bin',
      'weights/part-2.bin',
    ]);
    const { r, outcome } = await verifyFolder(s.signaturePath, `${name}-pub.pem`);
    expect(r.signer.curve).toBe(curve);
    expect(r.statement.rootDigest).toBe(s.rootDigest);
    expect(outcome.verification.ok).toBe(true);
  });

  it('writes the model_signing 1.1 layout: v0.3 bundle, hint = SHA-256 of the canonical PEM, recorded ignores', async () => {
    const s = await signModel(model, { key: fix('p384-key.pem') });
    const b = JSON.parse(await readFile(s.signaturePath, 'utf8'));
    expect(b.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(b.verificationMaterial).toEqual({ publicKey: { hint: s.keyHint }, tlogEntries: [] });
    expect(s.keyHint).toBe(keyHint(createPublicKey(fixText('p384-pub.pem'))));
    expect(b.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(b.dsseEnvelope.signatures).toEqual([{ sig: expect.any(String), keyid: '' }]);
    const st = JSON.parse(payloadOf(JSON.stringify(b)).toString());
    expect(st.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(st.subject).toEqual([{ name: 'model', digest: { sha256: s.rootDigest } }]);
    expect(st.predicate.serialization.ignore_paths).toEqual([
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'model.sig',
    ]);
  });

  it('a single-file model gets resource "." and the signature beside it', async () => {
    const file = join(model, 'config.json');
    const s = await signModel(file, { key: fix('p256-key.pem'), signature: join(dir, 'config.sig') });
    expect(s.resources.map((r) => r.name)).toEqual(['.']);
    const { outcome } = await verifyFolder(s.signaturePath, 'p256-pub.pem', file);
    expect(outcome.verification.ok).toBe(true);
  });

  it('shards mode round trips', async () => {
    const s = await signModel(model, { key: fix('p256-key.pem'), method: 'shards', shardSize: 8 });
    expect(s.resources.map((r) => r.name)).toContain('weights/part-1.bin:16:20');
    const { r, outcome } = await verifyFolder(s.signaturePath, 'p256-pub.pem');
    expect(r.serialization).toMatchObject({ method: 'shards', shardSize: 8 });
    expect(outcome.verification.ok).toBe(true);
  });

  it('after signing, one byte changed, a file removed, added or renamed each fail naming the file', async () => {
    const s = await signModel(model, { key: fix('p384-key.pem') });
    const check = async () => (await verifyFolder(s.signaturePath, 'p384-pub.pem')).outcome.verification;

    await writeFile(join(model, 'weights/part-2.bin'), 'BBBBBBBC');
    expect((await check()).message).toMatch(/part-2\.bin/);
    await writeFile(join(model, 'weights/part-2.bin'), 'BBBBBBBB');
    expect((await check()).ok).toBe(true);

    await writeFile(join(model, 'extra.py'), 'import os');
    expect((await check()).message).toMatch(/extra\.py/);
    await rm(join(model, 'extra.py'));

    await rename(join(model, 'config.json'), join(model, 'config2.json'));
    const renamed = await check();
    expect(renamed.ok).toBe(false);
    expect(renamed.message).toMatch(/config\.json/);
    await rename(join(model, 'config2.json'), join(model, 'config.json'));

    await rm(join(model, 'weights/part-1.bin'));
    expect((await check()).message).toMatch(/part-1\.bin/);
  });

  it('refuses a public key, an unsupported key, both or neither of --key/--sigstore, and symlinks', async () => {
    const code = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as OmsError).code;
    expect(await code(signModel(model, { key: fix('p256-pub.pem') }))).toBe('KEY_ERROR');
    expect(await code(signModel(model, {}))).toBe('USAGE_ERROR');
    expect(await code(signModel(model, { key: fix('p256-key.pem'), sigstore: true }))).toBe('USAGE_ERROR');
    expect(await code(signModel(join(dir, 'nope'), { key: fix('p256-key.pem') }))).toBe('USAGE_ERROR');
    const { symlink } = await import('node:fs/promises');
    await symlink(join(model, 'config.json'), join(model, 'link.json'));
    expect(await code(signModel(model, { key: fix('p256-key.pem') }))).toBe('SIGNING_ERROR');
    const ok = await signModel(model, { key: fix('p256-key.pem'), allowSymlinks: true });
    expect(ok.resources.map((r) => r.name)).toContain('link.json');
  });
});

describe('modelvet sign (CLI)', () => {
  const run = (...argv: string[]) => runCli(argv);

  it('signs with --key and prints one line; the bundle verifies', async () => {
    const r = await run('sign', model, '--key', fix('p521-key.pem'), '--ignore-paths', '.gitattributes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^wrote .*model\.sig: 3 files, root sha256:[0-9a-f]{64}, signed with key [0-9a-f]{16}…\n$/,
    );
    const { outcome } = await verifyFolder(join(model, 'model.sig'), 'p521-pub.pem');
    expect(outcome.verification.ok).toBe(true);
  });

  it('round trip through the CLI: sign --key, verify --key passes (0), a changed file fails (1)', async () => {
    expect((await run('sign', model, '--key', fix('p256-key.pem'))).code).toBe(0);
    const ok = await run('verify', model, '--key', fix('p256-pub.pem'));
    expect(ok.code).toBe(0);
    await writeFile(join(model, 'config.json'), '{"hidden_size": 9}');
    const bad = await run('verify', model, '--key', fix('p256-pub.pem'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/config\.json/);
    const wrongKey = await run('verify', model, '--key', fix('p384-pub.pem'));
    expect(wrongKey.code).toBe(1);
  });

  it('usage errors exit 2 with a one-line message', async () => {
    const r = await run('sign', model);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^modelvet: sign needs exactly one of --key PEM and --sigstore\n$/);
    const bad = await run('sign', model, '--key', fix('p256-key.pem'), '--method', 'blocks');
    expect(bad.code).toBe(2);
  });
});
