/** The published JSON report schema (schemas/report.schema.json) matches real output. */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { runCli } from '../helpers/cli.ts';
import { draft07Validator, type Validate } from '../helpers/schema.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let validate: Validate;
let tmp: string;

beforeAll(async () => {
  validate = await draft07Validator(join(ROOT, 'schemas', 'report.schema.json'));
  tmp = await makeTmpDir();
  await cp(join(ROOT, 'fixtures', 'policy'), join(tmp, 'models'), { recursive: true });
});

async function jsonReport(args: string[]): Promise<Report> {
  const r = await runCli([
    'scan',
    ...args,
    '--format',
    'json',
    '--no-policy-discovery',
    '--algorithm',
    'sha512',
  ]);
  expect(r.code, r.err).toBeLessThan(2);
  return JSON.parse(r.out) as Report;
}

describe('schemas/report.schema.json', () => {
  it('validates the report of a scan of every fixture', async () => {
    const report = await jsonReport([join(ROOT, 'fixtures')]);
    expect(report.files.length).toBeGreaterThan(3);
    expect(validate(report)).toEqual([]);
  });

  it('validates a report with a policy: suppressed findings, ignores, refused keys', async () => {
    const policy = join(tmp, 'p.yml');
    await writeFile(
      policy,
      'formats:\n  deny: [zip]\nrules:\n  scan/unsupported-format: off\nignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n    reason: later\n    expires: 2099-01-01\n  - rule: repo/lfs-pointer\n    path: x\n    reason: old\n    expires: 2000-01-01\n',
    );
    const report = await jsonReport([join(tmp, 'models'), '--policy', policy]);
    expect(report.suppressed!.length).toBeGreaterThan(0);
    expect(report.policy!.ignores.map((i) => i.status)).toEqual(['active', 'expired']);
    expect(validate(report)).toEqual([]);
  });

  it('validates a single-file target and a policy found inside the scanned folder', async () => {
    await writeFile(
      join(tmp, 'models', 'lfs-model', '.modelvet.yml'),
      'ignore:\n  - rule: repo/*\n    path: "**"\n    reason: self-approved\n',
    );
    const r = await runCli(['scan', join(tmp, 'models', 'lfs-model'), '--format', 'json'], { cwd: tmp });
    const report = JSON.parse(r.out) as Report;
    expect(report.policy!.refused).toEqual(['ignore']);
    expect(validate(report)).toEqual([]);
    expect(validate(await jsonReport([join(tmp, 'models', 'clean-model', 'model.safetensors')]))).toEqual([]);
  });

  it('rejects what the schema forbids (it is not vacuous)', async () => {
    const report = await jsonReport([join(tmp, 'models', 'clean-model')]);
    expect(validate({ ...report, extra: 1 }).length).toBeGreaterThan(0);
    expect(validate({ ...report, verdict: 'maybe' }).length).toBeGreaterThan(0);
    expect(
      validate({ ...report, findings: [{ rule: 'x/y', severity: 'bad', path: 'p', message: 'm' }] }).length,
    ).toBeGreaterThan(0);
    expect(validate({ ...report, startedAt: 'yesterday' }).length).toBeGreaterThan(0);
  });
});
