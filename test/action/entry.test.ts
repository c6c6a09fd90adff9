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
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
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

async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<ActionRun> {
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
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.cwd ?? workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** A valid safetensors file of one U8 tensor of `bytes` bytes. */
function safetensorsOf(bytes: number): Buffer {
  const json = JSON.stringify({ w: { dtype: 'U8', shape: [bytes], data_offsets: [0, bytes] } });
  const header = Buffer.from(json.padEnd(Math.ceil(json.length / 8) * 8, ' '));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, header, Buffer.alloc(bytes, 1)]);
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
    // Where actions/download-artifact would put the shard jobs' uploads.
    const partials = join(base, `partials-${counter++}`);
    for (const k of [1, 2, 3]) {
      const r = await runAction(ws, { path: 'a\nb\nc', shard: `${k}/3`, 'report-file': `shard-${k}.json` });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.verdict).toBeUndefined();
      expect(r.outputs['report-file']).toBe(join(r.runnerTemp, `shard-${k}.json`));
      expect(r.stdout).toContain(`shard ${k}/3`);
      await mkdir(join(partials, `shard-${k}`), { recursive: true });
      await cp(r.outputs['report-file']!, join(partials, `shard-${k}`, 'partial.json'));
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

  it('keeps a digest cache between runs (outside the workspace), and refuses one inside it', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    // Large enough to be streamed (small files are read whole for the analyzers and always hashed).
    await writeFile(join(ws, 'model', 'weights.safetensors'), safetensorsOf(300_000));
    const cache = join(base, `cache-${counter++}`);
    await new Promise((r) => setTimeout(r, 2100)); // files younger than the racy window are not cached
    const first = await runAction(ws, { path: 'model', 'digest-cache': cache });
    expect(first.code, first.stdout).toBe(0);
    expect(existsSync(join(cache, 'modelvet-digests.json'))).toBe(true);
    const second = await runAction(ws, { path: 'model', 'digest-cache': cache });
    const report = JSON.parse(await readFile(second.outputs['report-file']!, 'utf8'));
    const cached = report.files.filter((f: { digestsFrom?: string }) => f.digestsFrom === 'cache');
    expect(cached.map((f: { path: string }) => f.path)).toEqual(['model/weights.safetensors']);
    const inside = await runAction(ws, { path: 'model', 'digest-cache': join(ws, 'model', '.cache') });
    expect(inside.code).toBe(1);
    expect(inside.stdout).toMatch(/::error::modelvet: input digest-cache must not be in the workspace/);
    expect(existsSync(join(ws, 'model', '.cache'))).toBe(false);
  });

  it('report-only mode (fail-on: none) never fails the step, and still says what it found', async () => {
    const ws = await workspaceWith({ demo: join(FIXTURES, 'demo') });
    const r = await runAction(ws, { path: 'demo', 'fail-on': 'none' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'fail', high: '1' });
    expect(r.stdout).toMatch(
      /^::notice::modelvet: report only \(fail-on: none\); would fail: 1 finding at or above high$/m,
    );
    expect(r.stdout).not.toMatch(/^::error::modelvet:/m);
  });

  it('reads severities and formats case-insensitively', async () => {
    const ws = await workspaceWith({ demo: join(FIXTURES, 'demo') });
    const r = await runAction(ws, { path: 'demo', 'fail-on': 'CRITICAL', format: 'JSON' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('"schemaVersion": 1');
  });

  it('never writes into the workspace, also for an absolute path pointing into it', async () => {
    const ws = await workspaceWith({ model: join(FIXTURES, 'policy', 'clean-model') });
    const r = await runAction(ws, { path: 'model', 'report-file': join(ws, 'report.json') });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/input report-file must name a file under RUNNER_TEMP/);
    expect(existsSync(join(ws, 'report.json'))).toBe(false);
  });

  it('does not depend on the process folder: analyzers open files by their real paths (ONNX external data)', async () => {
    const ws = await workspaceWith({
      'model/mlp_external.onnx': join(FIXTURES, 'onnx', 'mlp_external.onnx'),
      'model/mlp_external.bin': join(FIXTURES, 'onnx', 'mlp_external.bin'),
    });
    const r = await runAction(ws, { path: 'model' }, { cwd: base });
    expect(r.code, r.stdout).toBe(0);
    const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
    // Found beside the model although the process runs elsewhere: no onnx/external-data-missing.
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['scan/unknown-binary']);
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'model/mlp_external.bin',
      'model/mlp_external.onnx',
    ]);
  });

  const badInputs: [string, Record<string, string>, RegExp][] = [
    [
      'an unknown fail-on',
      { 'fail-on': 'severe' },
      /input fail-on must be one of info, low, medium, high, critical, none; got "severe"/,
    ],
    [
      'an unknown format',
      { format: 'xml' },
      /input format must be one of human, json, sarif, markdown; got "xml"/,
    ],
    [
      'jobs that are not a count',
      { jobs: 'many' },
      /input jobs must be a whole number from 1 to 256; got "many"/,
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
    [
      'a SARIF file outside RUNNER_TEMP',
      { 'sarif-file': '../elsewhere.sarif' },
      /input sarif-file must name a file under RUNNER_TEMP/,
    ],
    ['a shard that is not K/N', { shard: '4/3' }, /input shard must be K\/N/],
    ['shard and merge together', { shard: '1/2', merge: 'partials' }, /inputs shard and merge/],
    ['merge with a policy', { merge: 'partials', policy: 'p.yml' }, /give policy to the shard jobs/],
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
      // The reports and outputs are written anyway: `upload-sarif` with `if: always()` finds a file.
      expect(r.outputs.verdict).toBe('fail');
      const sarif = JSON.parse(await readFile(r.outputs['sarif-file']!, 'utf8'));
      expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
      expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(message);
      const report = JSON.parse(await readFile(r.outputs['report-file']!, 'utf8'));
      expect(report.reason).toMatch(/^modelvet did not run: /);
      expect(r.outputs['sarif-file']!.startsWith(r.runnerTemp)).toBe(true);
    });
  }
});

describe('action.yml', () => {
  it('declares node24, the bundle, and exactly the inputs, defaults and outputs the code uses', async () => {
    const meta = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'));
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    const { INPUTS } = await import('../../src/action/inputs.ts');
    expect(Object.keys(meta.inputs)).toEqual(INPUTS.map((i) => i.name));
    for (const input of INPUTS) {
      const declared = meta.inputs[input.name];
      expect(declared.default, input.name).toBe(input.default);
      expect(declared.required, input.name).toBe(false);
      // Every value the code accepts is named in the description.
      for (const v of input.values ?? []) expect(declared.description, `${input.name}: ${v}`).toContain(v);
    }
    for (const name of ['sarif-file', 'report-file'])
      expect(meta.inputs[name].description).toMatch(/RUNNER_TEMP/);
    expect(meta.inputs['fail-on'].description).toMatch(/case/i);
    const outputs = await readFile(join(ROOT, 'src', 'action', 'outputs.ts'), 'utf8');
    const set = [...outputs.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]);
    // A shard job sets report-file alone (setShardOutput): each output counted once.
    expect(Object.keys(meta.outputs).sort()).toEqual([...new Set(set)].sort());
    expect(meta.branding).toMatchObject({ icon: 'shield', color: 'blue' });
  });
});
