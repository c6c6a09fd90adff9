/**
 * Sharding from the command line (in process, and the built bundle): `scan --shard K/N` ×4 then
 * `merge` prints what `scan` prints (JSON and SARIF, apart from timing) with the same exit code;
 * `lock --shard` ×3 then `merge` writes the lock `lock` writes; the refusals are one line, exit 2.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { makeTmpDir } from '../helpers/tmp.ts';
import { makeZoo, withoutTiming, type Zoo } from '../shard/zoo.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
let dir: string;
let zoo: Zoo;
let parts: string;

beforeAll(async () => {
  dir = await makeTmpDir();
  zoo = await makeZoo(dir);
  parts = join(dir, 'partials');
  await mkdir(parts);
  for (let k = 1; k <= 4; k++) {
    const r = await runCli([
      'scan',
      '--shard',
      `${k}/4`,
      '--policy',
      zoo.policyFile,
      '-o',
      join(parts, `p${k}.json`),
      ...zoo.paths,
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`wrote shard ${k}/4`);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** SARIF without the timing it carries (invocation times, the summary's throughput and duration). */
const sarifWithoutTiming = (text: string): unknown => {
  const timing = new Set(['startTimeUtc', 'endTimeUtc', 'startedAt', 'durationMs', 'throughput']);
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !timing.has(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return strip(JSON.parse(text));
};

describe('scan --shard + merge', () => {
  it('merge prints the report scan prints, with its exit code (JSON)', async () => {
    const one = await runCli(['scan', '--format', 'json', '--policy', zoo.policyFile, ...zoo.paths]);
    const merged = await runCli([
      'merge',
      '--format',
      'json',
      ...[4, 2, 3, 1].map((k) => join(parts, `p${k}.json`)),
    ]);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(one.code);
    expect(one.code).toBe(1);
    expect(withoutTiming(merged.out)).toEqual(withoutTiming(one.out));
  });

  it('SARIF too, and a folder of partials (downloaded artifacts) stands for its files', async () => {
    const one = await runCli(['scan', '--format', 'sarif', '--policy', zoo.policyFile, ...zoo.paths]);
    const merged = await runCli(['merge', '--format', 'sarif', parts]);
    expect(sarifWithoutTiming(merged.out)).toEqual(sarifWithoutTiming(one.out));
  });

  it('merge --fail-on decides the verdict again; -o writes the report', async () => {
    const out = join(dir, 'merged.json');
    const r = await runCli(['merge', '--fail-on', 'critical', '--format', 'json', '-o', out, parts]);
    const one = await runCli([
      'scan',
      '--fail-on',
      'critical',
      '--format',
      'json',
      '--policy',
      zoo.policyFile,
      ...zoo.paths,
    ]);
    expect(r.code).toBe(one.code);
    expect(withoutTiming(await readFile(out, 'utf8'))).toEqual(withoutTiming(one.out));
  });

  it('refuses, in one line with exit 2: a missing shard, a duplicate, a report that is not a partial', async () => {
    const missing = await runCli([
      'merge',
      join(parts, 'p1.json'),
      join(parts, 'p2.json'),
      join(parts, 'p4.json'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^modelvet: shard 3 of 4 missing\n$/);
    const twice = await runCli(['merge', parts, join(parts, 'p2.json')]);
    expect(twice.err).toMatch(/shard 2 of 4 given more than once/);
    const report = join(dir, 'report.json');
    await runCli(['scan', '--format', 'json', '-o', report, zoo.paths[1]!]);
    const notPartial = await runCli(['merge', report]);
    expect(notPartial.code).toBe(2);
    expect(notPartial.err).toMatch(/report\.json: not a modelvet partial result/);
    expect((await runCli(['merge'])).code).toBe(2);
  });

  it('scan --shard refuses a bad K/N, a partial written inside the scanned folder, and a non-JSON format', async () => {
    expect((await runCli(['scan', '--shard', '5/4', zoo.paths[0]!])).err).toMatch(/--shard must be K\/N/);
    const inside = await runCli([
      'scan',
      '--shard',
      '1/2',
      '-o',
      join(zoo.paths[0]!, 'part.json'),
      zoo.paths[0]!,
    ]);
    expect(inside.code).toBe(2);
    expect(inside.err).toMatch(/inside the scanned folder/);
    expect(existsSync(join(zoo.paths[0]!, 'part.json'))).toBe(false);
    expect((await runCli(['scan', '--shard', '1/2', '--format', 'sarif', zoo.paths[0]!])).code).toBe(2);
  });
});

describe('lock --shard + merge', () => {
  it('writes the lock file `lock` writes, byte for byte', async () => {
    const model = join(zoo.paths[0]!, 'pickles');
    const lockParts: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const p = join(dir, `lock${k}.json`);
      expect((await runCli(['lock', '--shard', `${k}/3`, model, '-o', p])).code).toBe(0);
      lockParts.push(p);
    }
    const merged = join(dir, 'merged.lock.json');
    expect((await runCli(['merge', '-o', merged, ...lockParts])).code).toBe(0);
    expect((await runCli(['lock', model])).code).toBe(0);
    expect(await readFile(merged, 'utf8')).toBe(await readFile(join(model, 'modelvet.lock.json'), 'utf8'));
    await rm(join(model, 'modelvet.lock.json'));
    expect((await runCli(['lock', '--shard', '1/3', model])).err).toMatch(/needs -o FILE/);
    expect((await runCli(['merge', lockParts[0]!, join(parts, 'p1.json')])).err).toMatch(
      /scan and lock|other/,
    );
  });
});

describe('the built CLI', () => {
  it('scan --shard ×2 and merge give the scan report and exit code', async () => {
    if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
    const run = async (args: string[]) =>
      promisify(execFile)(process.execPath, [BIN, ...args]).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const target = join(zoo.paths[0]!, 'pickles');
    for (const k of [1, 2])
      expect((await run(['scan', '--shard', `${k}/2`, '-o', join(dir, `b${k}.json`), target])).code).toBe(0);
    const merged = await run(['merge', '--format', 'json', join(dir, 'b1.json'), join(dir, 'b2.json')]);
    const one = await run(['scan', '--format', 'json', target]);
    expect(merged.code).toBe(1);
    expect(withoutTiming(merged.out)).toEqual(withoutTiming(one.out));
  });
});
