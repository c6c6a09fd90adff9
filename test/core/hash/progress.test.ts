import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft } from '../../../src/core/hash/progress.ts';

const at = (seconds: number, bytes: [number, number], files: [number, number]) => ({
  elapsedMs: seconds * 1000,
  bytesDone: bytes[0],
  bytesTotal: bytes[1],
  filesDone: files[0],
  filesTotal: files[1],
});

describe('estimateSecondsLeft', () => {
  it('is sane for many small files next to one large file not yet read', () => {
    // 28 s job: 9,000 small files (per-file cost) done in 14 s; the 2 GiB file is still to come.
    // Bytes alone promised days ("489376 s left"); files alone, nothing left.
    const left = estimateSecondsLeft(at(14, [40e6, 2.2e9], [9000, 9001]))!;
    expect(left).toBeGreaterThan(5);
    expect(left).toBeLessThan(60);
  });

  it('follows bytes for a few large files and files for many small ones', () => {
    expect(estimateSecondsLeft(at(10, [5e9, 10e9], [1, 2]))).toBeCloseTo(10, 0);
    expect(estimateSecondsLeft(at(10, [5e6, 10e6], [5000, 10000]))).toBeCloseTo(10, 0);
  });

  it('promises nothing too early, and 0 when done', () => {
    expect(estimateSecondsLeft(at(0.5, [10, 100], [1, 10]))).toBeUndefined();
    expect(estimateSecondsLeft(at(5, [0, 1e12], [0, 1e6]))).toBeUndefined();
    expect(estimateSecondsLeft(at(0.1, [100, 100], [3, 3]))).toBe(0);
  });
});
