/** Whole-file behaviour: folder scans find pickles by content, big legacy checkpoints are not read. */
import { copyFile, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSource } from '../../../src/core/source.ts';
import { scanPickle } from '../../../src/formats/pickle/scan.ts';
import { scan } from '../../../src/scan.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import { atOrAbove, FIXTURES } from './helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('folder scan', () => {
  it('finds pickles named .safetensors, .bin, .model or without extension, and .npy object arrays', async () => {
    const folder = join(dir, 'model');
    await mkdir(folder);
    for (const name of ['model.safetensors', 'pytorch_model.bin', 'weights', 'model.model']) {
      await copyFile(join(FIXTURES, 'pickle/hostile/named', name), join(folder, name));
    }
    await copyFile(join(FIXTURES, 'numpy/hostile_object_array.npy'), join(folder, 'embeddings.npy'));
    await copyFile(join(FIXTURES, 'joblib/random_forest.joblib'), join(folder, 'clf.joblib'));
    await writeFile(join(folder, 'README.md'), '# model\n');
    const report = await scan([folder], { jobs: 1 });
    const dangerous = new Set(
      report.findings
        .filter((f) => f.rule === 'pickle/dangerous-global')
        .map((f) => f.path.split('/').at(-1)),
    );
    expect([...dangerous].sort()).toEqual([
      'embeddings.npy',
      'model.model',
      'model.safetensors',
      'pytorch_model.bin',
      'weights',
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.path.endsWith('clf.joblib'))).toEqual([]);
  });

  it('passes a folder of real checkpoints', async () => {
    const folder = join(dir, 'real');
    await mkdir(folder);
    for (const rel of [
      'torch-legacy/state_dict_legacy.pt',
      'joblib/pipeline.joblib',
      'numpy/float64.npy',
      'numpy/object_benign.npy',
    ]) {
      await copyFile(join(FIXTURES, rel), join(folder, rel.split('/')[1]!));
    }
    const report = await scan([folder], { jobs: 1 });
    expect(atOrAbove(report.findings, 'medium')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe('PyTorch archives through the zip reader', () => {
  it('scans a real TorchScript archive and a zip state_dict with nothing at medium or above', async () => {
    const report = await scan([join(FIXTURES, 'torch/scripted.pt'), join(FIXTURES, 'torch/state_dict.pt')], {
      jobs: 1,
    });
    expect(report.files.map((f) => f.contains)).toEqual([
      expect.arrayContaining(['pickle']),
      expect.arrayContaining(['pickle']),
    ]);
    expect(atOrAbove(report.findings, 'medium')).toEqual([]);
  });
});

describe('large legacy PyTorch file', () => {
  it('reads the pickles of a 3 GiB legacy checkpoint without reading its storage', async () => {
    const numel = 805_306_368; // 3 GiB of float32
    const le = (v: bigint, n: number) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = Number((v >> BigInt(8 * i)) & 0xffn);
      return b;
    };
    const i32 = (v: number) => le(BigInt(v), 4);
    const s = (t: string) => Buffer.concat([Buffer.from('X'), i32(t.length), Buffer.from(t)]);
    const prefix = Buffer.concat([
      Buffer.from('\x80\x02\x8a\x0a', 'latin1'),
      le(0x1950a86a20f9469cfc6cn, 10),
      Buffer.from('.\x80\x02M\xe9\x03.\x80\x02}.', 'latin1'),
      Buffer.from('\x80\x02}(', 'latin1'),
      s('w'),
      Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n((', 'latin1'),
      s('storage'),
      Buffer.from('ctorch\nFloatStorage\n', 'latin1'),
      s('0'),
      s('cpu'),
      Buffer.from('J', 'latin1'),
      i32(numel),
      Buffer.from('tQK\x00J', 'latin1'),
      i32(numel),
      Buffer.from('\x85K\x01\x85\x89ccollections\nOrderedDict\n)RtRu.', 'latin1'),
      Buffer.from('\x80\x02]', 'latin1'),
      s('0'),
      Buffer.from('a.', 'latin1'),
      le(BigInt(numel), 8),
    ]);
    const path = join(dir, 'big.pt');
    await writeFile(path, prefix);
    await truncate(path, prefix.length + numel * 4);
    const source = await FileSource.open(path);
    const findings: unknown[] = [];
    try {
      const summary = await scanPickle(source, (f) => findings.push(f));
      expect(summary.layout).toBe('torch-legacy');
      expect(summary.end).toBe(source.size);
      expect(findings).toEqual([]);
      expect(source.bytesRead).toBeLessThan(source.size / 1000);
    } finally {
      await source.close();
    }
  });
});
