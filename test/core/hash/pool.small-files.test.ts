/** Small files in batches: one message per batch, each file opened and read once, its bytes handed back. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashPool } from '../../../src/core/hash/pool.ts';
import type { SmallFile } from '../../../src/core/hash/protocol.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir('modelvet-small-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const small = (
  path: string | Buffer,
  size: number,
  algorithms: SmallFile['algorithms'] = ['sha256'],
): SmallFile => ({
  path,
  displayPath: String(path),
  algorithms,
  size,
});

for (const inline of [false, true]) {
  describe(`HashPool.readSmallFiles (${inline ? 'calling thread' : 'worker'})`, () => {
    it('returns each file’s bytes and digests; a bad file fails alone', async () => {
      const root = join(dir, `batch-${inline}`);
      await mkdir(root);
      const datas = Array.from({ length: 70 }, (_, i) => Buffer.from(`file ${i} `.repeat(i)));
      const files: SmallFile[] = [];
      for (const [i, d] of datas.entries()) {
        await writeFile(join(root, `f${i}`), d);
        files.push(small(join(root, `f${i}`), d.length, i === 3 ? ['sha256', 'git-sha1'] : ['sha256']));
      }
      files.splice(5, 0, small(join(root, 'missing'), 10));
      const pool = new HashPool(1, { inline });
      try {
        const reads = await pool.readSmallFiles(files, 1 << 20);
        expect(reads).toHaveLength(71);
        expect(reads[5]).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        const ok = reads.filter((r) => r.ok);
        expect(ok).toHaveLength(70);
        for (const [i, r] of ok.entries()) {
          if (!r.ok) throw new Error('unreachable');
          expect(Buffer.compare(r.data, datas[i]!)).toBe(0);
          expect(r.digests.sha256).toBe(sha256(datas[i]!));
        }
        const third = ok[3]!;
        if (!third.ok) throw new Error('unreachable');
        const gitId = createHash('sha1').update(`blob ${datas[3]!.length}\0`).update(datas[3]!).digest('hex');
        expect(third.digests['git-sha1']).toBe(gitId);
      } finally {
        await pool.close();
      }
    });

    it('refuses what was swapped in after the walk: a bigger file, a FIFO (without hanging), a link', async () => {
      const root = join(dir, `swapped-${inline}`);
      await mkdir(root);
      await writeFile(join(root, 'grew'), Buffer.alloc(5000));
      execFileSync('mkfifo', [join(root, 'fifo')]);
      await writeFile(join(root, 'target'), 'x');
      await symlink('target', join(root, 'link'));
      const pool = new HashPool(1, { inline });
      try {
        const reads = await pool.readSmallFiles(
          [small(join(root, 'grew'), 10), small(join(root, 'fifo'), 0), small(join(root, 'link'), 1)],
          1000,
        );
        expect(reads.map((r) => (r.ok ? 'ok' : r.code))).toEqual([
          'CHANGED_WHILE_READING',
          'NOT_A_REGULAR_FILE',
          'UNREADABLE',
        ]);
        expect(reads[0]!.ok ? '' : reads[0]!.message).toMatch(/grew to 5000 bytes/);
      } finally {
        await pool.close();
      }
    });

    it('opens a path by its exact bytes', async () => {
      const path = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(`odd-${inline}-\xff`, 'latin1')]);
      await writeFile(path, 'bytes');
      const pool = new HashPool(1, { inline });
      try {
        const [r] = await pool.readSmallFiles([small(path, 5)], 100);
        expect(r).toMatchObject({ ok: true, digests: { sha256: sha256(Buffer.from('bytes')) } });
      } finally {
        await pool.close();
      }
    });
  });
}
