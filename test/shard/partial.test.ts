/** Partials are read back as untrusted JSON: anything but a well-formed partial is one refusal line. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelvetError } from '../../src/core/errors.ts';
import { mergeScan } from '../../src/shard/merge.ts';
import { type PartialScan, partialJson, readPartial } from '../../src/shard/partial.ts';
import { scanShard } from '../../src/shard/scan-shard.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
let good: PartialScan;
beforeAll(async () => {
  dir = await makeTmpDir();
  await mkdir(join(dir, 'm'));
  await writeFile(join(dir, 'm', 'a.json'), '{"a": 1}');
  await writeFile(join(dir, 'm', 'b.txt'), 'b');
  good = await scanShard([join(dir, 'm')], { shard: { index: 1, count: 1 } });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function read(value: unknown): Promise<unknown> {
  const p = join(dir, `p${n++}.json`);
  await writeFile(p, typeof value === 'string' ? value : JSON.stringify(value));
  return readPartial(p);
}

describe('readPartial', () => {
  it('reads back what scanShard wrote, and it merges', async () => {
    const back = (await read(partialJson(good))) as PartialScan;
    expect(back).toEqual(JSON.parse(partialJson(good)));
    expect((await mergeScan([back])).files).toHaveLength(2);
  });

  const cases: [string, (p: Record<string, unknown>) => unknown, RegExp][] = [
    ['not JSON', () => '{', /not JSON/],
    ['a report, not a partial', (p) => p.report, /not a modelvet partial/],
    ['another format version', (p) => ({ ...p, version: 2 }), /version 2/],
    // String() of an object whose toString is not a function throws: found by the property below.
    ['a version object with toString: false', (p) => ({ ...p, version: { toString: false } }), /type object/],
    ['a total object with toString: false', (p) => ({ ...p, total: { toString: false } }), /no total/],
    ['a shard outside its count', (p) => ({ ...p, shard: { index: 3, count: 2 } }), /not a slice/],
    ['a digest that is not one', (p) => ({ ...p, fileListDigest: 'x' }), /digest/],
    ['positions past the total', (p) => ({ ...p, positions: [0, 7] }), /position 1/],
    ['positions out of order', (p) => ({ ...p, positions: [1, 0] }), /position 1/],
    [
      'a report that breaks the schema',
      (p) => ({ ...p, report: { ...(p.report as object), verdict: 'maybe' } }),
      /schemas\/report/,
    ],
    ['files that do not match positions', (p) => ({ ...p, positions: [0] }), /match positions/],
    ['a policy of another shape', (p) => ({ ...p, policy: { source: 1 } }), /policy/],
    ['a fail level that is none', (p) => ({ ...p, failOn: 'severe' }), /failOn/],
  ];
  for (const [name, mutate, message] of cases) {
    it(`refuses ${name}`, async () => {
      const doc = mutate(JSON.parse(partialJson(good)) as Record<string, unknown>);
      await expect(read(doc)).rejects.toMatchObject({
        code: 'PARTIAL_REFUSED',
        message: expect.stringMatching(message),
      });
    });
  }

  it('a missing file is NOT_FOUND', async () => {
    await expect(readPartial(join(dir, 'nope.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never throws anything but a ModelvetError, whatever a field holds (property)', async () => {
    const base = JSON.parse(partialJson(good)) as Record<string, unknown>;
    const keys = [
      'format',
      'version',
      'kind',
      'shard',
      'fileListDigest',
      'settingsDigest',
      'total',
      'positions',
      'failOn',
      'policy',
      'report',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue(), async (key, value) => {
        const doc = { ...base, [key]: value };
        try {
          const p = (await read(doc)) as PartialScan;
          await mergeScan([p]).catch((e: unknown) => {
            if (!(e instanceof ModelvetError)) throw e;
          });
        } catch (e) {
          expect(e).toBeInstanceOf(ModelvetError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
