/**
 * File names are bytes. A payload named with a byte that is not UTF-8 (`model\xff.pkl`) beside a
 * benign file whose name is what a replacing decoder makes of it (`model\u{fffd}.pkl`) are two files:
 * both are listed, each is opened by its own bytes, shown escaped, and the odd name is reported.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../src/core/sanitize.ts';
import { discoverTarget } from '../../src/core/walk.ts';
import { FileSource, readAll } from '../../src/core/source.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
const bytesPath = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('/'), Buffer.from(p)] : [Buffer.from(p)])));

beforeAll(async () => {
  dir = await makeTmpDir('modelvet-names-');
  const root = join(dir, 'model');
  await mkdir(root);
  await writeFile(bytesPath(root, Buffer.from('model\xff.pkl', 'latin1')), 'PAYLOAD');
  await writeFile(join(root, 'model\u{fffd}.pkl'), 'benign');
  await writeFile(join(root, 'plain.txt'), 'plain');
  await writeFile(join(root, 'line\nbreak.py'), 'x');
  await writeFile(join(root, 'evil\u202egpj.py'), 'x'); // shows as "evilyp.jpg" in a bidi renderer
  await writeFile(join(root, 'back\\slash.txt'), 'x');
  await mkdir(bytesPath(root, Buffer.from('dir\x1b[31m', 'latin1')));
  await writeFile(bytesPath(root, Buffer.from('dir\x1b[31m', 'latin1'), 'inner.txt'), 'x');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('names as bytes', () => {
  it('lists both look-alike files and opens each by its own bytes', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const odd = t.files.find((f) => f.relBytes.equals(Buffer.from('model\xff.pkl', 'latin1')))!;
    const twin = t.files.find((f) => f.rel === 'model\u{fffd}.pkl')!;
    expect(odd).toBeDefined();
    expect(twin).toBeDefined();
    expect(odd.rel).not.toBe(twin.rel);
    expect(Buffer.isBuffer(odd.fsPath)).toBe(true); // the exact bytes, not a decoded string
    expect(typeof twin.fsPath).toBe('string');
    expect(await readFile(odd.fsPath, 'utf8')).toBe('PAYLOAD');
    const src = await FileSource.open(odd.fsPath, odd.display);
    try {
      expect((await readAll(src)).toString()).toBe('PAYLOAD');
    } finally {
      await src.close();
    }
    expect(await readFile(twin.fsPath, 'utf8')).toBe('benign');
  });

  it('decodes names as Python does (surrogateescape): raw text that reporters escape, unambiguously', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const byRel = new Map(t.files.map((f) => [f.rel, f]));
    for (const rel of [
      'model\udcff.pkl',
      'model\u{fffd}.pkl',
      'line\nbreak.py',
      'evil\u202egpj.py',
      'back\\slash.txt',
    ]) {
      expect(byRel.get(rel)!.display).toBe(`${dir}/model/${rel}`);
    }
    const shown = (rel: string) => terminalText(byRel.get(rel)!.display).slice(dir.length + 7);
    expect(shown('model\udcff.pkl')).toBe('model\\xff.pkl');
    expect(shown('model\u{fffd}.pkl')).toBe('model\u{fffd}.pkl');
    expect(shown('line\nbreak.py')).toBe('line\\nbreak.py');
    expect(shown('evil\u202egpj.py')).toBe('evil\\u202egpj.py');
    expect(shown('back\\slash.txt')).toBe('back\\\\slash.txt');
    expect(shown('dir\x1b[31m/inner.txt')).toBe('dir\\x1b[31m/inner.txt');
    for (const f of t.files)
      expect(terminalText(f.display)).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e]/);
  });

  it('reports each name that is not UTF-8 or holds control or bidi characters (low), with its bytes', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const odd = t.findings.filter((f) => f.rule === 'fs/suspicious-name');
    expect(odd.every((f) => f.severity === 'low')).toBe(true);
    expect(odd.map((f) => f.path.slice(dir.length + 7)).sort()).toEqual([
      'dir\x1b[31m',
      'evil\u202egpj.py',
      'line\nbreak.py',
      'model\udcff.pkl',
    ]);
    const bad = odd.find((f) => f.path.endsWith('model\udcff.pkl'))!;
    expect(bad.message).toMatch(/is not valid UTF-8/);
    expect(bad.evidence).toEqual({ nameHex: Buffer.from('model\xff.pkl', 'latin1').toString('hex') });
  });

  it('sorts by the name bytes', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const sorted = [...t.files].sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
    expect(t.files).toEqual(sorted);
  });
});
