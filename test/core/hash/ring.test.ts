import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelvetError } from '../../../src/core/errors.ts';
import { hashFile } from '../../../src/core/hash/reader.ts';
import { HashRing, RING_SLOT_BYTES, RING_SLOTS, ringSpinMs, SPIN_MS } from '../../../src/core/hash/ring.ts';
import { LOCAL_BUFFER_SIZE } from '../../../src/core/hash/strategies.ts';
import { hashRangeThrough } from '../../helpers/range-hash.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
let file: string;
let data: Buffer;
beforeAll(async () => {
  dir = await makeTmpDir();
  file = join(dir, 'weights.bin');
  // Not a multiple of a slot, and more slots than the ring has: the ring wraps many times.
  data = randomBytes(9 * RING_SLOTS * RING_SLOT_BYTES + 12_345);
  writeFileSync(file, data);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Hashes `length` bytes from `start` of `path` through `ring`; the sink may act on each chunk. */
const throughRing = (
  ring: HashRing,
  path: string,
  start: number,
  length: number,
  onChunk?: (chunk: Buffer, n: number) => void,
) =>
  hashRangeThrough(
    (fd, range, local, sink) => ring.read(fd, range, local, sink),
    path,
    start,
    length,
    onChunk,
  );

async function started(): Promise<HashRing> {
  const ring = new HashRing();
  for (let i = 0; i < 500 && !ring.ready; i++) await new Promise((r) => setTimeout(r, 10));
  expect(ring.ready).toBe(true);
  return ring;
}

describe('HashRing', () => {
  it('hashes any byte range exactly, through a ring that wraps, pass after pass on one reader thread', async () => {
    const ring = await started();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc
            .integer({ min: 0, max: data.length })
            .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: 0, max: data.length - start }))),
          async ([start, length]) => {
            const { digest } = await throughRing(ring, file, start, length);
            expect(digest).toBe(sha(data.subarray(start, start + length)));
          },
        ),
        { numRuns: 60 },
      );
      // A long pass through a started ring is timed over all of it (calibration's sample).
      const { timing } = await throughRing(ring, file, 0, data.length);
      expect(timing.bytes).toBe(data.length);
      expect(timing.ms).toBeGreaterThan(0);
    } finally {
      await ring.close();
    }
  });

  it('reads the first chunks on the hashing thread while its reader thread starts', async () => {
    const ring = new HashRing();
    try {
      expect(ring.ready).toBe(false);
      const { digest, timing } = await throughRing(ring, file, 7, data.length - 7);
      expect(digest).toBe(sha(data.subarray(7)));
      expect(timing.bytes).toBeLessThanOrEqual(data.length - 7);
    } finally {
      await ring.close();
    }
  });

  it('reads the rest itself when the reader thread dies in the middle of a pass', async () => {
    const ring = await started();
    let closing: Promise<void> | undefined;
    const { digest, timing } = await throughRing(ring, file, 0, data.length, (_c, n) => {
      if (n === 2) closing = ring.close();
    });
    await closing;
    expect(digest).toBe(sha(data));
    // Not a sample: part of it was read another way.
    expect(timing).toEqual({ bytes: 0, ms: 0 });
    expect(ring.alive).toBe(false);
    // A dead ring: every later pass is read on the hashing thread.
    expect((await throughRing(ring, file, 3, 1000)).digest).toBe(sha(data.subarray(3, 1003)));
  });

  it('reports a file that shrank while the reader thread read it, and serves the next pass', async () => {
    const ring = await started();
    const short = join(dir, 'short.bin');
    try {
      writeFileSync(short, data);
      const fd = openSync(short, 'r');
      try {
        truncateSync(short, RING_SLOT_BYTES * 3 + 5);
        const pass = ring.read(
          fd,
          { start: 0, length: data.length, display: short },
          Buffer.alloc(LOCAL_BUFFER_SIZE),
          () => {},
        );
        await expect(pass).rejects.toThrow(ModelvetError);
        await expect(pass).rejects.toMatchObject({ code: 'CHANGED_WHILE_READING' });
      } finally {
        closeSync(fd);
      }
      expect((await throughRing(ring, file, 0, data.length)).digest).toBe(sha(data));
    } finally {
      await ring.close();
    }
  });

  it('ends the pass when the hashing side throws, so the descriptor may be closed, and serves the next pass', async () => {
    const ring = await started();
    try {
      const boom = new Error('hasher failed');
      await expect(
        throughRing(ring, file, 0, data.length, (_c, n) => {
          if (n === 5) throw boom;
        }),
      ).rejects.toBe(boom);
      expect(ring.busy).toBe(false);
      expect((await throughRing(ring, file, 11, data.length - 11)).digest).toBe(sha(data.subarray(11)));
    } finally {
      await ring.close();
    }
  });
});

describe('a pass whose sides sleep', () => {
  it('keeps the process alive while it waits for the reader thread (nothing else holds the event loop)', () => {
    // spinMs 0: every wait is a sleep on Atomics.waitAsync, which alone does not keep Node running;
    // before the pass held its reader thread, this process ended in the middle ("unsettled top-level
    // await", exit 13).
    const ring = pathToFileURL(join(import.meta.dirname, '../../../src/core/hash/ring.ts')).href;
    const script = `
      import { createHash } from 'node:crypto';
      import { openSync } from 'node:fs';
      import { HashRing } from ${JSON.stringify(ring)};
      const ring = new HashRing({ spinMs: 0 });
      const h = createHash('sha256');
      const fd = openSync(process.argv[2], 'r');
      const size = Number(process.argv[3]);
      const t = await ring.read(fd, { start: 0, length: size, display: 'f' }, Buffer.alloc(1 << 18), (c) => h.update(c));
      await new Promise((r) => setTimeout(r, 200));
      const u = await ring.read(fd, { start: 0, length: size, display: 'f' }, Buffer.alloc(1 << 18), (c) => h.update(c));
      console.log(h.digest('hex'), u.bytes);
    `;
    const main = join(dir, 'sleepy-pass.mjs');
    writeFileSync(main, script);
    const r = spawnSync(process.execPath, [main, file, String(data.length)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const twice = createHash('sha256').update(data).update(data).digest('hex');
    expect(r.stdout.trim()).toBe(`${twice} ${data.length}`);
  });
});

describe('hashFile with the ring reader', () => {
  it('gives two passes at once on one thread the right digests (the second reads on the thread)', async () => {
    const [a, b] = await Promise.all([
      hashFile(file, { reader: 'ring' }),
      hashFile(file, { reader: 'ring', start: 100, length: data.length - 200 }),
    ]);
    expect(a.digests.sha256).toBe(sha(data));
    expect(b.digests.sha256).toBe(sha(data.subarray(100, data.length - 100)));
  });

  it('checks the size after the pass as the other readers do', async () => {
    const grown = join(dir, 'grown.bin');
    writeFileSync(grown, data.subarray(0, 3 * RING_SLOT_BYTES));
    const r = await hashFile(grown, { reader: 'ring', algorithms: ['sha256', 'sha512'] });
    expect(r.size).toBe(3 * RING_SLOT_BYTES);
    expect(r.digests.sha512).toBe(
      createHash('sha512')
        .update(data.subarray(0, 3 * RING_SLOT_BYTES))
        .digest('hex'),
    );
  });
});

describe('ringSpinMs', () => {
  it('spins only where the side waited for can run meanwhile (more than one CPU)', () => {
    expect(ringSpinMs(1)).toBe(0);
    expect(ringSpinMs(0)).toBe(0);
    expect(ringSpinMs(2)).toBe(SPIN_MS);
  });
});
