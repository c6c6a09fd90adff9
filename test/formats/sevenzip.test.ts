import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/formats/sevenzip.ts';
import { assertMutationsSafe, FIXTURES, probe } from './container-probe.ts';

describe('7z analyzer (7z-wasm)', () => {
  it('nullifAI: a PyTorch archive re-packed as 7z has its data.pkl scanned', async () => {
    const r = await probe('containers/payload.7z');
    expect(r.kind).toBe('7z');
    expect(r.pickles).toEqual(['archive/data.pkl']);
    expect(r.rules).toEqual([]);
  });

  it('a benign 7z raises nothing', async () => {
    const r = await probe('containers/benign.7z');
    expect(r.pickles).toEqual(['archive/data.pkl']);
    expect(r.rules).toEqual([]);
  });

  it('a 7z bomb is refused from its declared sizes before extraction', async () => {
    const t0 = Date.now();
    const r = await probe('containers/bomb.7z');
    expect(r.rules).toEqual(['archive/bomb']);
    expect(r.seen).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('encrypted members or headers stay archive/opaque (fail closed, no password prompt)', async () => {
    for (const f of ['containers/encrypted.7z', 'containers/encrypted_headers.7z']) {
      const r = await probe(f);
      expect(r.rules).toContain('archive/opaque');
      expect(r.pickles).toEqual([]);
    }
  });

  it('parses 7zz -slt listings', () => {
    const lines = [
      'Path = x.7z',
      'Type = 7z',
      '',
      '----------',
      'Path = a/b.pkl',
      'Size = 36',
      'Folder = -',
      'Encrypted = +',
      '',
      'Path = a',
      'Size = 0',
      'Folder = +',
    ];
    expect(parseListing(lines)).toEqual([
      { path: 'a/b.pkl', size: 36, isDirectory: false, encrypted: true },
      { path: 'a', size: 0, isDirectory: true, encrypted: false },
    ]);
  });

  it('mutated 7z archives never throw and finish fast (property)', async () => {
    const base = await readFile(join(FIXTURES, 'containers/payload.7z'));
    await assertMutationsSafe([base], 'm.7z', { window: base.length, maxEdits: 4, numRuns: 60 });
  });
});
