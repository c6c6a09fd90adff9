/**
 * Merged shards are the single-machine scan: 1 job vs 4 shards (and 1, 2, 7) merged, JSON reports
 * equal apart from timing fields, on a zoo with findings, suppressions and verifications. And the
 * refusals: other inputs, other settings, a slice missing or twice, mixed kinds.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { loadPolicy } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/types.ts';
import { renderJson } from '../../src/report/json.ts';
import { scan } from '../../src/scan.ts';
import { checkPartials, mergeScan } from '../../src/shard/merge.ts';
import { type PartialScan, partialJson } from '../../src/shard/partial.ts';
import { scanShard } from '../../src/shard/scan-shard.ts';
import { makeTmpDir } from '../helpers/tmp.ts';
import { makeZoo, withoutTiming, type Zoo } from './zoo.ts';

let dir: string;
let zoo: Zoo;
let policy: Policy;
let single: Report;
const partialsOf = new Map<number, PartialScan[]>();

/** Through JSON text, as partials travel between machines. */
const roundTrip = (p: PartialScan): PartialScan => JSON.parse(partialJson(p)) as PartialScan;

async function shards(count: number): Promise<PartialScan[]> {
  let got = partialsOf.get(count);
  if (!got) {
    got = [];
    for (let index = 1; index <= count; index++)
      got.push(roundTrip(await scanShard(zoo.paths, { policy, jobs: 1, shard: { index, count } })));
    partialsOf.set(count, got);
  }
  return got;
}

beforeAll(async () => {
  dir = await makeTmpDir();
  zoo = await makeZoo(dir);
  policy = await loadPolicy(zoo.policyFile);
  single = await scan(zoo.paths, { policy, jobs: 2 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the fixture', () => {
  it('has findings, suppressions, verifications and a policy finding', () => {
    const rules = new Set(single.findings.map((f) => f.rule));
    for (const r of [
      'pickle/dangerous-global',
      'repo/remote-code',
      'repo/shard-missing',
      'fs/symlink-escape',
      'policy/verification-required',
    ])
      expect(rules).toContain(r);
    expect(single.suppressed?.length).toBeGreaterThanOrEqual(2);
    expect(single.verifications.length).toBeGreaterThan(0);
    expect(single.verifications.some((v) => !v.ok)).toBe(true);
    expect(single.verdict).toBe('fail');
  });
});

describe('mergeScan', () => {
  for (const count of [1, 2, 4, 7]) {
    it(`${count} shard${count > 1 ? 's' : ''} merged = one scan, byte for byte apart from timing`, async () => {
      const partials = await shards(count);
      const merged = await mergeScan([...partials].reverse());
      expect(withoutTiming(renderJson(merged))).toEqual(withoutTiming(renderJson(single)));
      // byte-identical text once timing is fixed
      const fix = (r: Report) =>
        renderJson({ ...r, startedAt: 'T', durationMs: 0, summary: { ...r.summary, throughput: 0 } });
      expect(fix(merged)).toBe(fix(single));
    });
  }

  it('spreads the files: with 4 shards no shard has them all, and target checks run on shard 1 only', async () => {
    const partials = await shards(4);
    const sizes = partials.map((p) => p.positions.length);
    expect(sizes.reduce((a, b) => a + b)).toBe(single.files.length);
    expect(Math.max(...sizes)).toBeLessThan(single.files.length);
    for (const p of partials.slice(1)) {
      expect(p.report.verifications).toEqual([]);
      expect(
        p.report.findings.some((f) => f.rule === 'fs/symlink-escape' || f.rule === 'repo/remote-code'),
      ).toBe(false);
    }
  });

  it('merge --fail-on wins over the fail level the shards were given, as scan --fail-on does', async () => {
    const merged = await mergeScan(await shards(2), { failOn: 'critical' });
    const again = await scan(zoo.paths, { policy, failOn: 'critical' });
    expect(withoutTiming(renderJson(merged))).toEqual(withoutTiming(renderJson(again)));
  });
});

describe('refusals', () => {
  const refusedWith = async (partials: PartialScan[], pattern: RegExp) => {
    await expect(mergeScan(partials)).rejects.toMatchObject({
      code: 'PARTIAL_REFUSED',
      message: expect.stringMatching(pattern),
    });
  };

  it('a slice missing, or given twice', async () => {
    const [a, b, c, d] = await shards(4);
    await refusedWith([a!, b!, d!], /shard 3 of 4 missing/);
    await refusedWith([a!, b!, c!, d!, b!], /shard 2 of 4 given more than once/);
    await refusedWith([], /every shard/);
  });

  it('partials of a different split, of other files, or with other settings', async () => {
    const [a, b] = await shards(2);
    const [, y, z, w] = await shards(4);
    await refusedWith([a!, y!, z!, w!], /2 and of 4 shards/);
    await refusedWith([a!, { ...b!, fileListDigest: 'f'.repeat(64) }], /saw other files/);
    await refusedWith([a!, { ...b!, settingsDigest: 'e'.repeat(64) }], /other settings/);
    const overlapping = { ...b!, positions: [...a!.positions.slice(0, 1), ...b!.positions.slice(1)] };
    await refusedWith([a!, overlapping], /in two slices|in no slice/);
  });

  it('a different tree: a file added after one shard ran', async () => {
    const { writeFile } = await import('node:fs/promises');
    const [a] = await shards(2);
    await writeFile(join(zoo.paths[0]!, 'late.bin'), 'x');
    try {
      const b = roundTrip(await scanShard(zoo.paths, { policy, shard: { index: 2, count: 2 } }));
      await refusedWith([a!, b], /saw other files/);
    } finally {
      await rm(join(zoo.paths[0]!, 'late.bin'));
    }
  });

  it('scan and lock partials together', () => {
    const lockish = { kind: 'lock', shard: { index: 2, count: 2 } } as unknown as PartialScan;
    const scanPart = { kind: 'scan', shard: { index: 1, count: 2 } } as unknown as PartialScan;
    expect(() => checkPartials([scanPart, lockish])).toThrow(/cannot merge scan and lock/);
  });
});

describe('a model with a lock beside it', () => {
  it('4 shards merged = one scan: the lock verification (run by shard 1 with the digests it asked for) is the same', async () => {
    const { writeLock } = await import('../../src/verify/lock.ts');
    const { cp } = await import('node:fs/promises');
    const model = join(dir, 'locked');
    await cp(join(zoo.paths[0]!, 'pickles'), model, { recursive: true });
    await writeLock(model);
    const one = await scan([model], { jobs: 1 });
    expect(one.verifications).toMatchObject([{ kind: 'lock', ok: true }]);
    const parts: PartialScan[] = [];
    for (let index = 1; index <= 4; index++)
      parts.push(roundTrip(await scanShard([model], { jobs: 1, shard: { index, count: 4 } })));
    expect(withoutTiming(renderJson(await mergeScan(parts)))).toEqual(withoutTiming(renderJson(one)));
  });
});
