import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, symlink, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertCacheOutside,
  CACHE_FILE_NAME,
  DigestCache,
  fileIdentity,
  hashThroughCache,
} from '../../../src/core/hash/cache.ts';
import { HashPool } from '../../../src/core/hash/pool.ts';
import { hashFile } from '../../../src/core/hash/reader.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
let n = 0;
async function fresh(content = 'weights'): Promise<{ file: string; cacheDir: string }> {
  n++;
  const file = join(dir, `f${n}.bin`);
  await writeFile(file, content);
  return { file, cacheDir: join(dir, `cache${n}`) };
}

/** A pass through the cache that counts real reads. */
function counted(cache: DigestCache) {
  let reads = 0;
  const pass = (
    path: string,
    extra: { start?: number; length?: number; algorithms?: ('sha256' | 'sha512')[] } = {},
  ) =>
    hashThroughCache(cache, { path, ...extra }, () => {
      reads++;
      return hashFile(path, extra);
    });
  return { pass, reads: () => reads };
}

describe('DigestCache', () => {
  it('answers a second pass over an unchanged file without reading it, across processes (flush + open)', async () => {
    const { file, cacheDir } = await fresh();
    const cache = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    const c = counted(cache);
    const first = await c.pass(file);
    expect(first.cached).toBeUndefined();
    const second = await c.pass(file);
    expect(second).toEqual({ size: 7, digests: { sha256: sha('weights') }, cached: true });
    expect(c.reads()).toBe(1);
    await cache.flush();
    const reopened = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    expect((await reopened.pass(file)).cached).toBe(true);
    expect(reopened.reads()).toBe(0);
    // Written atomically: the cache file only, private to the user.
    expect(await readdir(cacheDir)).toEqual([CACHE_FILE_NAME]);
    expect((await stat(join(cacheDir, CACHE_FILE_NAME))).mode & 0o777).toBe(0o600);
  });

  it('misses when mtime changes (touch), even to the same content', async () => {
    const { file, cacheDir } = await fresh();
    const c = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    await c.pass(file);
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    expect((await c.pass(file)).cached).toBeUndefined();
    expect(c.reads()).toBe(2);
  });

  it('misses when the content changes and mtime is put back (ctime moved)', async () => {
    const { file, cacheDir } = await fresh('aaaa');
    const c = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    await c.pass(file);
    const { atime, mtime } = await stat(file);
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(file, 'bbbb');
    await utimes(file, atime, mtime);
    const again = await c.pass(file);
    expect(again.cached).toBeUndefined();
    expect(again.digests.sha256).toBe(sha('bbbb'));
  });

  it('misses when the file is replaced by another (new inode), whatever its times', async () => {
    const { file, cacheDir } = await fresh('same');
    const c = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    await c.pass(file);
    const { atime, mtime } = await stat(file);
    const other = `${file}.new`;
    await writeFile(other, 'evil');
    await utimes(other, atime, mtime);
    await rename(other, file);
    const again = await c.pass(file);
    expect(again.cached).toBeUndefined();
    expect(again.digests.sha256).toBe(sha('evil'));
  });

  it('does not store a file changed within the racy window (a write in the same tick as our stat)', async () => {
    const { file, cacheDir } = await fresh();
    const c = counted(await DigestCache.open(cacheDir)); // default window: 2 s
    await c.pass(file);
    expect((await c.pass(file)).cached).toBeUndefined();
  });

  it('keys byte ranges and algorithms: a sha256-only entry does not answer sha512, and ranges are separate', async () => {
    const { file, cacheDir } = await fresh('0123456789');
    const c = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    await c.pass(file);
    const both = await c.pass(file, { algorithms: ['sha256', 'sha512'] });
    expect(both.cached).toBeUndefined();
    expect((await c.pass(file, { algorithms: ['sha512'] })).cached).toBe(true);
    const part = await c.pass(file, { start: 2, length: 3 });
    expect(part).toMatchObject({ size: 3, digests: { sha256: sha('234') } });
    expect(part.cached).toBeUndefined();
    expect(await c.pass(file, { start: 2, length: 3 })).toMatchObject({
      cached: true,
      digests: { sha256: sha('234') },
    });
    // The whole file named as a range is the whole file.
    expect((await c.pass(file, { start: 0, length: 10 })).cached).toBe(true);
  });

  it('ignores a corrupt cache with a warning and replaces it at the next write', async () => {
    const { file, cacheDir } = await fresh();
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ format: 'modelvet-digest-cache', version: 2, entries: {} }),
      JSON.stringify({
        format: 'modelvet-digest-cache',
        version: 1,
        entries: { '1:2:3:4:5': { digests: { sha256: 'XYZ' }, used: 1 } },
      }),
      JSON.stringify({
        format: 'modelvet-digest-cache',
        version: 1,
        entries: { '../x': { digests: { sha256: 'a'.repeat(64) }, used: 1 } },
      }),
    ];
    for (const text of bad) {
      await mkdir(cacheDir, { recursive: true });
      await writeFile(join(cacheDir, CACHE_FILE_NAME), text);
      const warnings: string[] = [];
      const cache = await DigestCache.open(cacheDir, { racyWindowMs: 0, onWarning: (m) => warnings.push(m) });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/corrupt|ignored/);
      expect(cache.size).toBe(0);
      await counted(cache).pass(file);
      await cache.flush();
      const doc = JSON.parse(await readFile(join(cacheDir, CACHE_FILE_NAME), 'utf8'));
      expect(Object.keys(doc.entries)).toHaveLength(1);
    }
  });

  it('opens whatever the cache file holds: a cache, or nothing and one warning (property)', async () => {
    const cacheDir = join(dir, 'fuzzed');
    await mkdir(cacheDir, { recursive: true });
    const entry = fc.record({
      digests: fc.dictionary(
        fc.constantFrom('sha256', 'sha512', 'md5', '__proto__'),
        fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string()),
      ),
      used: fc.oneof(fc.double(), fc.integer(), fc.string()),
    });
    const doc = fc.oneof(
      fc.jsonValue(),
      fc.record({
        format: fc.constantFrom('modelvet-digest-cache', 'x'),
        version: fc.constantFrom(1, 2, '1'),
        entries: fc.dictionary(
          fc.oneof(fc.constant('1:2:3:4:5'), fc.string()),
          fc.oneof(entry, fc.jsonValue()),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          doc.map((d) => JSON.stringify(d) ?? 'null'),
          fc.string(),
        ),
        async (text) => {
          await writeFile(join(cacheDir, CACHE_FILE_NAME), text);
          const warnings: string[] = [];
          const cache = await DigestCache.open(cacheDir, { onWarning: (m) => warnings.push(m) });
          expect(warnings.length).toBeLessThanOrEqual(1);
          if (warnings.length) expect(cache.size).toBe(0);
          expect(cache.lookup('1:2:3:4:5', ['sha256'])?.sha256 ?? 'a'.repeat(64)).toMatch(/^[0-9a-f]{64}$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps at most maxEntries, the most recently used', async () => {
    const cacheDir = join(dir, 'bounded');
    let clock = 0;
    const cache = await DigestCache.open(cacheDir, { racyWindowMs: 0, maxEntries: 2, now: () => clock++ });
    const c = counted(cache);
    const files = await Promise.all([1, 2, 3].map(async (i) => (await fresh(`file ${i}`)).file));
    // The clock starts after the files' ctime (on a loaded machine the writes can come later than a
    // clock read before them, and a file changed "after now" is not stored: the racy-write rule).
    clock = Date.now() + 60_000;
    for (const f of files) await c.pass(f);
    await c.pass(files[0]!); // used again: newest
    await cache.flush();
    const reopenedCache = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    expect(reopenedCache.size).toBe(2);
    const reopened = counted(reopenedCache);
    expect((await reopened.pass(files[0]!)).cached).toBe(true);
    expect((await reopened.pass(files[2]!)).cached).toBe(true);
    expect((await reopened.pass(files[1]!)).cached).toBeUndefined();
  });

  it('merges what another process wrote meanwhile', async () => {
    const cacheDir = join(dir, 'shared');
    const a = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    const b = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    const fa = (await fresh('A')).file;
    const fb = (await fresh('B')).file;
    await counted(a).pass(fa);
    await counted(b).pass(fb);
    await a.flush();
    await b.flush();
    const c = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    expect((await c.pass(fa)).cached).toBe(true);
    expect((await c.pass(fb)).cached).toBe(true);
  });

  it('writes through a temporary file of its own: a name another writer holds is skipped, that file left alone', async () => {
    const cacheDir = join(dir, 'taken');
    const cache = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    const f = (await fresh('taken-file')).file;
    await counted(cache).pass(f);
    // Another writer with the same pid at the same instant (containers sharing the folder).
    const now = process.hrtime.bigint();
    const taken = `${join(cacheDir, CACHE_FILE_NAME)}.tmp-${process.pid}-${now.toString(36)}`;
    await writeFile(`${taken}-0`, 'theirs');
    await writeFile(`${taken}-1`, 'theirs too');
    const original = process.hrtime.bigint;
    process.hrtime.bigint = () => now;
    try {
      await cache.flush();
    } finally {
      process.hrtime.bigint = original;
    }
    expect(await readFile(`${taken}-0`, 'utf8')).toBe('theirs');
    expect(await readFile(`${taken}-1`, 'utf8')).toBe('theirs too');
    const names = (await readdir(cacheDir)).filter((n) => n.includes('.tmp-'));
    expect(names.sort()).toEqual([`${taken}-0`, `${taken}-1`].map((p) => p.slice(cacheDir.length + 1)));
    const reopened = counted(await DigestCache.open(cacheDir, { racyWindowMs: 0 }));
    expect((await reopened.pass(f)).cached).toBe(true);
  });

  it('is used by the hash pool: the second hash of an unchanged file is a hit', async () => {
    const { file, cacheDir } = await fresh('pool');
    const cache = await DigestCache.open(cacheDir, { racyWindowMs: 0 });
    const pool = new HashPool(1, { inline: true, digestCache: cache });
    try {
      let progress = 0;
      expect((await pool.hash({ path: file })).cached).toBeUndefined();
      const hit = await pool.hash({ path: file, onProgress: (b) => (progress += b) });
      expect(hit).toEqual({ size: 4, digests: { sha256: sha('pool') }, cached: true });
      expect(progress).toBe(4);
      await expect(pool.hash({ path: join(dir, 'missing') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await pool.close();
    }
  });

  it('identity: device, inode, size and both times in nanoseconds', async () => {
    const { file } = await fresh();
    const st = await stat(file, { bigint: true });
    expect((await fileIdentity(file))?.key).toBe(
      `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`,
    );
    expect(await fileIdentity(dir)).toBeUndefined();
  });
});

describe('assertCacheOutside', () => {
  it('refuses a cache folder inside a scanned root, also one not created yet or reached through a link', async () => {
    const root = join(dir, 'model');
    await mkdir(join(root, 'sub'), { recursive: true });
    await expect(assertCacheOutside(join(root, 'sub'), [root])).rejects.toMatchObject({ code: 'USAGE' });
    await expect(assertCacheOutside(join(root, 'not', 'yet'), [root])).rejects.toMatchObject({
      code: 'USAGE',
    });
    await symlink(join(root, 'sub'), join(dir, 'link-into-model'));
    await expect(assertCacheOutside(join(dir, 'link-into-model', 'c'), [root])).rejects.toMatchObject({
      code: 'USAGE',
    });
    await expect(assertCacheOutside(join(dir, 'elsewhere'), [root])).resolves.toBeUndefined();
    // A cache beside a folder that merely shares a prefix is outside.
    await expect(assertCacheOutside(`${root}-cache`, [root])).resolves.toBeUndefined();
  });
});
