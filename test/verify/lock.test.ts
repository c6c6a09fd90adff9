import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { terminalText } from '../../src/core/sanitize.ts';
import { LOCK_FILE_NAME, verifyLock, writeLock } from '../../src/verify/lock.ts';
import { verifySums } from '../../src/verify/sums.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

let dir: string;
let n = 0;
let model: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const bytes = (len: number, seed: number) => {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
};

beforeEach(async () => {
  model = join(dir, `m${n++}`);
  await mkdir(join(model, 'sub'), { recursive: true });
  await writeFile(join(model, 'config.json'), '{"a":1}');
  await writeFile(join(model, 'weights.bin'), bytes(40, 1));
  await writeFile(join(model, 'sub', 'tokenizer.json'), '{"t":2}');
  await mkdir(join(model, '.git'), { recursive: true });
  await writeFile(join(model, '.git', 'HEAD'), 'ref');
});

const rules = (o: { findings: { rule: string }[] }) => o.findings.map((f) => f.rule).sort();

describe('lock → verify --lock', () => {
  it('round-trips a folder: the lock records the serialization and leaves itself and .git out', async () => {
    const { path, manifest } = await writeLock(model, { jobs: 2 });
    expect(path).toBe(join(model, LOCK_FILE_NAME));
    expect(manifest.resources.map((r) => r.name)).toEqual([
      'config.json',
      'sub/tokenizer.json',
      'weights.bin',
    ]);
    const lock = JSON.parse(await readFile(path, 'utf8'));
    expect(lock.predicate.serialization).toMatchObject({ method: 'files', hash_type: 'sha256' });
    expect(lock.predicate.serialization.ignore_paths).toContain(LOCK_FILE_NAME);
    const out = await verifyLock(model, path);
    expect(out.findings).toEqual([]);
    expect(out.verification.ok).toBe(true);
    expect(out.verification.message).toMatch(/3 files match/);
    // Locking again gives the same lock (the existing lock is not hashed into it).
    const again = await writeLock(model);
    expect(again.manifest.rootDigest).toBe(manifest.rootDigest);
  });

  it('round-trips a single file and a shard-mode lock', async () => {
    const file = join(model, 'weights.bin');
    const out = join(dir, `single-${n}.lock.json`);
    await writeLock(file, { output: out });
    expect((await verifyLock(file, out)).verification.ok).toBe(true);
    // The OMS spec names a single file by its base name instead of `.`: accepted too.
    const spec = JSON.parse(await readFile(out, 'utf8'));
    spec.predicate.resources[0].name = 'weights.bin';
    await writeFile(out, JSON.stringify(spec));
    expect((await verifyLock(file, out)).verification.ok).toBe(true);
    await writeFile(file, 'changed');
    expect(rules(await verifyLock(file, out))).toEqual(['verify/digest-mismatch']);
    await writeFile(file, bytes(40, 1));
    const sharded = join(dir, `sharded-${n}.lock.json`);
    const { manifest } = await writeLock(model, { output: sharded, method: 'shards', shardSize: 16 });
    expect(manifest.resources.map((r) => r.name)).toContain('weights.bin:32:40');
    expect((await verifyLock(model, sharded)).verification.ok).toBe(true);
    // OMS spec signers write the plain hash name as a shard's algorithm: accepted; anything else is not.
    const lock = JSON.parse(await readFile(sharded, 'utf8'));
    for (const r of lock.predicate.resources) r.algorithm = 'sha256';
    await writeFile(sharded, JSON.stringify(lock));
    expect((await verifyLock(model, sharded)).verification.ok).toBe(true);
    lock.predicate.resources[0].algorithm = 'sha256-sharded-99';
    await writeFile(sharded, JSON.stringify(lock));
    expect(rules(await verifyLock(model, sharded))).toEqual(['verify/digest-mismatch']);
  });

  it('one byte changed → verify/digest-mismatch naming the file, expected vs actual', async () => {
    const { path } = await writeLock(model);
    const w = bytes(40, 1);
    w[17] = (w[17]! + 1) & 0xff;
    await writeFile(join(model, 'weights.bin'), w);
    const out = await verifyLock(model, path);
    expect(out.verification.ok).toBe(false);
    expect(rules(out)).toEqual(['verify/digest-mismatch']);
    expect(out.findings[0]!.path).toBe(join(model, 'weights.bin'));
    expect(out.findings[0]!.evidence).toMatchObject({
      expected: createHash('sha256').update(bytes(40, 1)).digest('hex'),
      actual: createHash('sha256').update(w).digest('hex'),
    });
    expect(out.verification.message).toMatch(/1 changed \(weights\.bin\)/);
    expect(out.verification.message).not.toMatch(/\n/);
  });

  it('file removed → verify/missing-file; file added → verify/extra-file', async () => {
    const { path } = await writeLock(model);
    await rm(join(model, 'sub', 'tokenizer.json'));
    await writeFile(join(model, 'payload.pkl'), 'x');
    const out = await verifyLock(model, path);
    expect(rules(out)).toEqual(['verify/extra-file', 'verify/missing-file']);
    expect(out.verification.message).toMatch(
      /1 missing \(sub\/tokenizer\.json\); 1 unexpected \(payload\.pkl\)/,
    );
  });

  it('file renamed → missing + extra, the messages say renamed', async () => {
    const { path } = await writeLock(model);
    await rename(join(model, 'config.json'), join(model, 'config2.json'));
    const out = await verifyLock(model, path);
    expect(rules(out)).toEqual(['verify/extra-file', 'verify/missing-file']);
    expect(out.findings.map((f) => f.message).join('\n')).toMatch(/now at config2\.json: renamed/);
  });

  it('shard reordered → verify/wrong-shard; a grown file → wrong-shard naming the size', async () => {
    const { path } = await writeLock(model, {
      output: join(dir, `s-${n}.json`),
      method: 'shards',
      shardSize: 16,
    });
    const w = bytes(40, 1);
    const swapped = Buffer.concat([w.subarray(16, 32), w.subarray(0, 16), w.subarray(32)]);
    await writeFile(join(model, 'weights.bin'), swapped);
    const out = await verifyLock(model, path);
    expect(rules(out)).toEqual(['verify/wrong-shard', 'verify/wrong-shard']);
    expect(out.findings[0]!.message).toMatch(
      /shard weights\.bin:0:16 holds the bytes .* records for weights\.bin:16:32/,
    );
    await appendFile(join(model, 'weights.bin'), 'more');
    const grown = await verifyLock(model, path);
    expect(rules(grown)).toEqual(['verify/wrong-shard']);
    expect(grown.findings[0]!.message).toMatch(/44 bytes, its shards cover 40/);
  });

  it('symlinks: a link in a folder locked without symlinks fails verification', async () => {
    const { path } = await writeLock(model);
    const { symlink } = await import('node:fs/promises');
    await symlink('weights.bin', join(model, 'link.bin'));
    const out = await verifyLock(model, path);
    expect(rules(out)).toEqual(['verify/unhashable-path']);
    await expect(writeLock(model, { output: join(dir, 'x.json') })).rejects.toThrow(
      /link\.bin.*--allow-symlinks/,
    );
  });

  it('a lock edited by hand, a broken lock and a missing lock fail with one line', async () => {
    const { path } = await writeLock(model);
    const text = await readFile(path, 'utf8');
    const digest = JSON.parse(text).predicate.resources[0].digest as string;
    await writeFile(path, text.replace(digest, '0'.repeat(64)));
    const edited = await verifyLock(model, path);
    expect(edited.verification.ok).toBe(false);
    expect(rules(edited)).toEqual(['verify/invalid-manifest']);
    expect(edited.verification.message).toMatch(/inconsistent/);
    const all = JSON.parse(text);
    all.predicate.serialization.ignore_paths = ['./'];
    all.predicate.resources = [];
    all.subject[0].digest.sha256 = createHash('sha256').digest('hex');
    await writeFile(path, JSON.stringify(all));
    expect((await verifyLock(model, path)).verification.message).toMatch(/leave out the whole model/);
    await writeFile(path, '{"_type": 1');
    expect((await verifyLock(model, path)).verification.message).toMatch(/not JSON/);
    const gone = await verifyLock(model, join(dir, 'nope.json'));
    expect(gone.verification.message).toMatch(/no such file/);
  });

  it('a hostile file name cannot forge report lines', async () => {
    const { path } = await writeLock(model);
    await writeFile(join(model, 'x\nVERIFIED lock  all good'), 'x');
    const out = await verifyLock(model, path);
    expect(rules(out)).toEqual(['verify/extra-file']);
    // Findings keep the name raw; every reporter escapes it on the way out (src/core/sanitize.ts).
    expect(out.findings[0]!.message.startsWith('x\nVERIFIED lock  all good is not recorded')).toBe(true);
    expect(terminalText(out.findings[0]!.message)).toMatch(/^x\\nVERIFIED lock {2}all good is not recorded/);
    expect(terminalText(out.verification.message)).not.toMatch(/\n/);
  });

  it('caps findings for a folder full of stray files; the details still list them all', async () => {
    const { path } = await writeLock(model);
    await mkdir(join(model, 'junk'));
    await Promise.all(Array.from({ length: 1500 }, (_, i) => writeFile(join(model, 'junk', `f${i}`), '')));
    const out = await verifyLock(model, path);
    expect(out.findings).toHaveLength(1000);
    expect(out.findings.at(-1)!.message).toMatch(/and 500 more differences/);
    expect((out.verification.details!.extra as unknown[]).length).toBe(1500);
    expect(out.verification.message).toMatch(/1500 unexpected \(junk\/f0, .* and 1495 more\)/);
  });

  it('a hostile lock asking for millions of tiny shards is refused, not hashed', async () => {
    const { truncate } = await import('node:fs/promises');
    await truncate(join(model, 'weights.bin'), 64 * 1024 * 1024);
    const path = join(dir, `tiny-${n}.json`);
    await writeLock(model, { output: path, method: 'shards', shardSize: 64 * 1024 * 1024 });
    const lock = JSON.parse(await readFile(path, 'utf8'));
    lock.predicate.serialization.shard_size = 1;
    await writeFile(path, JSON.stringify(lock));
    const t0 = performance.now();
    const out = await verifyLock(model, path);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(rules(out)).toEqual(['verify/invalid-manifest']);
    expect(out.verification.message).toMatch(/cuts this model into \d+ shards/);
  });

  it('--ignore-paths leaves files out', async () => {
    const { path } = await writeLock(model);
    await writeFile(join(model, 'notes.txt'), 'x');
    expect((await verifyLock(model, path, { ignorePaths: ['notes.txt'] })).verification.ok).toBe(true);
  });
});

const GOLDEN = join(SHARED_DIR, 'vectors', 'oms', 'model-transparency');
describe.skipIf(!existsSync(GOLDEN))('model_signing statements used as lock files', () => {
  it('verifies the sample model against its files, shards and small-shards goldens', async () => {
    const payloads = join(GOLDEN, 'tests', '_signing', 'testdata', 'signing', 'TestPayload');
    for (const v of [
      'sample_model_folder',
      'sample_model_folder_shard',
      'sample_model_folder_small_shards',
    ]) {
      const out = await verifyLock(join(GOLDEN, 'fixtures', 'sample_model'), join(payloads, v));
      expect(out.verification.ok, out.verification.message).toBe(true);
    }
    const wrong = await verifyLock(
      join(GOLDEN, 'fixtures', 'deep_model'),
      join(payloads, 'sample_model_folder'),
    );
    expect(wrong.verification.ok).toBe(false);
  });
});

describe('verify --sums', () => {
  const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
  const sums = () =>
    `${sha('{"a":1}')}  config.json\n${sha(bytes(40, 1))} *./weights.bin\n${sha('{"t":2}')}  sub/tokenizer.json\n`;

  it('passes a sha256sum file and fails each kind of tampering', async () => {
    await writeFile(join(model, 'SHA256SUMS'), sums());
    const ok = await verifySums(model, join(model, 'SHA256SUMS'));
    expect(ok.findings).toEqual([]);
    expect(ok.verification.ok).toBe(true);
    await writeFile(join(model, 'weights.bin'), bytes(40, 2));
    await rm(join(model, 'config.json'));
    await writeFile(join(model, 'extra.py'), 'import os');
    const bad = await verifySums(model, join(model, 'SHA256SUMS'));
    expect(rules(bad)).toEqual(['verify/digest-mismatch', 'verify/extra-file', 'verify/missing-file']);
  });

  it('reads BSD tag lines, sha512, and reports malformed and escaping lines', async () => {
    const sha512 = createHash('sha512').update('{"a":1}').digest('hex');
    const file = join(dir, `tag-${n}.txt`);
    await writeFile(
      file,
      `SHA512 (config.json) = ${sha512}\nSHA256 (weights.bin) = ${sha(bytes(40, 1))}\n${sha('{"t":2}')}  sub/tokenizer.json\nnot a line\n${sha('x')}  ../../etc/passwd\n`,
    );
    const out = await verifySums(model, file);
    expect(out.verification.ok).toBe(false);
    expect(out.findings.map((f) => [f.rule, f.line])).toEqual([
      ['verify/invalid-manifest', 4],
      ['verify/invalid-manifest', 5],
    ]);
  });

  it('reads b3sum output (BLAKE3) by the checksum file name or a BLAKE3 tag', async () => {
    const { createBLAKE3 } = await import('hash-wasm');
    const b3 = async (b: string | Buffer) => {
      const h = await createBLAKE3();
      h.init();
      h.update(b);
      return h.digest('hex');
    };
    const lines = `${await b3('{"a":1}')}  config.json\n${await b3(bytes(40, 1))}  weights.bin\n${await b3('{"t":2}')}  sub/tokenizer.json\n`;
    await writeFile(join(model, 'B3SUMS'), lines);
    expect((await verifySums(model, join(model, 'B3SUMS'))).verification.ok).toBe(true);
    const tagged = join(dir, `tagged-${n}.txt`);
    await writeFile(tagged, `BLAKE3 (config.json) = ${await b3('{"a":1}')}\n`);
    const one = await verifySums(join(model, 'config.json'), tagged);
    expect(one.verification.ok).toBe(true);
    await writeFile(join(model, 'weights.bin'), bytes(40, 9));
    expect(rules(await verifySums(model, join(model, 'B3SUMS')))).toEqual(['verify/digest-mismatch']);
  });

  it('verifies one file of a folder-wide sums file, and refuses a sums file with nothing usable', async () => {
    await writeFile(join(model, 'SHA256SUMS'), sums());
    expect((await verifySums(join(model, 'weights.bin'), join(model, 'SHA256SUMS'))).verification.ok).toBe(
      true,
    );
    await writeFile(join(model, 'new.bin'), 'x');
    const unlisted = await verifySums(join(model, 'new.bin'), join(model, 'SHA256SUMS'));
    expect(unlisted.findings.map((f) => [f.rule, f.path])).toEqual([
      ['verify/extra-file', join(model, 'new.bin')],
    ]);
    await writeFile(join(model, 'SHA256SUMS'), 'garbage\n');
    const out = await verifySums(model, join(model, 'SHA256SUMS'));
    expect(out.verification.ok).toBe(false);
    expect(out.verification.message).toMatch(/no usable checksum line/);
  });
});
