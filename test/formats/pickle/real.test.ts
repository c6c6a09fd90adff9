/** Real checkpoints made by real libraries scan clean (nothing at medium or above). */
import { describe, expect, it } from 'vitest';
import { FileSource } from '../../../src/core/source.ts';
import { scanPickle } from '../../../src/formats/pickle/scan.ts';
import { analyzeFile, atOrAbove, FIXTURES } from './helpers.ts';

const REAL = [
  ['torch-legacy/state_dict_legacy.pt', 'pickle'],
  ['torch-legacy/checkpoint_legacy.pt', 'pickle'],
  ['numpy/float64.npy', 'numpy'],
  ['numpy/int32_fortran.npy', 'numpy'],
  ['numpy/structured.npy', 'numpy'],
  ['numpy/object_benign.npy', 'numpy'],
  ['joblib/logistic_regression.joblib', 'pickle'],
  ['joblib/random_forest.joblib', 'pickle'],
  ['joblib/pipeline.joblib', 'pickle'],
  ['joblib/object_array.joblib', 'pickle'],
  ['joblib/logistic_regression_zlib.joblib', 'zlib'],
  ['pickle/sklearn_logreg_proto4.pkl', 'pickle'],
  ['pickle/sklearn_forest_proto1.pkl', 'pickle'],
  ['pickle/benign_proto0.pkl', 'pickle'],
  ['pickle/benign_proto1.pkl', 'pickle'],
  ['pickle/numpy_array_proto2.pkl', 'pickle'],
  ['pickle/numpy_array_proto5.pkl', 'pickle'],
] as const;

describe('real artifacts', () => {
  for (const [file, kind] of REAL) {
    it(`${file} is ${kind} with no finding at medium or above`, async () => {
      const r = await analyzeFile(file);
      expect(r.kind).toBe(kind);
      expect(atOrAbove(r.findings, 'medium')).toEqual([]);
    });
  }

  const walk = async (file: string) => {
    const source = await FileSource.open(`${FIXTURES}/${file}`, file);
    const findings: unknown[] = [];
    try {
      return { summary: await scanPickle(source, (f) => findings.push(f)), size: source.size, findings };
    } finally {
      await source.close();
    }
  };

  it('recognises the legacy PyTorch layout and skips its storages to the exact end', async () => {
    for (const file of ['torch-legacy/state_dict_legacy.pt', 'torch-legacy/checkpoint_legacy.pt']) {
      const { summary, size, findings } = await walk(file);
      expect(summary.layout).toBe('torch-legacy');
      expect(summary.streams).toBe(5);
      expect(summary.end).toBe(size);
      expect(findings).toEqual([]);
    }
  });

  it('walks joblib streams through their in-stream arrays to the exact end', async () => {
    for (const file of [
      'joblib/logistic_regression.joblib',
      'joblib/random_forest.joblib',
      'joblib/object_array.joblib',
    ]) {
      const { summary, size } = await walk(file);
      expect(summary.error).toBeUndefined();
      expect(summary.streams).toBe(1);
      expect(summary.end).toBe(size);
      expect(summary.globals).toBeGreaterThan(3);
    }
  });

  it('extends the allowlist with pickleAllow', async () => {
    const r = await analyzeFile('pickle/hostile/unknown_called.pkl', {
      pickleAllow: ['somepkg.layers.Custom'],
    });
    expect(r.findings).toEqual([]);
  });

  it('never lets pickleAllow override the denylist', async () => {
    const r = await analyzeFile('pickle/hostile/01_proto0_global_reduce.pkl', {
      pickleAllow: ['posix.system'],
    });
    expect(r.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      'pickle/dangerous-global',
      'critical',
    ]);
  });
});
