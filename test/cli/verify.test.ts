import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { main } from '../../src/cli/main.ts';
import type { Report } from '../../src/core/report.ts';
import { verifyPath } from '../../src/verify/verify-path.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv);

async function model(): Promise<string> {
  const m = join(dir, `model${n++}`);
  await mkdir(join(m, 'sub'), { recursive: true });
  await writeFile(join(m, 'config.json'), '{"a":1}');
  await writeFile(join(m, 'weights.bin'), Buffer.alloc(100, 3));
  await writeFile(join(m, 'sub', 'tok.json'), '{}');
  return m;
}

describe('modelvet lock / verify --lock', () => {
  it('round-trips through the CLI, and reports tampering in the JSON verifications section', async () => {
    const m = await model();
    const lock = await run('lock', m, '--jobs', '2');
    expect(lock.code).toBe(0);
    expect(lock.out).toMatch(/wrote .*modelvet\.lock\.json: 3 files of model\d+, root sha256:[0-9a-f]{64}/);
    const ok = await run('verify', m, '--lock', join(m, 'modelvet.lock.json'), '--format', 'json');
    expect(ok.code).toBe(0);
    const okReport = JSON.parse(ok.out) as Report;
    expect(okReport.verdict).toBe('pass');
    expect(okReport.verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    // Found automatically too.
    expect((await run('verify', m)).code).toBe(0);
    await writeFile(join(m, 'weights.bin'), Buffer.alloc(100, 4));
    const bad = await run('verify', m, '--format', 'json');
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out) as Report;
    expect(report.verifications[0]).toMatchObject({ kind: 'lock', ok: false });
    expect(report.findings.map((f) => f.rule)).toEqual(['verify/digest-mismatch']);
  });

  it('writes where -o says, in shard mode, and verifies it', async () => {
    const m = await model();
    const out = join(dir, `l${n}.json`);
    const lock = await run('lock', m, '-o', out, '--shard-size', '32');
    expect(lock.code).toBe(0);
    expect(lock.out).toMatch(/6 shards/);
    expect(JSON.parse(await readFile(out, 'utf8')).predicate.serialization.shard_size).toBe(32);
    const human = await run('verify', m, '--lock', out);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/VERIFIED lock .*6 shards match/);
  });

  it('locks with blake2b and verifies it', async () => {
    const m = await model();
    expect((await run('lock', m, '--hash-type', 'blake2b')).code).toBe(0);
    const lock = JSON.parse(await readFile(join(m, 'modelvet.lock.json'), 'utf8'));
    expect(lock.predicate.resources[0].digest).toMatch(/^[0-9a-f]{128}$/);
    expect((await run('verify', m)).code).toBe(0);
    await writeFile(join(m, 'config.json'), '{"a":2}');
    expect((await run('verify', m)).code).toBe(1);
  });

  it('shows a progress line on a terminal only, and clears it', async () => {
    const m = await model();
    await run('lock', m);
    let err = '';
    const code = await main(['verify', m], {
      stdout: () => {},
      stderr: (s) => {
        err += s;
      },
      stdoutIsTty: false,
      stderrIsTty: true,
      env: {},
    });
    expect(code).toBe(0);
    expect(err).toMatch(/^\r\x1b\[2Kverifying: .* hashed, .*\/s/);
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
    expect((await run('verify', m)).err).toBe('');
  });

  it('usage errors exit 2 with one line', async () => {
    const m = await model();
    for (const argv of [
      ['verify', m],
      ['verify', join(dir, 'nope')],
      ['lock', m, '--method', 'tree'],
      ['lock', m, '--hash-type', 'md5'],
      ['verify', m, '--lock', join(m, 'absent.json')],
      ['lock', m, '--hash-type', 'blake3', '--method', 'shards'],
      ['verify', m, '--signature', join(m, 'model.sig')],
      ['verify', m, '--identity', 'a@b.c'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a symlinked folder is refused by lock unless --allow-symlinks', async () => {
    const m = await model();
    await symlink('weights.bin', join(m, 'alias.bin'));
    expect((await run('lock', m)).code).toBe(2);
    expect((await run('lock', m, '--allow-symlinks')).code).toBe(0);
    expect((await run('verify', m)).code).toBe(0);
  });
});

describe('modelvet verify --sums and stores', () => {
  it('verifies a SHA256SUMS file given or found', async () => {
    const m = await model();
    const { createHash } = await import('node:crypto');
    const h = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
    await writeFile(
      join(m, 'SHA256SUMS'),
      `${h('{"a":1}')}  config.json\n${h(Buffer.alloc(100, 3))}  weights.bin\n${h('{}')}  sub/tok.json\n`,
    );
    expect((await run('verify', m, '--sums', join(m, 'SHA256SUMS'))).code).toBe(0);
    expect((await run('verify', m)).code).toBe(0);
    await rm(join(m, 'sub', 'tok.json'));
    const r = await run('verify', m);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/verify\/missing-file/);
  });

  it('a partial SHA256SUMS (only the weights, as Hugging Face publishes) checks what it lists', async () => {
    const m = await model();
    const { createHash } = await import('node:crypto');
    const h = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
    await writeFile(join(dir, 'WEIGHTS.SUMS'), `${h(Buffer.alloc(100, 3))}  weights.bin\n`);
    const r = await run('verify', m, '--sums', join(dir, 'WEIGHTS.SUMS'), '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.verifications).toMatchObject([{ kind: 'sums', ok: true }]);
    expect(report.verifications[0]!.message).toMatch(/1 file matches .*WEIGHTS\.SUMS; 2 files not listed$/);
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['verify/extra-file', 'low', `${m}/config.json`],
      ['verify/extra-file', 'low', `${m}/sub/tok.json`],
    ]);
    const tolerant = await run(
      'verify',
      m,
      '--sums',
      join(dir, 'WEIGHTS.SUMS'),
      '--ignore-unsigned-files',
      '--format',
      'json',
    );
    expect((JSON.parse(tolerant.out) as Report).findings).toEqual([]);
    // A listed file that changed still fails.
    await writeFile(join(m, 'weights.bin'), Buffer.alloc(100, 9));
    expect((await run('verify', m, '--sums', join(dir, 'WEIGHTS.SUMS'))).code).toBe(1);
  });

  it('options about listed files are refused for a store, never ignored', async () => {
    const repo = join(dir, `hubopt${n++}`, 'models--a--b');
    await mkdir(join(repo, 'blobs'), { recursive: true });
    await mkdir(join(repo, 'snapshots'), { recursive: true });
    const r = await run('verify', repo, '--ignore-paths', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--ignore-paths does not apply to a Hugging Face cache/);
  });

  it('detects a Hugging Face cache repo and an Ollama store', async () => {
    const { createHash } = await import('node:crypto');
    const repo = join(dir, `hub${n++}`, 'models--a--b');
    const content = 'weights';
    const hex = createHash('sha256').update(content).digest('hex');
    await mkdir(join(repo, 'blobs'), { recursive: true });
    await mkdir(join(repo, 'snapshots', 'c'.repeat(40)), { recursive: true });
    await mkdir(join(repo, 'refs'), { recursive: true });
    await writeFile(join(repo, 'blobs', hex), content);
    await writeFile(join(repo, 'refs', 'main'), 'c'.repeat(40));
    await symlink(`../../blobs/${hex}`, join(repo, 'snapshots', 'c'.repeat(40), 'model.bin'));
    const ok = await run('verify', repo, '--format', 'json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as Report).verifications[0]!.kind).toBe('hf-cache');
    await writeFile(join(repo, 'blobs', hex), 'weightz');
    expect((await run('verify', join(repo, '..'))).code).toBe(1);

    const ollama = join(dir, `ollama${n++}`);
    await mkdir(join(ollama, 'blobs'), { recursive: true });
    await mkdir(join(ollama, 'manifests', 'registry.ollama.ai', 'library', 'x'), { recursive: true });
    await writeFile(join(ollama, 'blobs', `sha256-${hex}`), content);
    await writeFile(
      join(ollama, 'manifests', 'registry.ollama.ai', 'library', 'x', 'latest'),
      JSON.stringify({
        schemaVersion: 2,
        layers: [{ mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${hex}`, size: 7 }],
      }),
    );
    const o = await run('verify', ollama);
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/VERIFIED ollama/);
  });
});

const V = join(SHARED_DIR, 'vectors', 'oms', 'model-transparency', 'scripts', 'tests');
const KEYS = join(V, 'keys', 'certificate');
describe.skipIf(!existsSync(V))('signatures: the signed statement compared with the files', () => {
  const key = { method: 'key' as const, key: join(KEYS, 'signing-key-pub.pem') };
  const chain = { method: 'certificate' as const, certificateChain: [join(KEYS, 'ca-cert.pem')] };

  async function copy(name: string): Promise<string> {
    const to = join(dir, `${name}-${n++}`);
    await cp(join(V, name), to, { recursive: true });
    const { chmod, readdir } = await import('node:fs/promises');
    await chmod(to, 0o755);
    for (const f of await readdir(to)) await chmod(join(to, f), 0o644);
    return to;
  }

  it('passes the untouched vectors, with recorded and given ignore paths', async () => {
    for (const [name, trust, ignore] of [
      ['v1.1.0-elliptic-key', key, []],
      ['v1.1.0-certificate', chain, []],
      ['v1.0.1-elliptic-key', key, ['ignore-me']],
      ['v0.3.1-certificate', chain, []],
      ['v0.2.0-certificate', chain, []],
    ] as const) {
      const r = await verifyPath(join(V, name), { trust, ignorePaths: [...ignore] });
      expect(r.verifications[0]!.ok, `${name}: ${r.verifications[0]!.message}`).toBe(true);
      expect(r.findings).toEqual([]);
    }
    const single = await verifyPath(join(V, 'v1.0.0-elliptic-key', 'signme-1'), { trust: key });
    expect(single.verifications[0]!.ok).toBe(true);
    const withoutIgnore = await verifyPath(join(V, 'v1.0.1-certificate'), { trust: chain });
    expect(withoutIgnore.findings.map((f) => f.rule)).toEqual(['verify/extra-file']);
    const unsigned = await verifyPath(join(V, 'v1.0.1-certificate'), {
      trust: chain,
      ignoreUnsignedFiles: true,
    });
    expect(unsigned.verifications[0]!.ok).toBe(true);
  });

  it.each([
    [
      'one byte changed',
      async (m: string) => writeFile(join(m, 'signme-1'), 'signme-1\r'),
      ['verify/digest-mismatch'],
      /1 changed \(signme-1\)/,
    ],
    [
      'a file removed',
      async (m: string) => rm(join(m, 'signme-2')),
      ['verify/missing-file'],
      /1 missing \(signme-2\)/,
    ],
    [
      'a file added',
      async (m: string) => writeFile(join(m, 'payload.pkl'), 'x'),
      ['verify/extra-file'],
      /1 unexpected \(payload\.pkl\)/,
    ],
    [
      'a file renamed',
      async (m: string) => rename(join(m, 'signme-2'), join(m, 'signme-3')),
      ['verify/extra-file', 'verify/missing-file'],
      /1 missing \(signme-2\); 1 unexpected \(signme-3\)/,
    ],
  ])('%s fails with a one-line reason naming the file', async (_name, tamper, rules, why) => {
    const m = await copy('v1.1.0-elliptic-key');
    await tamper(m);
    const r = await verifyPath(m, { trust: key });
    const v = r.verifications[0]!;
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/^signature by key e8450dec4eb99dae… is valid, but /);
    expect(v.message).toMatch(why);
    expect(v.message).not.toMatch(/\n/);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(rules);
  });

  it('a bad signature is verify/signature-invalid, never a pass', async () => {
    const m = await copy('v1.1.0-elliptic-key');
    const sig = JSON.parse(await readFile(join(m, 'model.sig'), 'utf8'));
    const payload = Buffer.from(sig.dsseEnvelope.payload, 'base64')
      .toString('utf8')
      .replace('signme-2', 'signme-X');
    sig.dsseEnvelope.payload = Buffer.from(payload).toString('base64');
    await writeFile(join(m, 'model.sig'), JSON.stringify(sig));
    const r = await verifyPath(m, { trust: key });
    expect(r.verifications[0]!.ok).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(['verify/signature-invalid']);
  });

  it('the CLI verifies with --key and the other flows', async () => {
    expect(
      (await run('verify', join(V, 'v1.1.0-elliptic-key'), '--key', join(KEYS, 'signing-key-pub.pem'))).code,
    ).toBe(0);
    const wrongKey = await run(
      'verify',
      join(V, 'v1.1.0-certificate'),
      '--key',
      join(KEYS, 'signing-key-pub.pem'),
    );
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toMatch(/verify\/signature-invalid/);
    const found = await run('verify', join(V, 'v1.1.0-sigstore'));
    expect(found.code).toBe(2);
    expect(found.err).toMatch(/model\.sig found .* pass --identity and --issuer/);
  });
});
