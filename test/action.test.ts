/**
 * The Action as the runner runs it: `node dist/action.js` in a child process with the runner's
 * environment contract (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, RUNNER_TEMP),
 * against fixture folders copied into a temporary workspace. Runs the committed bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTmpDir } from './helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'action.js');
const FIXTURES = join(ROOT, 'fixtures');

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

let base: string;
let counter = 0;

/** Parses `name<<delimiter\nvalue\ndelimiter` blocks as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const runnerTemp = join(base, `runner-${counter++}`);
  await mkdir(runnerTemp, { recursive: true });
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
  };
}

async function workspaceWith(entries: Record<string, string>): Promise<string> {
  const ws = join(base, `ws-${counter++}`);
  await mkdir(ws, { recursive: true });
  for (const [to, from] of Object.entries(entries)) await cp(from, join(ws, to), { recursive: true });
  return ws;
}

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/action.js is missing: run npm run build');
  base = await makeTmpDir('modelvet-action-');
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('the Action bundle under the runner contract', () => {
  it('passes a clean model folder: outputs, summary, SARIF and JSON report, exit 0', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    const r = await runAction(ws, { path: 'model' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', findings: '0', critical: '0', high: '0' });
    expect(r.outputs['sarif-file']).toBe(join(r.runnerTemp, 'modelvet.sarif'));
    const sarif = JSON.parse(await readFile(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
    expect(report.verdict).toBe('pass');
    expect(report.files.map((f: { path: string }) => f.path)).toContain('model/model.safetensors');
    expect(r.summary).toMatch(/PASS/);
    expect(r.stdout).not.toMatch(/^::error/m);
    // Nothing was written into the scanned workspace.
    expect(existsSync(join(ws, 'modelvet.sarif'))).toBe(false);
  });

  it('fails a folder with a finding: annotation with the file, outputs, reports still written', async () => {
    const ws = await workspaceWith({ demo: join(FIXTURES, 'demo') });
    const r = await runAction(ws, { path: 'demo', 'sarif-file': 'out/results.sarif' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', high: '1' });
    expect(r.stdout).toMatch(
      /^::error title=high%3A repo\/lfs-pointer,file=demo\/pytorch_model.bin,line=1,col=1::/m,
    );
    expect(r.stdout).toMatch(/^::error::modelvet: 1 finding at or above high$/m);
    const sarif = JSON.parse(await readFile(join(r.runnerTemp, 'out', 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'repo/lfs-pointer',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'demo/pytorch_model.bin' } } }],
    });
    expect(r.summary).toMatch(/FAIL/);
    expect(r.summary).toContain('repo/lfs-pointer');
  });

  it('lets fail-on decide: the same folder passes at critical', async () => {
    const ws = await workspaceWith({ demo: join(FIXTURES, 'demo') });
    const r = await runAction(ws, { path: 'demo', 'fail-on': 'critical' });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs.high).toBe('1');
  });

  it('fails a clean folder only because the policy allows GGUF alone', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    await writeFile(join(ws, 'policy.yml'), 'version: 1\nformats:\n  allow: [gguf]\n');
    const r = await runAction(ws, { path: 'model', policy: 'policy.yml' });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toContain('policy/format-not-allowed');
    const without = await runAction(ws, { path: 'model' });
    expect(without.code).toBe(0);
  });

  it('verifies an OMS signature with a key, and fails once a signed file changed', async () => {
    const ws = await workspaceWith({
      model: join(FIXTURES, 'policy', 'clean-model'),
      'keys/sign.pem': join(FIXTURES, 'oms', 'p256-key.pem'),
      'keys/verify.pem': join(FIXTURES, 'oms', 'p256-pub.pem'),
    });
    const signed = spawnSync(
      process.execPath,
      [join(ROOT, 'src', 'bin.ts'), 'sign', 'model', '--key', 'keys/sign.pem', '--signature', 'model.sig'],
      { cwd: ws, encoding: 'utf8' },
    );
    expect(signed.status, signed.stderr).toBe(0);
    const ok = await runAction(ws, { path: 'model', signature: 'model.sig', key: 'keys/verify.pem' });
    expect(ok.code, ok.stdout).toBe(0);
    const report = JSON.parse(await readFile(ok.outputs['report-file']!, 'utf8'));
    expect(report.verifications).toMatchObject([{ kind: 'signature', ok: true }]);
    expect(ok.summary).toMatch(/signature/i);

    await writeFile(join(ws, 'model', 'config.json'), '{"tampered": true}\n');
    const bad = await runAction(ws, { path: 'model', signature: 'model.sig', key: 'keys/verify.pem' });
    expect(bad.code).toBe(1);
    expect(bad.outputs.verdict).toBe('fail');
    const badReport = JSON.parse(await readFile(bad.outputs['report-file']!, 'utf8'));
    expect(badReport.verifications).toMatchObject([{ kind: 'signature', ok: false }]);
    expect(badReport.verifications[0].message).toContain('config.json');
    expect(bad.stdout).toMatch(/^::error::modelvet: .*verification/m);
  });

  it('verifies a lock written by modelvet lock', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    const locked = spawnSync(
      process.execPath,
      [join(ROOT, 'src', 'bin.ts'), 'lock', 'model', '-o', 'model.lock.json'],
      { cwd: ws, encoding: 'utf8' },
    );
    expect(locked.status, locked.stderr).toBe(0);
    const ok = await runAction(ws, { path: 'model', lock: 'model.lock.json' });
    expect(ok.code, ok.stdout).toBe(0);
    await writeFile(join(ws, 'model', 'extra.txt'), 'not in the lock\n');
    const bad = await runAction(ws, { path: 'model', lock: 'model.lock.json' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('extra.txt');
  });

  it('scans several paths given one per line', async () => {
    const ws = await workspaceWith({
      a: join(FIXTURES, 'policy', 'clean-model'),
      b: join(FIXTURES, 'demo'),
    });
    const r = await runAction(ws, { path: 'a\n\nb\n' });
    expect(r.code).toBe(1);
    const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
    expect(report.targets.map((t: { input: string }) => t.input)).toEqual(['a', 'b']);
  });

  it('a matrix: three shard jobs write partial results, a merge job publishes the report one job would', async () => {
    const ws = await workspaceWith({
      a: join(FIXTURES, 'policy', 'clean-model'),
      b: join(FIXTURES, 'demo'),
      c: join(FIXTURES, 'repo', 'remote-code'),
    });
    const one = await runAction(ws, { path: 'a\nb\nc' });
    const partials = join(base, `partials-${counter++}`);
    for (const k of [1, 2, 3]) {
      const r = await runAction(ws, {
        path: 'a\nb\nc',
        shard: `${k}/3`,
        'report-file': join(partials, `shard-${k}`, 'partial.json'),
      });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.verdict).toBeUndefined();
      expect(r.stdout).toContain(`shard ${k}/3`);
    }
    const merged = await runAction(ws, { merge: partials });
    expect(merged.code).toBe(one.code);
    expect(merged.code).toBe(1);
    expect(merged.outputs).toMatchObject({
      verdict: 'fail',
      findings: one.outputs.findings,
      high: one.outputs.high,
    });
    const strip = (text: string) => {
      const r = JSON.parse(text);
      delete r.startedAt;
      delete r.durationMs;
      delete r.summary.throughput;
      return r;
    };
    expect(strip(await readFile(merged.outputs['report-file']!, 'utf8'))).toEqual(
      strip(await readFile(one.outputs['report-file']!, 'utf8')),
    );
    const results = (f: string) => readFile(f, 'utf8').then((t) => JSON.parse(t).runs[0].results);
    expect(await results(merged.outputs['sarif-file']!)).toEqual(await results(one.outputs['sarif-file']!));
  });

  it('keeps a digest cache between runs (outside the scanned folder), and refuses one inside it', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    const cache = join(base, `cache-${counter++}`);
    await new Promise((r) => setTimeout(r, 2100)); // files younger than the racy window are not cached
    const first = await runAction(ws, { path: 'model', 'digest-cache': cache });
    expect(first.code, first.stdout).toBe(0);
    expect(existsSync(join(cache, 'modelvet-digests.json'))).toBe(true);
    const second = await runAction(ws, { path: 'model', 'digest-cache': cache });
    const report = JSON.parse(await readFile(second.outputs['report-file']!, 'utf8'));
    expect(report.files.every((f: { digestsFrom?: string }) => f.digestsFrom === 'cache')).toBe(true);
    const inside = await runAction(ws, { path: 'model', 'digest-cache': join(ws, 'model', '.cache') });
    expect(inside.code).toBe(1);
    expect(inside.stdout).toMatch(/::error::modelvet: --digest-cache .* is inside the scanned folder/);
  });

  const badInputs: [string, Record<string, string>, RegExp][] = [
    [
      'an unknown fail-on',
      { 'fail-on': 'severe' },
      /input fail-on must be one of info, low, medium, high, critical; got "severe"/,
    ],
    [
      'an unknown format',
      { format: 'xml' },
      /input format must be one of human, json, sarif, markdown; got "xml"/,
    ],
    [
      'jobs that are not a count',
      { jobs: 'many' },
      /input jobs must be an integer from 1 to 256; got "many"/,
    ],
    ['a path that does not exist', { path: 'nope' }, /input path nope does not exist in the workspace/],
    ['a path outside the workspace', { path: '../..' }, /input path \.\.\/\.\. is outside the workspace/],
    [
      'identity without issuer',
      { identity: 'me@example.com', signature: 'model.sig' },
      /input identity needs issuer/,
    ],
    ['issuer without identity', { issuer: 'https://accounts.google.com' }, /input issuer needs identity/],
    [
      'a signature with no signer',
      { signature: 'model.sig' },
      /input signature needs either key, or identity and issuer/,
    ],
    ['a key without a signature', { key: 'key.pub' }, /inputs key\/identity\/issuer need signature/],
    [
      'a signature file that does not exist',
      { signature: 'model.sig', key: 'model/config.json' },
      /input signature model\.sig does not exist/,
    ],
    ['a lock with two paths', { path: 'model\nmodel', lock: 'model/config.json' }, /give exactly one path/],
    ['a policy file that does not exist', { policy: 'missing.yml' }, /missing\.yml/],
    ['a shard that is not K/N', { shard: '4/3' }, /input shard must be K\/N/],
    ['shard and merge together', { shard: '1/2', merge: 'partials' }, /inputs shard and merge/],
    ['merge of files that are not there', { merge: 'nope.json' }, /nope\.json: no such file/],
  ];
  for (const [name, inputs, message] of badInputs) {
    it(`fails with one clear line for ${name}`, async () => {
      const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
      const r = await runAction(ws, { path: 'model', ...inputs });
      expect(r.code).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    });
  }
});

describe('action.yml', () => {
  it('declares node24, the bundle, and exactly the inputs and outputs the code uses', async () => {
    const meta = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'));
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(meta.inputs).sort()).toEqual(
      [
        'fail-on',
        'format',
        'identity',
        'issuer',
        'jobs',
        'key',
        'lock',
        'path',
        'policy',
        'report-file',
        'sarif-file',
        'signature',
        'shard',
        'merge',
        'digest-cache',
      ].sort(),
    );
    expect(Object.keys(meta.outputs).sort()).toEqual(
      ['critical', 'findings', 'high', 'report-file', 'sarif-file', 'verdict'].sort(),
    );
    const source = await readFile(join(ROOT, 'src', 'action.ts'), 'utf8');
    // (shard and merge modes: src/action-shard.ts; their inputs are read in action.ts)
    for (const input of Object.keys(meta.inputs)) expect(source).toContain(`'${input}'`);
    for (const output of Object.keys(meta.outputs)) expect(source).toContain(`setOutput('${output}'`);
    expect(meta.branding).toMatchObject({ icon: 'shield', color: 'blue' });
  });
});
