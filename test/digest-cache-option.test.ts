/**
 * `--digest-cache DIR` through the CLI (in process) and the built bundle: a second scan takes the
 * digests of its large files from the cache (small files are read whole for the analyzers and
 * hashed from those bytes), a touched or replaced file is hashed again, a cache inside the scanned
 * tree is refused, a scanned folder's policy cannot choose the cache.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME, DEFAULT_RACY_WINDOW_MS } from '../src/core/hash/cache.ts';
import type { Report } from '../src/core/report.ts';
import { runCli } from './helpers/cli.ts';
import { makeTmpDir } from './helpers/tmp.ts';

const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');
let dir: string;
let model: string;

beforeAll(async () => {
  dir = await makeTmpDir();
  model = join(dir, 'model');
  await mkdir(join(model, 'sub'), { recursive: true });
  // Larger than the files a scan reads whole (scan-read.ts SMALL_FILE_BYTES): streamed and hashed.
  await writeFile(join(model, 'weights.bin'), Buffer.alloc(300_000, 1));
  await writeFile(join(model, 'sub', 'extra.bin'), Buffer.alloc(300_000, 2));
  await writeFile(join(model, 'sub', 'other.bin'), Buffer.alloc(300_000, 3));
  await writeFile(join(model, 'config.json'), '{"model_type": "bert"}');
  // Entries younger than the racy window are not stored (cache.ts): let the files age past it.
  await new Promise((r) => setTimeout(r, DEFAULT_RACY_WINDOW_MS + 100));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function scanJson(...args: string[]): Promise<{ code: number; report: Report; err: string }> {
  const r = await runCli(['scan', '--format', 'json', ...args]);
  return { code: r.code, report: JSON.parse(r.out) as Report, err: r.err };
}
const fromCache = (report: Report) =>
  report.files.filter((f) => f.digestsFrom === 'cache').map((f) => f.path.split('/').slice(-1)[0]);

describe('scan --digest-cache', () => {
  it("a second scan takes the large files' digests from the cache; the digests are the same", async () => {
    const cache = join(dir, 'cache-a');
    const first = await scanJson('--digest-cache', cache, model);
    expect(first.code).toBe(0);
    expect(fromCache(first.report)).toEqual([]);
    expect(await readdir(cache)).toEqual([CACHE_FILE_NAME]);
    const second = await scanJson('--digest-cache', cache, model);
    expect(fromCache(second.report).sort()).toEqual(['extra.bin', 'other.bin', 'weights.bin']);
    expect(second.report.files.map((f) => f.digests)).toEqual(first.report.files.map((f) => f.digests));
    const { digestsFrom: _a, ...rest } = second.report.files[0]!;
    expect(rest).toEqual(first.report.files[0]);
  });

  it('a touched file (mtime) and a replaced file (inode) are hashed again, the others come from the cache', async () => {
    const cache = join(dir, 'cache-b');
    await scanJson('--digest-cache', cache, model);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(model, 'weights.bin'), later, later);
    const tmp = join(dir, 'replacement');
    await writeFile(tmp, Buffer.alloc(300_000, 2));
    await rename(tmp, join(model, 'sub', 'extra.bin'));
    const again = await scanJson('--digest-cache', cache, model);
    expect(fromCache(again.report)).toEqual(['other.bin']);
  });

  it('refuses a cache folder inside the scanned folder, and creates nothing there', async () => {
    const r = await runCli(['scan', '--digest-cache', join(model, 'sub', '.cache'), model]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--digest-cache .* is inside the scanned folder/);
    expect(existsSync(join(model, 'sub', '.cache'))).toBe(false);
    expect((await runCli(['scan', '--digest-cache'])).code).toBe(2);
  });

  it('a corrupt cache is a warning; the scan hashes and replaces it', async () => {
    const cache = join(dir, 'cache-c');
    await mkdir(cache);
    await writeFile(
      join(cache, CACHE_FILE_NAME),
      '{"format": "modelvet-digest-cache", "version": 1, "entries": [',
    );
    const r = await scanJson('--digest-cache', cache, model);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: digest cache .* is corrupt/);
    expect(JSON.parse(await readFile(join(cache, CACHE_FILE_NAME), 'utf8')).version).toBe(1);
  });

  it('the policy names the cache; a policy found inside the scanned folder cannot', async () => {
    const cache = join(dir, 'cache-policy');
    const policy = join(dir, 'policy.yml');
    await writeFile(policy, `digestCache: ${cache}\n`);
    await scanJson('--policy', policy, model);
    expect(existsSync(join(cache, CACHE_FILE_NAME))).toBe(true);
    const inside = join(dir, 'model-with-policy');
    await mkdir(inside);
    await writeFile(join(inside, 'a.txt'), 'x');
    await writeFile(join(inside, '.modelvet.yml'), `digestCache: ${join(dir, 'chosen-by-the-model')}\n`);
    const r = await scanJson(inside);
    expect(existsSync(join(dir, 'chosen-by-the-model'))).toBe(false);
    expect(r.report.policy?.refused).toContain('digestCache');
  });
});

describe('hash, lock and verify --digest-cache', () => {
  it('hash prints the same sums from the cache; lock writes the same lock; verify passes', async () => {
    const cache = join(dir, 'cache-d');
    const file = join(model, 'weights.bin');
    const a = await runCli(['hash', '--digest-cache', cache, file]);
    const b = await runCli(['hash', '--digest-cache', cache, file]);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    const plain = join(dir, 'plain.lock.json');
    const cached = join(dir, 'cached.lock.json');
    expect((await runCli(['lock', model, '-o', plain])).code).toBe(0);
    expect((await runCli(['lock', model, '-o', cached, '--digest-cache', cache])).code).toBe(0);
    expect((await runCli(['lock', model, '-o', cached, '--digest-cache', cache])).code).toBe(0);
    expect(await readFile(cached, 'utf8')).toBe(await readFile(plain, 'utf8'));
    const v = await runCli(['verify', model, '--lock', cached, '--digest-cache', cache, '--format', 'json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out).verdict).toBe('pass');
    expect((await runCli(['lock', model, '--digest-cache', join(model, 'c')])).code).toBe(2);
  });
});

describe('the built CLI', () => {
  it('scan --digest-cache: the second scan says which digests came from the cache', async () => {
    if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
    const cache = join(dir, 'cache-bundle');
    const run = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [
        BIN,
        'scan',
        '--format',
        'json',
        '--digest-cache',
        cache,
        join(model, 'sub', 'other.bin'),
      ]);
      return JSON.parse(stdout) as Report;
    };
    expect((await run()).files[0]!.digestsFrom).toBeUndefined();
    expect((await run()).files[0]!.digestsFrom).toBe('cache');
  });
});
