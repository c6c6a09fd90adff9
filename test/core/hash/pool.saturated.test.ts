/**
 * With as many hashing streams as CPUs there is no free core for the overlapped reader's reads: the
 * pool hands every range job the local reader, so no thread calibrates (a calibration measured under
 * that contention would be meaningless) and the process never adopts a decision.
 */
import { createHash } from 'node:crypto';
import { rm, truncate, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALIBRATION_ROUNDS,
  CALIBRATION_SEGMENT,
  threadCalibration,
} from '../../../src/core/hash/calibrate.ts';
import type { ReaderDecision, ReaderStrategy } from '../../../src/core/hash/calibrate.ts';
import { HashPool, readerForStreams, ringAllowed } from '../../../src/core/hash/pool.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readerForStreams', () => {
  it('is the local reader when every CPU hashes, else the calibrated choice', () => {
    const decided = (strategy: ReaderStrategy) =>
      ({ strategy, how: 'calibrated', rates: { overlapped: 3, local: 2, ring: 4 } }) satisfies ReaderDecision;
    expect(readerForStreams(2, 2, decided('overlapped'))).toBe('local');
    expect(readerForStreams(3, 2, undefined)).toBe('local');
    expect(readerForStreams(1, 2, decided('overlapped'))).toBe('overlapped');
    expect(readerForStreams(3, 4, undefined)).toBeUndefined();
    // One CPU: the reader itself compares the local and direct readers only (strategiesForCpus).
    expect(readerForStreams(1, 1, undefined)).toBeUndefined();
    // The ring reader needs a second core per stream; without one, the fastest other measured.
    expect(readerForStreams(1, 2, decided('ring'))).toBe('ring');
    expect(readerForStreams(2, 4, decided('ring'))).toBe('ring');
    expect(readerForStreams(3, 4, decided('ring'))).toBe('overlapped');
    expect(readerForStreams(2, 2, decided('ring'))).toBe('local');
  });

  it('gives a stream the ring reader only when every stream can have a second core', () => {
    expect(ringAllowed(1, 2)).toBe(true);
    expect(ringAllowed(2, 2)).toBe(false);
    expect(ringAllowed(2, 4)).toBe(true);
    expect(ringAllowed(3, 4)).toBe(false);
    expect(ringAllowed(1, 1)).toBe(false);
  });
});

const cpus = availableParallelism();

describe.skipIf(cpus < 2 || cpus > 4)('HashPool with every CPU hashing', () => {
  it('reads each range with the local reader: no thread calibrates, the digests are right', async () => {
    // Sparse files long enough to calibrate on (zeros: no disk to write or read).
    const size = 2 * CALIBRATION_ROUNDS * CALIBRATION_SEGMENT + 4096;
    const paths = Array.from({ length: cpus }, (_, i) => join(dir, `zeros-${i}`));
    for (const p of paths) {
      await writeFile(p, '');
      await truncate(p, size);
    }
    const expected = createHash('sha256');
    const chunk = Buffer.alloc(CALIBRATION_SEGMENT);
    for (let done = 0; done < size; done += chunk.length)
      expected.update(chunk.subarray(0, Math.min(chunk.length, size - done)));
    const digest = expected.digest('hex');
    const pool = new HashPool(cpus, { inline: true });
    try {
      const results = await Promise.all(paths.map((path) => pool.hash({ path })));
      for (const r of results) expect(r.digests.sha256).toBe(digest);
      expect(threadCalibration.decision).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 60_000);
});
