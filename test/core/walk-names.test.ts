/**
 * File names are bytes. A payload named with a byte that is not UTF-8 (`model\xff.pkl`) beside a
 * benign file whose name is what a replacing decoder makes of it (`model\u{fffd}.pkl`) are two files:
 * both are listed, each is opened by its own bytes, shown escaped, and the odd name is reported.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('decodes names as Python does (surrogateescape) and shows them escaped and unambiguous', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const byRel = new Map(t.files.map((f) => [f.rel, f]));
    expect(byRel.get('model\udcff.pkl')!.display).toBe(`${dir}/model/model\\xff.pkl`);
    expect(byRel.get('model\u{fffd}.pkl')!.display).toBe(`${dir}/model/model\u{fffd}.pkl`);
    expect(byRel.get('line\nbreak.py')!.display).toBe(`${dir}/model/line\\x0abreak.py`);
    expect(byRel.get('evil\u202egpj.py')!.display).toBe(`${dir}/model/evil\\u{202e}gpj.py`);
    expect(byRel.get('back\\slash.txt')!.display).toBe(`${dir}/model/back\\\\slash.txt`);
    expect(byRel.get('dir\x1b[31m/inner.txt')!.display).toBe(`${dir}/model/dir\\x1b[31m/inner.txt`);
    for (const f of t.files) expect(f.display).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e]/);
  });

  it('reports each name that is not UTF-8 or holds control or bidi characters (low), with its bytes', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const odd = t.findings.filter((f) => f.rule === 'fs/suspicious-name');
    expect(odd.every((f) => f.severity === 'low')).toBe(true);
    expect(odd.map((f) => f.path.slice(dir.length + 7)).sort()).toEqual([
      'dir\\x1b[31m',
      'evil\\u{202e}gpj.py',
      'line\\x0abreak.py',
      'model\\xff.pkl',
    ]);
    const bad = odd.find((f) => f.path.endsWith('model\\xff.pkl'))!;
    expect(bad.message).toMatch(/is not valid UTF-8/);
    expect(bad.evidence).toEqual({ nameHex: Buffer.from('model\xff.pkl', 'latin1').toString('hex') });
  });

  it('sorts by the name bytes', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const sorted = [...t.files].sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
    expect(t.files).toEqual(sorted);
  });
});
