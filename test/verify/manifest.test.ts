import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  comparePaths,
  computeManifest,
  type ManifestOptions,
  normalizeRelPath,
  parseShardName,
  rootDigestOf,
  statementJson,
} from '../../src/verify/manifest.ts';
import { parseStatement, StatementError } from '../../src/verify/manifest-statement.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

const MT = join(SHARED_DIR, 'vectors', 'oms', 'model-transparency');
const GOLDEN = join(MT, 'tests', '_signing', 'testdata', 'signing', 'TestPayload');
const haveVectors = existsSync(GOLDEN);

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('path order and names', () => {
  it('sorts component-wise like PurePosixPath, not as plain strings', () => {
    const names = ['ab', 'a.b', 'a/b/c', 'a-b', 'a', 'a/b'];
    expect([...names].sort(comparePaths)).toEqual(['a', 'a/b', 'a/b/c', 'a-b', 'a.b', 'ab']);
  });
  it('sorts by code point, not UTF-16 unit', () => {
    // U+FF5E (one unit) sorts before U+1F600 (surrogate pair starting 0xD83D) by code point.
    expect(['\u{1F600}', '\uFF5E'].sort(comparePaths)).toEqual(['\uFF5E', '\u{1F600}']);
  });
  it('parses shard names on the last two colons', () => {
    expect(parseShardName('a:b:0:8')).toEqual({ path: 'a:b', start: 0, end: 8 });
    expect(parseShardName('.:16:22')).toEqual({ path: '.', start: 16, end: 22 });
    expect(parseShardName('x:8:8')).toBeUndefined();
    expect(parseShardName('x')).toBeUndefined();
  });
  it('normalizes ignore paths lexically and drops ones outside the root', () => {
    expect(normalizeRelPath('./a//b/')).toBe('a/b');
    expect(normalizeRelPath('a/../b')).toBe('b');
    expect(normalizeRelPath('../x')).toBeUndefined();
    expect(normalizeRelPath('/m/sub/x', '/m')).toBe('sub/x');
    expect(normalizeRelPath('/other/x', '/m')).toBeUndefined();
  });
  it('hashes the empty model to SHA-256 of nothing', () => {
    expect(rootDigestOf([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

const MODELS: Record<string, string> = {
  sample_model_file: 'fixtures/file_model',
  empty_model_file: 'fixtures/empty_file_model',
  sample_model_folder: 'fixtures/sample_model',
  empty_model_folder: '',
  model_folder_with_empty_file: 'fixtures/empty_file_inside_model',
  deep_model_folder: 'fixtures/deep_model',
  symlink_model_folder: '',
};

/** The golden's model path; the empty folder and the symlink model are built here (git and the copy cannot keep them). */
async function modelFor(golden: string): Promise<string> {
  if (golden === 'empty_model_folder') {
    const p = join(dir, 'golden', 'empty_model_folder');
    await mkdir(p, { recursive: true });
    return p;
  }
  if (golden === 'symlink_model_folder') {
    const base = join(dir, 'golden-link');
    await mkdir(join(base, 'symlink_model'), { recursive: true });
    await cp(join(MT, 'fixtures', 'external'), join(base, 'external'), { recursive: true });
    await symlink('../external/file', join(base, 'symlink_model', 'symlink_file')).catch(() => {});
    return join(base, 'symlink_model');
  }
  const rel = MODELS[golden]!;
  // sample_model's name in the goldens is the fixture folder's own name.
  return join(MT, rel);
}

describe.skipIf(!haveVectors)('model_signing golden statements (../shared/vectors/oms)', () => {
  const variants: [string, ManifestOptions][] = [
    ['', { method: 'files' }],
    ['_shard', { method: 'shards', shardSize: 1_000_000_000 }],
    ['_small_shards', { method: 'shards', shardSize: 8 }],
  ];
  for (const golden of Object.keys(MODELS)) {
    for (const [suffix, opts] of variants) {
      it(`reproduces ${golden}${suffix} byte for byte`, async () => {
        const text = await readFile(join(GOLDEN, `${golden}${suffix}`), 'utf8');
        const expected = parseStatement(text);
        const model = await modelFor(golden);
        const m = await computeManifest(model, {
          ...opts,
          allowSymlinks: true,
          ignoreGitPaths: false,
          jobs: 2,
        });
        expect(m.problems).toEqual([]);
        expect(m.resources).toEqual(expected.resources);
        expect(m.rootDigest).toBe(expected.rootDigest);
        const subject = JSON.parse(text).subject[0].name as string;
        expect(statementJson({ ...m, modelName: subject })).toBe(text.replace(/\n$/, ''));
      });
    }
  }
});

describe.skipIf(!haveVectors)('model_signing serializer goldens (name:digest per line)', () => {
  const SER = join(MT, 'tests', '_serialization', 'testdata');
  const variants: [string, string, ManifestOptions][] = [
    ['file', '', { method: 'files' }],
    ['file_shard', '', { method: 'shards' }],
    ['file_shard', '_small_shards', { method: 'shards', shardSize: 8 }],
  ];
  for (const golden of Object.keys(MODELS)) {
    for (const [folder, suffix, opts] of variants) {
      it(`reproduces ${folder}/${golden}${suffix}`, async () => {
        const text = await readFile(join(SER, folder, 'TestSerializer', `${golden}${suffix}`), 'utf8');
        const m = await computeManifest(await modelFor(golden), {
          ...opts,
          allowSymlinks: true,
          ignoreGitPaths: false,
        });
        const lines = m.resources.map((r) => `${r.name}:${r.digest}`);
        expect(lines.join('\n')).toBe(text.replace(/\n$/, ''));
      });
    }
  }
});

describe('manifest behaviour', () => {
  it('ignores git paths at the top only, the given ignore paths with their subtrees, and keeps dot-files', async () => {
    const root = join(dir, 'ign');
    await mkdir(join(root, '.git', 'objects'), { recursive: true });
    await mkdir(join(root, 'sub', '.git'), { recursive: true });
    await mkdir(join(root, 'cache', 'x'), { recursive: true });
    await writeFile(join(root, '.git', 'objects', 'o'), 'o');
    await writeFile(join(root, '.gitattributes'), 'a');
    await writeFile(join(root, 'sub', '.git', 'HEAD'), 'h');
    await writeFile(join(root, 'cache', 'x', 'y'), 'y');
    await writeFile(join(root, '.hidden'), 'h');
    await writeFile(join(root, 'model.sig'), '{}');
    const m = await computeManifest(root, { ignorePaths: ['cache', 'model.sig'] });
    expect(m.resources.map((r) => r.name)).toEqual(['.hidden', 'sub/.git/HEAD']);
    expect(m.serialization.ignorePaths).toEqual([
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'cache',
      'model.sig',
    ]);
    const all = await computeManifest(root, { ignoreGitPaths: false });
    expect(all.resources.map((r) => r.name)).toContain('.git/objects/o');
  });

  it('reports symlinks unless allowed, dangling links always, and never descends linked folders', async () => {
    const root = join(dir, 'links');
    await mkdir(join(root, 'real'), { recursive: true });
    await writeFile(join(root, 'real', 'w'), 'w');
    await symlink('real', join(root, 'dirlink'));
    await symlink('real/w', join(root, 'filelink'));
    await symlink('nowhere', join(root, 'dangling'));
    const strict = await computeManifest(root);
    expect(strict.problems.map((p) => [p.rel, p.reason]).sort()).toEqual([
      ['dangling', 'symlink'],
      ['dirlink', 'symlink'],
      ['filelink', 'symlink'],
    ]);
    expect(strict.resources.map((r) => r.name)).toEqual(['real/w']);
    const lax = await computeManifest(root, { allowSymlinks: true });
    expect(lax.problems.map((p) => [p.rel, p.reason])).toEqual([['dangling', 'dangling']]);
    expect(lax.resources.map((r) => r.name)).toEqual(['filelink', 'real/w']);
    expect(lax.resources[0]!.digest).toBe(lax.resources[1]!.digest);
  });

  it('cuts shards at multiples of the shard size and hashes each range', async () => {
    const root = join(dir, 'shards');
    await mkdir(root, { recursive: true });
    const data = Buffer.alloc(25);
    for (let i = 0; i < 25; i++) data[i] = i;
    await writeFile(join(root, 'w.bin'), data);
    await writeFile(join(root, 'empty'), '');
    const m = await computeManifest(root, { method: 'shards', shardSize: 10, jobs: 2 });
    expect(m.resources.map((r) => r.name)).toEqual(['w.bin:0:10', 'w.bin:10:20', 'w.bin:20:25']);
    expect(m.resources[0]!.algorithm).toBe('sha256-sharded-10');
    const { createHash } = await import('node:crypto');
    expect(m.resources[2]!.digest).toBe(createHash('sha256').update(data.subarray(20)).digest('hex'));
    // Numeric order of offsets, not string order.
    const many = await computeManifest(root, { method: 'shards', shardSize: 2 });
    expect(many.resources.slice(4, 7).map((r) => r.name)).toEqual([
      'w.bin:8:10',
      'w.bin:10:12',
      'w.bin:12:14',
    ]);
  });

  it('hashes blake2b (64-byte digest) and blake3 as model_signing does', async () => {
    const root = join(dir, 'b2');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'a'), 'abc');
    const m = await computeManifest(root, { hashType: 'blake2b' });
    expect(m.resources[0]!.digest).toMatch(/^ba80a53f981c4d0d/);
    const b3 = await computeManifest(root, { hashType: 'blake3' });
    expect(b3.resources[0]).toEqual({
      name: 'a',
      algorithm: 'blake3',
      digest: '6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85',
    });
  });

  it('works on a sparse 1 GiB file in shard mode without reading it into memory', async () => {
    const p = join(dir, 'sparse.bin');
    await writeFile(p, '');
    await truncate(p, 1024 ** 3);
    const before = process.memoryUsage().rss;
    const m = await computeManifest(p, { method: 'shards', shardSize: 400_000_000, jobs: 2 });
    expect(m.resources.map((r) => r.name)).toEqual([
      '.:0:400000000',
      '.:400000000:800000000',
      '.:800000000:1073741824',
    ]);
    expect(m.resources[0]!.digest).toBe(m.resources[1]!.digest);
    expect(m.resources[2]!.digest).not.toBe(m.resources[1]!.digest);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
    await rm(p);
  }, 120_000);
});

describe('parseStatement', () => {
  const good = statementJson({
    modelName: 'm',
    rootDigest: rootDigestOf([{ name: 'a', algorithm: 'sha256', digest: 'ab'.repeat(32) }]),
    serialization: { method: 'files', hashType: 'sha256', allowSymlinks: false, ignorePaths: [] },
    resources: [{ name: 'a', algorithm: 'sha256', digest: 'ab'.repeat(32) }],
  });
  it('round-trips what statementJson writes', () => {
    const s = parseStatement(good);
    expect(s.resources).toHaveLength(1);
    expect(s.serialization.method).toBe('files');
  });
  it.each([
    ['not JSON', '{', /not JSON/],
    ['wrong _type', good.replace('Statement/v1', 'Statement/v0.1'), /_type/],
    ['wrong predicate', good.replace('signature/v1.0', 'signature/v9'), /predicateType/],
    ['edited digest', good.replace('"abab', '"cdab'), /inconsistent/],
    ['bad method', good.replace('"files"', '"tree"'), /method/],
    ['bad hash', good.replace('"hash_type": "sha256"', '"hash_type": "md5"'), /hash_type/],
  ])('rejects %s', (_n, text, why) => {
    expect(() => parseStatement(text)).toThrow(StatementError);
    expect(() => parseStatement(text)).toThrow(why);
  });
});
