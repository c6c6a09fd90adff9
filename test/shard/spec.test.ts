import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, ownsTargetChecks, parseShard, shardOf } from '../../src/shard/spec.ts';

describe('parseShard', () => {
  it('reads K/N and refuses anything else with a usage error', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '4', '1/4/2', '-1/4', 'a/b', '1/5000', '', undefined, 3, true])
      expect(() => parseShard(bad)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('shardOf', () => {
  it('is stable: the same key always lands on the same shard, and in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 300 }), (key, n) => {
        const k = shardOf(key, n);
        expect(k).toBeGreaterThanOrEqual(1);
        expect(k).toBeLessThanOrEqual(n);
        expect(shardOf(key, n)).toBe(k);
      }),
    );
  });

  it('adding a file moves only that file', () => {
    const files = Array.from({ length: 500 }, (_, i) => `model/part-${i}.safetensors`);
    const before = new Map(files.map((f) => [f, shardOf(f, 8)]));
    const after = [...files, 'model/new.bin'];
    for (const f of after.slice(0, -1)) expect(shardOf(f, 8)).toBe(before.get(f));
    // and the split is roughly even
    const counts = new Array(9).fill(0);
    for (const f of files) counts[shardOf(f, 8)]++;
    for (const c of counts.slice(1)) expect(c).toBeGreaterThan(30);
  });

  it('every key is in exactly one shard; shard 1 owns the target checks', () => {
    for (const key of ['a', 'b/c', 'x:0:100']) {
      const owners = [1, 2, 3].filter((index) => inShard(key, { index, count: 3 }));
      expect(owners).toHaveLength(1);
    }
    expect(inShard('anything', undefined)).toBe(true);
    expect(ownsTargetChecks({ index: 1, count: 3 })).toBe(true);
    expect(ownsTargetChecks({ index: 2, count: 3 })).toBe(false);
    expect(ownsTargetChecks(undefined)).toBe(true);
  });
});
