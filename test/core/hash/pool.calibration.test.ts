import { createHash } from 'node:crypto';
import { rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALIBRATION_ROUNDS,
  CALIBRATION_SEGMENT,
  READER_STRATEGIES,
  threadCalibration,
} from '../../../src/core/hash/calibrate.ts';
import { HashPool } from '../../../src/core/hash/pool.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('HashPool and the read strategy', () => {
  it("adopts the strategy a worker calibrated as the process's, and hashes on with it", async () => {
    expect(threadCalibration.decision).toBeUndefined();
    // Sparse (zeros: nothing to write or read from disk), longer than every calibration segment.
    const size = READER_STRATEGIES.length * CALIBRATION_ROUNDS * CALIBRATION_SEGMENT + 12345;
    const p = join(dir, 'big');
    await writeFile(p, '');
    await truncate(p, size);
    const zeros = Buffer.alloc(1024 * 1024);
    const whole = createHash('sha256');
    for (let left = size; left > 0; left -= zeros.length)
      whole.update(zeros.subarray(0, Math.min(left, zeros.length)));
    const pool = new HashPool(1);
    try {
      const r = await pool.hash({ path: p });
      expect(r.digests.sha256).toBe(whole.digest('hex'));
      expect(threadCalibration.decision).toMatchObject({ how: 'calibrated' });
      expect(READER_STRATEGIES).toContain(threadCalibration.decision!.strategy);
      const again = await pool.hash({ path: p, start: 5, length: 1000 });
      expect(again.digests.sha256).toBe(createHash('sha256').update(zeros.subarray(0, 1000)).digest('hex'));
    } finally {
      await pool.close();
    }
  });
});
