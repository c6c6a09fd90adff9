/**
 * What ships: the built CLI bundle (dist/bin.js, `npm run build`) finds the config, Keras and
 * TensorFlow techniques of this slice, in JSON output, with the exit code a CI gate reads.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');

async function scanJson(...targets: string[]): Promise<{ code: number; rules: string[] }> {
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [BIN, 'scan', '--format', 'json', ...targets], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (e) {
    const err = e as { code: number; stdout: string };
    code = err.code;
    stdout = err.stdout;
  }
  const report = JSON.parse(stdout) as { findings: { rule: string }[] };
  return { code, rules: [...new Set(report.findings.map((f) => f.rule))].sort() };
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
});

describe('the built CLI on configs, Keras layers and text SavedModels', () => {
  it('fails a .nemo whose model_config.yaml targets posix.system, and a YAML built by interpolation', async () => {
    const r = await scanJson('fixtures/hydra/hostile.nemo', 'fixtures/hydra/interpolated_target.yaml');
    expect(r.code).toBe(1);
    expect(r.rules).toContain('hydra/dangerous-target');
  });

  it('passes the benign NeMo and Hydra configs', async () => {
    expect(await scanJson('fixtures/hydra/benign.nemo', 'fixtures/hydra/hydra_benign.yaml')).toEqual({
      code: 0,
      rules: [],
    });
  });

  it('fails a deeply nested YAML with one finding instead of crashing', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'modelvet-hydra-'));
    try {
      await writeFile(
        join(dir, 'config.yaml'),
        `_target_: x\na: ${'['.repeat(40_000)}${']'.repeat(40_000)}\n`,
      );
      const r = await scanJson(dir);
      expect(r.rules).toEqual(['hydra/unreadable-config']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('flags a Keras vocabulary path and hidden text-format ops', async () => {
    const keras = await scanJson('fixtures/keras/lookup_file_vocab.keras');
    expect(keras).toEqual({ code: 1, rules: ['keras/file-reading-layer'] });
    const tf = await scanJson('fixtures/tensorflow/text_evasion', 'fixtures/tensorflow/unknown_first_field');
    expect(tf.code).toBe(1);
    expect(tf.rules).toEqual(['tensorflow/io-op', 'tensorflow/py-func-op']);
  });
});
