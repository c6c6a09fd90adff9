import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelvetError } from '../../../src/core/errors.ts';
import {
  DIRECT_ALIGN,
  DIRECT_BUFFER_BYTES,
  directReadsExist,
  openDirect,
  readDirect,
} from '../../../src/core/hash/direct.ts';
import { hashFile } from '../../../src/core/hash/reader.ts';
import { LOCAL_BUFFER_SIZE } from '../../../src/core/hash/strategies.ts';
import { hashRangeThrough } from '../../helpers/range-hash.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
let file: string;
let data: Buffer;
/** Whether the test folder's file system takes O_DIRECT (ext4, xfs: yes; tmpfs: no). */
let directHere: boolean;
beforeAll(async () => {
  dir = await makeTmpDir();
  file = join(dir, 'weights.bin');
  // Not a multiple of the alignment or of a buffer; more buffers than are in flight.
  data = randomBytes(5 * DIRECT_BUFFER_BYTES + 3 * DIRECT_ALIGN + 777);
  writeFileSync(file, data);
  const fd = openSync(file, 'r');
  const direct = openDirect(fd);
  directHere = direct !== undefined;
  if (direct !== undefined) closeSync(direct);
  closeSync(fd);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Hashes `length` bytes from `start` of `path` with direct reads (or the fallback). */
const throughDirect = (
  path: string,
  start: number,
  length: number,
  onChunk?: (chunk: Buffer, n: number) => void,
) =>
  hashRangeThrough(
    async (fd, range, local, sink) => {
      const direct = openDirect(fd);
      try {
        return await readDirect(fd, direct ?? fd, range, local, sink);
      } finally {
        if (direct !== undefined) closeSync(direct);
      }
    },
    path,
    start,
    length,
    onChunk,
  );

describe('openDirect', () => {
  it('opens the same file again, where this platform and file system take O_DIRECT', () => {
    const fd = openSync(file, 'r');
    try {
      const direct = openDirect(fd);
      if (process.platform === 'linux') expect(directReadsExist()).toBe(true);
      if (direct !== undefined) {
        expect(fstatSync(direct).ino).toBe(fstatSync(fd).ino);
        closeSync(direct);
      } else {
        expect(directHere).toBe(false);
      }
    } finally {
      closeSync(fd);
    }
  });

  it('offers nothing for a descriptor that is not a regular file', () => {
    const fd = openSync('/dev/null', 'r');
    try {
      expect(openDirect(fd)).toBeUndefined();
    } finally {
      closeSync(fd);
    }
  });

  it('reads right on tmpfs too, which refuses O_DIRECT before Linux 6.6 and takes it since', async () => {
    if (!existsSync('/dev/shm') || process.platform !== 'linux') return; // no tmpfs to try here
    const shm = mkdtempSync('/dev/shm/modelvet-direct-');
    try {
      const onTmpfs = join(shm, 'w.bin');
      writeFileSync(onTmpfs, data);
      const r = await hashFile(onTmpfs, { reader: 'direct', start: 3, length: data.length - 3 });
      expect(r.digests.sha256).toBe(sha(data.subarray(3)));
    } finally {
      await rm(shm, { recursive: true, force: true });
    }
  });
});

describe('readDirect', () => {
  it('hashes any byte range exactly, aligned or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: data.length })
          .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: 0, max: data.length - start }))),
        async ([start, length]) => {
          const { digest } = await throughDirect(file, start, length);
          expect(digest).toBe(sha(data.subarray(start, start + length)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('times a whole pass as a sample where direct reads ran', async () => {
    const { digest, timing } = await throughDirect(file, 0, data.length);
    expect(digest).toBe(sha(data));
    if (directHere) {
      expect(timing.bytes).toBe(data.length);
      expect(timing.ms).toBeGreaterThan(0);
    }
  });

  it('finds its buffers again on another device (tmpfs takes addresses a disk refuses)', async () => {
    if (!directHere || !existsSync('/dev/shm')) return; // needs both kinds of file system
    const shm = mkdtempSync('/dev/shm/modelvet-direct-');
    try {
      const onTmpfs = join(shm, 'w.bin');
      writeFileSync(onTmpfs, data);
      await throughDirect(onTmpfs, 0, data.length);
      const { digest, timing } = await throughDirect(file, 0, data.length);
      expect(digest).toBe(sha(data));
      expect(timing.bytes).toBe(data.length);
    } finally {
      await rm(shm, { recursive: true, force: true });
    }
  });

  it('hands a file that shrank to the local reader, which reports it', async () => {
    const short = join(dir, 'short.bin');
    writeFileSync(short, data);
    const fd = openSync(short, 'r');
    const direct = openDirect(fd);
    try {
      truncateSync(short, DIRECT_BUFFER_BYTES + 5);
      const pass = readDirect(
        fd,
        direct ?? fd,
        { start: 0, length: data.length, display: short },
        Buffer.alloc(LOCAL_BUFFER_SIZE),
        () => {},
      );
      await expect(pass).rejects.toThrow(ModelvetError);
      await expect(pass).rejects.toMatchObject({ code: 'CHANGED_WHILE_READING' });
    } finally {
      if (direct !== undefined) closeSync(direct);
      closeSync(fd);
    }
  });

  it('waits for every read in flight when the hashing side throws, then serves the next pass', async () => {
    const boom = new Error('hasher failed');
    await expect(
      throughDirect(file, 0, data.length, (_c, n) => {
        if (n === 1) throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await throughDirect(file, 13, data.length - 13)).digest).toBe(sha(data.subarray(13)));
  });

  it('falls back to the local reader on a descriptor that fails every read', async () => {
    // A descriptor open for writing only: every read fails (EBADF), as a direct read can on a
    // device that refuses the alignment.
    const fd = openSync(file, 'r');
    const writeOnly = openSync(join(dir, 'other.bin'), 'w');
    const h = createHash('sha256');
    try {
      const timing = await readDirect(
        fd,
        writeOnly,
        { start: 5, length: data.length - 5, display: file },
        Buffer.alloc(LOCAL_BUFFER_SIZE),
        (c) => h.update(c),
      );
      expect(h.digest('hex')).toBe(sha(data.subarray(5)));
      expect(timing).toEqual({ bytes: 0, ms: 0 });
    } finally {
      closeSync(writeOnly);
      closeSync(fd);
    }
  });
});

describe('hashFile with the direct reader', () => {
  it('gives two passes at once on one thread the right digests (the second reads locally)', async () => {
    const [a, b] = await Promise.all([
      hashFile(file, { reader: 'direct', algorithms: ['sha256', 'sha512'] }),
      hashFile(file, { reader: 'direct', start: 100, length: data.length - 200 }),
    ]);
    expect(a.digests.sha256).toBe(sha(data));
    expect(a.digests.sha512).toBe(createHash('sha512').update(data).digest('hex'));
    expect(b.digests.sha256).toBe(sha(data.subarray(100, data.length - 100)));
  });
});
