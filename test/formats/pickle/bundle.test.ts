/**
 * What ships: the pickle fixtures of this area scanned by the built CLI (`node dist/bin.js`, built by
 * `npm run build`) in a child process, exit codes and JSON findings included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');

interface Report {
  findings: { rule: string; severity: string; path: string; member?: string[] }[];
}

function scan(files: string[]) {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
  const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', '--no-progress', ...files], {
    cwd: join(ROOT, 'fixtures'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

describe('the built CLI on the pickle loader fixtures', () => {
  const manifest: { file: string; rule: string; severity: string }[] = JSON.parse(
    readFileSync(join(ROOT, 'fixtures/pickle/loader/manifest.json'), 'utf8'),
  );

  it('fails on every hostile file with the rule and severity its manifest entry names', () => {
    const { code, report } = scan(manifest.map((e) => e.file));
    expect(code).toBe(1);
    for (const e of manifest) {
      const hits = report.findings.filter((f) => f.path === e.file).map((f) => `${f.rule} ${f.severity}`);
      expect(hits, e.file).toContain(`${e.rule} ${e.severity}`);
    }
  });

  it('passes the benign files the real libraries made (TorchScript, KDTree, classes as data)', () => {
    const files = [
      'torch/scripted_lstm.pt',
      'torch/scripted_gru.pt',
      'torch/scripted_tensorlist.pt',
      'pickle/loader/benign/kdtree_proto2.pkl',
      'pickle/loader/benign/bytes_values_proto3.pkl',
      'pickle/loader/benign/onehot_float32.pkl',
      'pickle/loader/benign/class_as_data.pkl',
      'pickle/loader/benign/custom_class_rebuilt.pkl',
    ];
    const { code, report, stderr } = scan(files);
    expect(report.findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    expect(code, stderr).toBe(0);
  });
});
