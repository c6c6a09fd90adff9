import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALIBRATION_ROUNDS,
  CALIBRATION_SEGMENT,
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
    const big = Buffer.alloc(2 * CALIBRATION_ROUNDS * CALIBRATION_SEGMENT + 12345, 9);
    const p = join(dir, 'big');
    await writeFile(p, big);
    const pool = new HashPool(1);
    try {
      const r = await pool.hash({ path: p });
      expect(r.digests.sha256).toBe(createHash('sha256').update(big).digest('hex'));
      expect(threadCalibration.decision).toMatchObject({ how: 'calibrated' });
      expect(['overlapped', 'local']).toContain(threadCalibration.decision!.strategy);
      const again = await pool.hash({ path: p, start: 5, length: 1000 });
      expect(again.digests.sha256).toBe(createHash('sha256').update(big.subarray(5, 1005)).digest('hex'));
    } finally {
      await pool.close();
    }
  });
});
