import { rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferSource, FileSource, MAX_READ, readAll, SliceSource } from '../../src/core/source.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('ByteSource', () => {
  it('reads within bounds and clamps at the end', async () => {
    const p = join(dir, 'f');
    await writeFile(p, '0123456789');
    const s = await FileSource.open(p);
    try {
      expect((await s.read(2, 3)).toString()).toBe('234');
      expect((await s.read(8, 100)).toString()).toBe('89');
      expect((await s.read(20, 5)).length).toBe(0);
      expect(s.bytesRead).toBe(5);
      await expect(s.read(-1, 2)).rejects.toMatchObject({ code: 'READ_OUT_OF_BOUNDS' });
      await expect(s.read(0, MAX_READ + 1)).rejects.toMatchObject({ code: 'READ_TOO_LARGE' });
    } finally {
      await s.close();
    }
  });

  it('names the file when it shrank after opening', async () => {
    const p = join(dir, 'shrinks');
    await writeFile(p, Buffer.alloc(1000));
    const s = await FileSource.open(p);
    await truncate(p, 10);
    await expect(s.read(0, 1000)).rejects.toThrow(/shrinks: file shrank/);
    await s.close();
  });

  it('refuses a folder', async () => {
    await expect(FileSource.open(dir)).rejects.toMatchObject({ code: 'NOT_A_REGULAR_FILE' });
  });

  it('slices a window of a parent and rejects one outside it', async () => {
    const parent = new BufferSource(Buffer.from('abcdefghij'), 'outer.zip');
    const slice = new SliceSource(parent, 3, 4, ['member.pkl']);
    expect((await readAll(slice)).toString()).toBe('defg');
    expect(slice.member).toEqual(['member.pkl']);
    expect(() => new SliceSource(parent, 8, 4, ['bad'])).toThrow(/outside its container/);
  });

  it('readAll refuses sources over the limit', async () => {
    await expect(readAll(new BufferSource(Buffer.alloc(100), 'x'), 10)).rejects.toMatchObject({
      code: 'READ_TOO_LARGE',
    });
  });
});
