import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPolicy, type Policy, type Signer } from '../../src/policy/types.ts';
import { scan } from '../../src/scan.ts';
import { writeLock } from '../../src/verify/lock.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

async function model(): Promise<string> {
  const m = join(dir, `model${n++}`);
  await mkdir(m, { recursive: true });
  await writeFile(join(m, 'config.json'), '{"a":1}');
  await writeFile(join(m, 'notes.txt'), 'plain text notes');
  return m;
}

describe('scan verifies what it finds beside the model', () => {
  it('a modelvet.lock.json: passes, then fails once a file changes', async () => {
    const m = await model();
    await writeLock(m);
    const ok = await scan([m], { jobs: 2 });
    expect(ok.verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    expect(ok.verdict).toBe('pass');
    await writeFile(join(m, 'notes.txt'), 'plain text notez');
    const bad = await scan([m], { jobs: 2 });
    expect(bad.verifications).toMatchObject([{ kind: 'lock', ok: false }]);
    expect(bad.verdict).toBe('fail');
    expect(bad.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => [f.rule, f.path])).toEqual([
      ['verify/digest-mismatch', `${m}/notes.txt`],
    ]);
  });

  it('a SHA256SUMS, and a lock of one file when the scan target is that file', async () => {
    const m = await model();
    await writeFile(
      join(m, 'SHA256SUMS'),
      `${sha('{"a":1}')}  config.json\n${sha('plain text notes')}  notes.txt\n`,
    );
    const r = await scan([m]);
    expect(r.verifications).toMatchObject([{ kind: 'sums', ok: true }]);
    const single = await model();
    await writeLock(join(single, 'config.json'));
    const f = await scan([join(single, 'config.json')]);
    expect(f.verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    await writeFile(join(single, 'config.json'), '{"a":2}');
    expect((await scan([join(single, 'config.json')])).verifications).toMatchObject([
      { kind: 'lock', ok: false },
    ]);
  });

  it('one file of a folder with a folder-wide lock: only that file is compared', async () => {
    const m = await model();
    await writeLock(m, { method: 'shards', shardSize: 4 });
    const one = await scan([join(m, 'notes.txt')]);
    expect(one.verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    expect(one.verifications[0]!.message).toMatch(/4 shards match/);
    await writeFile(join(m, 'notes.txt'), 'plain text notez');
    const bad = await scan([join(m, 'notes.txt')]);
    expect(bad.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => [f.rule, f.path])).toEqual([
      ['verify/digest-mismatch', join(m, 'notes.txt')],
    ]);
    await writeFile(join(m, 'new.txt'), 'x');
    const extra = await scan([join(m, 'new.txt')]);
    expect(extra.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => f.rule)).toEqual([
      'verify/extra-file',
    ]);
  });

  it('never follows a link out of the model folder, even when the lock allows symlinks', async () => {
    const m = await model();
    const secret = join(dir, `secret${n++}`);
    await writeFile(secret, 'not part of the model');
    await symlink('notes.txt', join(m, 'alias.txt'));
    await writeLock(m, { allowSymlinks: true });
    expect((await scan([m])).verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    await rm(join(m, 'alias.txt'));
    await symlink(secret, join(m, 'alias.txt'));
    const r = await scan([m]);
    expect(r.verifications).toMatchObject([{ kind: 'lock', ok: false }]);
    const mine = r.findings.filter((f) => f.rule.startsWith('verify/'));
    expect(mine.map((f) => [f.rule, f.message])).toEqual([
      [
        'verify/unhashable-path',
        expect.stringMatching(/alias\.txt links outside the model folder; not followed/),
      ],
    ]);
    expect(JSON.stringify(mine)).not.toContain(sha('not part of the model'));
    // A checksum file listing the link: the same.
    await rm(join(m, 'modelvet.lock.json'));
    await writeFile(join(m, 'SHA256SUMS'), `${sha('not part of the model')}  alias.txt\n`);
    const s = await scan([m]);
    expect(s.verifications).toMatchObject([{ kind: 'sums', ok: false }]);
    expect(s.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => f.rule)).toContain(
      'verify/unhashable-path',
    );
  });

  it('nothing beside the model: no verification, no finding', async () => {
    const r = await scan([await model()]);
    expect(r.verifications).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('verify/'))).toEqual([]);
  });

  it('a Hugging Face cache repo: blobs checked with the digests the scan computed', async () => {
    const repo = join(dir, `hub${n++}`, 'models--org--m');
    const commit = 'b'.repeat(40);
    await mkdir(join(repo, 'blobs'), { recursive: true });
    await mkdir(join(repo, 'snapshots', commit), { recursive: true });
    await mkdir(join(repo, 'refs'), { recursive: true });
    await writeFile(join(repo, 'blobs', sha('weights')), 'weights');
    await writeFile(join(repo, 'refs', 'main'), commit);
    await symlink(`../../blobs/${sha('weights')}`, join(repo, 'snapshots', commit, 'model.bin'));
    const ok = await scan([repo]);
    expect(ok.verifications).toMatchObject([{ kind: 'hf-cache', ok: true }]);
    await writeFile(join(repo, 'blobs', sha('weights')), 'weightZ');
    const bad = await scan([repo]);
    expect(bad.verifications).toMatchObject([{ kind: 'hf-cache', ok: false }]);
    expect(bad.verdict).toBe('fail');
  });
});

const V = join(SHARED_DIR, 'vectors', 'oms', 'model-transparency', 'scripts', 'tests');
describe.skipIf(!existsSync(V))('scan and model.sig', () => {
  const key = { method: 'key' as const, key: join(V, 'keys', 'certificate', 'signing-key-pub.pem') };
  const chain = {
    method: 'certificate' as const,
    certificateChain: [join(V, 'keys', 'certificate', 'ca-cert.pem')],
  };
  /** The same two as scan()'s `verify.signers` takes them (the policy's Signer type). */
  const signers: Signer[] = [
    { kind: 'certificate-chain', chainPaths: chain.certificateChain },
    { kind: 'key', keyPath: key.key },
  ];

  it('without signers: present but unverified (low), the scan still passes', async () => {
    const r = await scan([join(V, 'v1.1.0-elliptic-key')]);
    expect(r.verifications).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => [f.rule, f.severity])).toEqual([
      ['verify/signature-unverified', 'low'],
    ]);
  });

  it('reads the signers the policy names (policy.verification.signers)', async () => {
    const policy: Policy = {
      ...emptyPolicy('policy.yml', 'explicit'),
      verification: {
        require: 'signature',
        signers: [
          { kind: 'sigstore', identity: 'someone@example.com', issuer: 'https://accounts.example.com' },
          { kind: 'key', keyPath: key.key },
        ],
      },
    };
    const r = await scan([join(V, 'v1.1.0-elliptic-key')], { policy });
    expect(r.verifications).toMatchObject([{ kind: 'signature', ok: true }]);
    expect(r.verifications[0]!.message).toMatch(/^signature by key e8450dec/);
  });

  it('with signers from verify.signers: verified by whichever signer matches; tampering fails', async () => {
    const r = await scan([join(V, 'v1.1.0-elliptic-key')], {
      verify: { signers },
    });
    expect(r.verifications).toMatchObject([{ kind: 'signature', ok: true }]);
    const m = join(dir, `signed${n++}`);
    await cp(join(V, 'v1.1.0-elliptic-key'), m, { recursive: true });
    await chmod(m, 0o755);
    for (const f of await readdir(m)) await chmod(join(m, f), 0o644);
    await writeFile(join(m, 'signme-2'), 'signme-3');
    const bad = await scan([m], { verify: { signers } });
    expect(bad.verifications).toMatchObject([{ kind: 'signature', ok: false }]);
    expect(bad.verifications[0]!.message).toMatch(/is valid, but .*1 changed \(signme-2\)/);
    expect(bad.findings.filter((f) => f.rule.startsWith('verify/')).map((f) => f.rule)).toEqual([
      'verify/digest-mismatch',
    ]);
  });
});
