/**
 * What ships: the built CLI (`node dist/bin.js scan`, run `npm run build` first) on the walk's
 * hostile twins, a Hugging Face snapshot folder and an Ollama store, in a child process.
 */
import { isUtf8 } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cycleTwin,
  fixture,
  gitLinkTwin,
  hfRepo,
  nameTwin,
  ollamaStore,
  PICKLE_BENIGN,
  PICKLE_PAYLOAD,
} from './helpers/layouts.ts';
import { makeTmpDir } from './helpers/tmp.ts';

const BIN = join(import.meta.dirname, '..', 'dist', 'bin.js');

let dir: string;
beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before these tests`);
  dir = await makeTmpDir('modelvet-scan-cli-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'scan', ...args], { timeout: 60_000 });
  return {
    code: r.status,
    raw: r.stdout,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr.toString('utf8'),
  };
}
const json = (...paths: string[]) => {
  const r = run('--format', 'json', '--no-progress', ...paths);
  return { ...r, report: JSON.parse(r.stdout) };
};
type Finding = { rule: string; path: string; severity: string; evidence: Record<string, unknown> };
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule).sort();

describe('modelvet scan (built bundle)', () => {
  it('a Hugging Face snapshot folder: blobs scanned and verified, no escapes, exit 0', async () => {
    const { snapshot } = await hfRepo(
      join(dir, 'hub'),
      'org/tiny',
      { 'config.json': '{"model_type": "bert"}\n', 'weights.bin': PICKLE_BENIGN },
      ['weights.bin'],
    );
    const { code, report } = json(snapshot);
    expect(report.findings).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path.slice(snapshot.length + 1))).toEqual([
      'config.json',
      'weights.bin',
    ]);
    expect(report.verifications.map((v: { kind: string; ok: boolean }) => [v.kind, v.ok])).toEqual([
      ['hf-cache', true],
    ]);
    expect(code).toBe(0);
  });

  it('an Ollama store: a hostile chat template in the model blob is named by the model, exit 1', async () => {
    const home = join(dir, 'ollama-home');
    const { digests } = await ollamaStore(
      home,
      { namespace: 'library', model: 'llama3', tag: '8b' },
      {
        model: fixture('gguf', 'template-cve-2024-34359.gguf'),
        template: Buffer.from('{{ .Prompt }}'),
        params: Buffer.from('{}'),
      },
    );
    const { code, report } = json(home);
    const t = report.findings.filter((f: Finding) => f.rule.startsWith('template/'));
    expect(t.length).toBeGreaterThan(0);
    expect(t[0].path).toBe(`${home}/.ollama/models/library/llama3:8b`);
    expect(t[0].evidence.blob).toBe(`sha256:${digests.model}`);
    expect(report.verifications.map((v: { kind: string; ok: boolean }) => [v.kind, v.ok])).toEqual([
      ['ollama', true],
    ]);
    expect(code).toBe(1);
  });

  it('a payload behind a link into .git: found at the link path, exit 1', async () => {
    const root = join(dir, 'git-link');
    await gitLinkTwin(root, PICKLE_PAYLOAD);
    const { code, report } = json(root);
    expect(report.findings.map((f: Finding) => [f.rule, f.path])).toContainEqual([
      'pickle/dangerous-global',
      `${root}/weights/model.pkl`,
    ]);
    expect(code).toBe(1);
  });

  it('a payload named with an invalid byte: reported escaped, in valid JSON and in the human report', async () => {
    const root = join(dir, 'names');
    await nameTwin(root, PICKLE_PAYLOAD, PICKLE_BENIGN);
    const { code, report, raw } = json(root);
    expect(isUtf8(raw)).toBe(true);
    expect(rulesOf(report.findings)).toContain('pickle/dangerous-global');
    // The raw name, decoded as os.fsdecode does (the JSON text holds it as a \udcff escape).
    expect(report.findings.find((f: Finding) => f.rule === 'pickle/dangerous-global').path).toBe(
      `${root}/model\udcff.pkl`,
    );
    expect(raw.toString('utf8')).toContain('model\\udcff.pkl');
    expect(report.findings.find((f: Finding) => f.rule === 'fs/suspicious-name').severity).toBe('low');
    expect(code).toBe(1);
    const human = run('--no-progress', root);
    expect(isUtf8(human.raw)).toBe(true);
    expect(human.stdout).toContain(`pickle/dangerous-global  ${root}/model\\xff.pkl: pickle calls os.system`);
    expect(human.stdout).not.toMatch(/dangerous-global .*\ufffd/); // the look-alike is not blamed
  });

  it('a directory cycle: one low finding, exit 0', async () => {
    const root = join(dir, 'cycle');
    await cycleTwin(root);
    const { code, report } = json(root);
    expect(report.findings.map((f: Finding) => [f.rule, f.severity])).toEqual([['fs/symlink-loop', 'low']]);
    expect(code).toBe(0);
  });

  it('the same folder twice is scanned once', async () => {
    const root = join(dir, 'git-link');
    const once = json(root).report;
    const twice = json(root, root, join(root, 'config.json')).report;
    expect(twice.targets).toHaveLength(1);
    expect(twice.files).toEqual(once.files);
    expect(rulesOf(twice.findings)).toEqual(rulesOf(once.findings));
  });
});
