/** The public library API as DESIGN.md names it, used end to end on a copy of a fixture. */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as modelvet from '../src/index.ts';
import { hashFile, loadPolicy, lock, scan, sign, verify } from '../src/index.ts';
import { makeTmpDir } from './helpers/tmp.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  await cp(join(FIXTURES, 'policy', 'clean-model'), join(dir, 'model'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('library API', () => {
  it('exports scan, verify, lock, sign, hashFile and loadPolicy', () => {
    for (const [name, fn] of Object.entries({ scan, verify, lock, sign, hashFile, loadPolicy })) {
      expect(typeof fn, name).toBe('function');
    }
  });

  it('locks, verifies, signs and scans a model folder', async () => {
    const model = join(dir, 'model');
    const locked = await modelvet.lock(model);
    expect(locked.path).toBe(join(model, 'modelvet.lock.json'));
    const verified = await modelvet.verify(model, { lock: locked.path });
    expect(verified.verifications.map((v) => v.ok)).toEqual([true]);
    await modelvet.sign(model, { key: join(FIXTURES, 'oms', 'p256-key.pem') });
    const signer: modelvet.Signer = { kind: 'key', keyPath: join(FIXTURES, 'oms', 'p256-pub.pem') };
    const report = await modelvet.scan([model], { verify: { signers: [signer] } });
    expect(report.verdict).toBe('pass');
    expect(report.verifications.map((v) => [v.kind, v.ok]).sort()).toEqual([
      ['lock', true],
      ['signature', true],
    ]);
  });

  it('scans in shards and merges them into the same report, with a digest cache', async () => {
    const model = join(dir, 'model');
    const cache = await modelvet.DigestCache.open(join(dir, 'cache'));
    const one = await modelvet.scan([model], { digestCache: cache });
    const parts = await Promise.all(
      [1, 2, 3].map((index) =>
        modelvet.scanShard([model], { shard: { index, count: 3 }, digestCache: cache }),
      ),
    );
    const merged = await modelvet.mergeScan(parts);
    const plain = (files: typeof one.files) => files.map(({ digestsFrom: _cached, ...f }) => f);
    expect(plain(merged.files)).toEqual(plain(one.files));
    expect(merged.verdict).toBe(one.verdict);
    expect(modelvet.parseShard('2/3')).toEqual({ index: 2, count: 3 });
  });
});
