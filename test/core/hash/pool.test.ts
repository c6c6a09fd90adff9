import { createHash } from 'node:crypto';
import { appendFileSync, truncateSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashPool } from '../../../src/core/hash/pool.ts';
import { Progress, type ProgressEvent } from '../../../src/core/hash/progress.ts';
import { hashFile } from '../../../src/core/hash/reader.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
const files: { path: string; data: Buffer }[] = [];
beforeAll(async () => {
  dir = await makeTmpDir();
  for (let i = 0; i < 6; i++) {
    const data = Buffer.alloc(100_000 * (i + 1), i + 1);
    const path = join(dir, `f${i}`);
    await writeFile(path, data);
    files.push({ path, data });
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('HashPool', () => {
  it('hashes many files across workers with the right digests and progress', async () => {
    const pool = new HashPool(2);
    const snapshots: ProgressEvent[] = [];
    const total = files.reduce((n, f) => n + f.data.length, 0);
    const progress = new Progress(total, files.length, (e) => snapshots.push(e), 0);
    try {
      const results = await Promise.all(
        files.map((f) =>
          pool
            .hash({ path: f.path, algorithms: ['sha256', 'sha512'], onProgress: (n) => progress.addBytes(n) })
            .finally(() => progress.fileDone()),
        ),
      );
      results.forEach((r, i) => {
        expect(r.digests.sha256).toBe(createHash('sha256').update(files[i]!.data).digest('hex'));
        expect(r.digests.sha512).toBe(createHash('sha512').update(files[i]!.data).digest('hex'));
      });
      const last = snapshots.at(-1)!;
      expect(last.bytesDone).toBe(total);
      expect(last.filesDone).toBe(files.length);
      expect(last.etaSeconds).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('hashes shards of one file in parallel, equal to hashing the ranges directly', async () => {
    const pool = new HashPool(2);
    try {
      const f = files[5]!;
      const shard = 150_000;
      const jobs = [];
      for (let start = 0; start < f.data.length; start += shard) {
        jobs.push(pool.hash({ path: f.path, start, length: Math.min(shard, f.data.length - start) }));
      }
      const got = await Promise.all(jobs);
      got.forEach((r, i) => {
        const slice = f.data.subarray(i * shard, i * shard + shard);
        expect(r.digests.sha256).toBe(createHash('sha256').update(slice).digest('hex'));
      });
    } finally {
      await pool.close();
    }
  });

  it('rejects with an error naming the file, and keeps working afterwards', async () => {
    const pool = new HashPool(1);
    try {
      await expect(
        pool.hash({ path: join(dir, 'missing'), displayPath: 'model/missing' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('model/missing'),
      });
      const ok = await pool.hash({ path: files[0]!.path });
      expect(ok.size).toBe(files[0]!.data.length);
    } finally {
      await pool.close();
    }
  });
});

describe('files that change while hashed', () => {
  it('reports a file that grows during the pass', async () => {
    const p = join(dir, 'grows');
    await writeFile(p, Buffer.alloc(40 * 1024 * 1024));
    let grown = false;
    const err = await hashFile(p, {
      bufferSize: 1024 * 1024,
      onProgress: () => {
        if (!grown) {
          grown = true;
          appendFileSync(p, 'more');
        }
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHANGED_WHILE_READING', message: expect.stringContaining('grows') });
  });

  it('reports a file that shrinks during the pass', async () => {
    const p = join(dir, 'shrinks');
    await writeFile(p, Buffer.alloc(40 * 1024 * 1024));
    let cut = false;
    const err = await hashFile(p, {
      bufferSize: 1024 * 1024,
      onProgress: () => {
        if (!cut) {
          cut = true;
          truncateSync(p, 1024);
        }
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHANGED_WHILE_READING', message: expect.stringContaining('shrinks') });
  });
});

describe('HashPool inline', () => {
  it('hashes on the calling thread with the same results and error codes', async () => {
    const pool = new HashPool(1, { inline: true });
    try {
      const [a, b] = await Promise.all(files.slice(0, 2).map((f) => pool.hash({ path: f.path })));
      expect(a!.digests.sha256).toBe(createHash('sha256').update(files[0]!.data).digest('hex'));
      expect(b!.digests.sha256).toBe(createHash('sha256').update(files[1]!.data).digest('hex'));
      await expect(pool.hash({ path: join(dir, 'missing') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await pool.close();
    }
  });
});
