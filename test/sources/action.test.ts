/** The built Action (dist/action.js) with an hf:// URL in `path`, under the runner's environment contract. */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bufferFile, MockHub } from '../helpers/mock-hub.ts';
import { fixture } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'action.js');
const COMMIT = '5555555555666666666677777777778888888888';
const TOKEN = 'hf_action_secret_token_42';

const hub = new MockHub({
  token: TOKEN,
  repos: {
    'org/gated': {
      commit: COMMIT,
      gated: true,
      files: { 'model.safetensors': bufferFile(fixture('benign', 'hf', 'gpt2', 'model.safetensors'), true) },
    },
  },
});
beforeAll(() => hub.start());
afterAll(() => hub.stop());

it('scans an hf:// path with HF_TOKEN and HF_ENDPOINT from the step env; the token is in no output', async () => {
  const base = await makeTmpDir('modelvet-action-hf-');
  const workspace = join(base, 'ws');
  const temp = join(base, 'temp');
  await mkdir(workspace);
  await mkdir(temp);
  const output = join(temp, 'out');
  const summary = join(temp, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      INPUT_PATH: `hf://org/gated@${COMMIT}`,
      HF_TOKEN: TOKEN,
      HF_ENDPOINT: hub.url,
    },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => {
    log += d;
  });
  child.stderr.on('data', (d: Buffer) => {
    log += d;
  });
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  const outputs = await readFile(output, 'utf8');
  expect(code, log).toBe(0);
  expect(outputs).toMatch(/verdict<<\S+\npass\n/);
  const reportFile = /report-file<<(\S+)\n(.+)\n\1/.exec(outputs)?.[2];
  expect(reportFile).toBeDefined();
  const report = await readFile(reportFile!, 'utf8');
  expect(JSON.parse(report).files[0].fetched.lfsSha256).toMatch(/^[0-9a-f]{64}$/);
  for (const text of [log, outputs, await readFile(summary, 'utf8'), report])
    expect(text).not.toContain(TOKEN);
}, 60_000);
