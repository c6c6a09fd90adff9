import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { Hdf5Error, readRootAttributes } from '../../../src/formats/hdf5/read.ts';
import { FIXTURES, rules, scanFile, serious } from '../models-helper.ts';

const fx = (n: string) => join(FIXTURES, 'keras', n);

async function attrs(n: string) {
  const src = await FileSource.open(fx(n));
  try {
    const root = await readRootAttributes(src);
    return { root, bytesRead: src.bytesRead, size: src.size };
  } finally {
    await src.close();
  }
}

describe('hdf5 root attributes', () => {
  it('reads a vlen-string model_config (superblock v0, object header v1)', async () => {
    const { root } = await attrs('sequential.h5');
    expect(root.version).toBe(0);
    expect(root.attributes.map((a) => a.name).sort()).toEqual([
      'backend',
      'keras_version',
      'model_config',
      'training_config',
    ]);
    const cfg = JSON.parse(root.attributes.find((a) => a.name === 'model_config')!.value!.join(''));
    expect(cfg.class_name).toBe('Sequential');
    expect(root.attributes.find((a) => a.name === 'keras_version')!.value).toEqual(['2.15.0']);
  });

  it('reads a fixed-length bytes model_config (libver latest: superblock v3, OHDR v2)', async () => {
    const { root } = await attrs('sequential_bytes_latest.h5');
    expect(root.version).toBeGreaterThanOrEqual(2);
    const v = root.attributes.find((a) => a.name === 'model_config')!;
    expect(v.typeClass).toBe(3);
    expect(JSON.parse(v.value!.join('')).config.name).toBe('sequential');
  });

  it('follows a user block (superblock at 512)', async () => {
    const { root } = await attrs('sequential_userblock.h5');
    expect(root.superblockOffset).toBe(512);
    expect(root.attributes.some((a) => a.name === 'model_config' && a.value?.[0]?.startsWith('{'))).toBe(
      true,
    );
  });

  it('reads dense attribute storage (fractal heap + v2 B-tree name index)', async () => {
    const { root } = await attrs('dense_attributes.h5');
    expect(root.unsupported).toEqual([]);
    expect(root.attributes.length).toBe(24);
    expect(root.attributes.find((a) => a.name === 'model_config')!.value![0]).toContain('"Lambda"');
  });

  it('reads a dense model_config over 64 KB (a huge heap object)', async () => {
    const { root } = await attrs('dense_huge_config.h5');
    const v = root.attributes.find((a) => a.name === 'model_config')!.value!.join('');
    expect(v.length).toBeGreaterThan(65536);
    expect(JSON.parse(v).config.layers.length).toBe(162);
  });

  it('a heap layout it cannot follow is reported as unsupported, not passed', async () => {
    const data = Buffer.from(readFileSync(fx('dense_attributes.h5')));
    const at = data.indexOf('FRHP');
    expect(at).toBeGreaterThan(0);
    data.write('XXXX', at, 'latin1');
    const root = await readRootAttributes(new BufferSource(data, 'x.h5'));
    expect(root.unsupported.join()).toMatch(/dense attribute storage/);
    expect(root.attributes.some((a) => a.name === 'model_config')).toBe(false);
  });

  it('reads only the root header and heap, whatever the file size', async () => {
    // 40 MB of (dataset-like) bytes after the real file: the reader must not touch them.
    const data = Buffer.concat([readFileSync(fx('sequential.h5')), Buffer.alloc(40 * 1024 * 1024)]);
    const src = new BufferSource(data, 'big.h5');
    const root = await readRootAttributes(src);
    expect(root.attributes.length).toBe(4);
    expect(src.bytesRead).toBeLessThan(16 * 1024);
  });

  it('decodes only the requested names', async () => {
    const src = new BufferSource(readFileSync(fx('sequential.h5')), 'x.h5');
    const root = await readRootAttributes(src, new Set(['keras_version']));
    expect(root.attributes.find((a) => a.name === 'model_config')!.value).toBeUndefined();
  });

  it('throws Hdf5Error on truncated and foreign input', async () => {
    await expect(
      readRootAttributes(new BufferSource(readFileSync(fx('truncated.h5')), 'x')),
    ).rejects.toBeInstanceOf(Hdf5Error);
    await expect(
      readRootAttributes(new BufferSource(Buffer.from('not hdf5 at all'), 'x')),
    ).rejects.toBeInstanceOf(Hdf5Error);
  });
});

describe('HDF5 polyglots: the pickle probe runs whatever the file sniffs as', () => {
  it('an h5py file whose 512-byte user block is a pickle (pickle/joblib/torch.load run it) is caught', async () => {
    const r = await scanFile(join(FIXTURES, 'containers/h5_userblock_pickle.h5'));
    expect(r.kind).toBe('hdf5');
    expect(rules(r.findings)).toContain('pickle/dangerous-global');
  });

  it('a legacy torch.save in the user block: the probe reads on after the magic number', async () => {
    const r = await scanFile(join(FIXTURES, 'containers/h5_userblock_torch_legacy.h5'));
    expect(r.kind).toBe('hdf5');
    expect(rules(r.findings)).toContain('pickle/dangerous-global');
  });

  it('an h5py file with an empty user block stays clean', async () => {
    const r = await scanFile(join(FIXTURES, 'containers/h5_userblock_zeros.h5'));
    expect(serious(r.findings)).toEqual([]);
  });
});
