/**
 * The campaign's failures, rebuilt from the same kind of input (issue: "survive hostile input"):
 * a 42 KB YAML of nested flow collections as --policy, as a scanned folder's .modelvet.yml, as a
 * workflow and as environment.yml; a TOML string of 250 KB; a Python line of 50,000 calls. Each is
 * one finding about that file (or a one-line usage error for --policy), in our words, and every
 * other file's findings stay. Run in-process and through the built CLI (dist/bin.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { runCli } from '../helpers/cli.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
const DEEP_YAML = `a: ${'['.repeat(21_000)}${']'.repeat(21_000)}\n`; // 42 KB
const LIBRARY_TEXT = /Maximum call stack|Cannot read properties|RangeError|TypeError|\n\s+at /;

let tmp: string;
let repo: string;
let model: string;

beforeAll(async () => {
  tmp = await makeTmpDir('modelvet-hostile-');
  repo = join(tmp, 'repo');
  await mkdir(join(repo, '.github', 'workflows'), { recursive: true });
  await writeFile(join(repo, '.github', 'workflows', 'deep.yml'), DEEP_YAML);
  await writeFile(join(repo, 'environment.yml'), DEEP_YAML);
  await writeFile(join(repo, 'requirements.txt'), 'torch\n');
  await writeFile(
    join(repo, 'train.py'),
    'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/name")\n',
  );
  await writeFile(
    join(repo, 'pyproject.toml'),
    `[project]\nname = "x"\ndescription = "${'d'.repeat(250_000)}"\ndependencies = ["numpy>=1"]\n`,
  );
  await writeFile(join(repo, 'calls.py'), `x = f${'()'.repeat(50_000)}\n`);
  await writeFile(join(tmp, 'deep-policy.yml'), DEEP_YAML);
  model = join(tmp, 'model');
  await mkdir(model);
  await writeFile(join(model, '.modelvet.yml'), DEEP_YAML);
  await writeFile(join(model, 'requirements.txt'), 'torch\n');
});

/** The pin and policy findings (other analyzers' findings are theirs to test), relative to `base`. */
const rel = (r: Report, base: string) =>
  r.findings
    .filter((f) => /^(pin|policy)\//.test(f.rule))
    // Paths are shown relative to the working folder when that is shorter: resolve before comparing.
    .map((f) => `${relative(base, resolve(f.path))} ${f.rule}@${f.severity}`)
    .sort();

function expectFolderFindings(report: Report): void {
  expect(rel(report, repo)).toEqual([
    '.github/workflows/deep.yml pin/unparseable@medium',
    'calls.py pin/unparseable@low',
    'environment.yml pin/unparseable@medium',
    'pyproject.toml pin/unparseable@low',
    'pyproject.toml pin/unpinned-requirement@medium',
    'requirements.txt pin/unpinned-requirement@medium',
    'train.py pin/unpinned-model-revision@medium',
  ]);
  for (const f of report.findings) expect(f.message).not.toMatch(LIBRARY_TEXT);
  const deep = report.findings.find((f) => f.path.endsWith('deep.yml') && f.rule === 'pin/unparseable')!;
  expect(deep.message).toBe(
    'workflow: YAML nests deeper than 64 levels; not parsed; its steps may not all be checked',
  );
  const calls = report.findings.find((f) => f.path.endsWith('calls.py') && f.rule === 'pin/unparseable')!;
  expect(calls.message).toBe(
    'Python code nests expressions about 3000 operations deep, more than CPython compiles (RecursionError during compilation); its model references were not checked',
  );
}

describe('hostile input, in-process', () => {
  it('each hostile file is one finding about itself; the other files keep theirs', async () => {
    const r = await runCli(['scan', repo, '--format', 'json', '--no-policy-discovery']);
    expect(r.err).not.toMatch(LIBRARY_TEXT);
    expectFolderFindings(JSON.parse(r.out) as Report);
  }, 60_000);

  it('a .modelvet.yml inside the scanned folder that cannot be read is a finding; the scan goes on', async () => {
    const r = await runCli(['scan', model, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(rel(report, model)).toEqual([
      '.modelvet.yml policy/invalid-policy@high',
      'requirements.txt pin/unpinned-requirement@medium',
    ]);
    const invalid = report.findings.find((f) => f.rule === 'policy/invalid-policy')!;
    expect(invalid.message).toBe(
      `${invalid.path} was found inside the scanned folder and is not a valid policy ((file): YAML nests deeper than 64 levels; not parsed); none of it was applied`,
    );
    expect(r.err).toContain('is not a valid policy; it was not applied');
  }, 60_000);

  it('the same YAML given with --policy is a one-line usage error (exit 2)', async () => {
    const policy = join(tmp, 'deep-policy.yml');
    const r = await runCli(['scan', model, '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `modelvet: invalid policy ${policy}:1:68: (file): YAML nests deeper than 64 levels; not parsed\n`,
    );
  });
});

describe('hostile input, through the built CLI', () => {
  const run = (args: string[]) => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', timeout: 30_000 });
    return { ...r, ms: Date.now() - started };
  };
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error('dist/bin.js is missing: run npm run build');
  });

  it('folder of hostile files: exit 0, valid JSON, every other finding kept, within 10 s', () => {
    const r = run(['scan', repo, '--format', 'json', '--no-policy-discovery']);
    expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(10_000);
    expectFolderFindings(JSON.parse(r.stdout) as Report);
  }, 60_000);

  it('--policy of nested YAML: exit 2 and one line, no stack trace', () => {
    const policy = join(tmp, 'deep-policy.yml');
    const r = run(['scan', model, '--policy', policy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `modelvet: invalid policy ${policy}:1:68: (file): YAML nests deeper than 64 levels; not parsed\n`,
    );
  });

  it("a scanned folder's nested .modelvet.yml: exit 1 with policy/invalid-policy, not an abort", () => {
    const r = run(['scan', model, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(rel(JSON.parse(r.stdout) as Report, model)).toContain('.modelvet.yml policy/invalid-policy@high');
  }, 60_000);
});
