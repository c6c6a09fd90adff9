/**
 * Links inside the scanned folder are followed wherever they really live inside it: a loader opens
 * the path it is given, so what a link reaches is what gets loaded (a link into the skipped .git
 * folder must not hide a payload). Cycles and fan-out are reported, not walked forever; links out
 * of the folder stay escapes and are never read.
 */
import { mkdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTarget, MAX_LINKED_VISITS } from '../../src/core/walk.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir('modelvet-links-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function folder(files: Record<string, string>, links: Record<string, string>): Promise<string> {
  const root = join(dir, `t${n++}`);
  for (const [p, content] of Object.entries(files)) {
    await mkdir(join(root, p, '..'), { recursive: true });
    await writeFile(join(root, p), content);
  }
  for (const [p, target] of Object.entries(links)) {
    await mkdir(join(root, p, '..'), { recursive: true });
    await symlink(target, join(root, p));
  }
  return root;
}

const rules = (t: { findings: { rule: string }[] }) => t.findings.map((f) => f.rule).sort();

describe('links into skipped folders', () => {
  it('lists the files of a folder link into .git, opened where they really are', async () => {
    const root = await folder(
      { 'config.json': '{}', '.git/objects/pack/model.pkl': 'payload', '.git/HEAD': 'ref' },
      { weights: '.git/objects/pack' },
    );
    const t = await discoverTarget(root);
    expect(t.skipped).toEqual(['.git']);
    expect(t.files.map((f) => f.rel)).toEqual(['config.json', 'weights/model.pkl']);
    const w = t.files[1]!;
    expect(w.fsPath).toBe(join(await realpath(root), '.git/objects/pack/model.pkl'));
    expect(w.viaLink).toBe(`${root}/weights`);
    expect(t.findings).toEqual([]);
  });

  it('follows a link to .git itself and a file link into it', async () => {
    const root = await folder(
      { '.git/config': '[core]', '.git/hooks/x.py': 'import os' },
      { g: '.git', 'run.py': '.git/hooks/x.py' },
    );
    const t = await discoverTarget(root);
    expect(t.files.map((f) => f.rel)).toEqual(['g/config', 'g/hooks/x.py', 'run.py']);
    expect(t.files.find((f) => f.rel === 'run.py')!.symlinkTarget).toBe('.git/hooks/x.py');
  });

  it('follows a link named .git (only real .git folders are skipped)', async () => {
    const root = await folder({ 'payload/model.pkl': 'x' }, { 'sub/.git': '../payload' });
    const t = await discoverTarget(root);
    expect(t.files.map((f) => f.rel)).toEqual(['payload/model.pkl', 'sub/.git/model.pkl']);
  });
});

describe('cycles and fan-out', () => {
  it('reports a link to an ancestor as a loop (low) and walks everything once', async () => {
    const root = await folder({ 'a/b/weights.bin': 'w' }, { 'a/b/up': '..', 'a/self': '.', 'a/root': '../' });
    const t = await discoverTarget(root);
    expect(t.files.map((f) => f.rel)).toEqual(['a/b/weights.bin']);
    const loops = t.findings.filter((f) => f.rule === 'fs/symlink-loop');
    expect(loops.map((f) => f.path.slice(root.length + 1)).sort()).toEqual(['a/b/up', 'a/root', 'a/self']);
    expect(loops.every((f) => f.severity === 'low')).toBe(true);
    expect(rules(t)).toEqual(['fs/symlink-loop', 'fs/symlink-loop', 'fs/symlink-loop']);
  });

  it('a loop reached through another link is still a loop, not a second walk', async () => {
    const root = await folder({ 'data/x.txt': 'x' }, { 'data/again': '../view', view: 'data' });
    const t = await discoverTarget(root);
    // view -> data is walked once (view/x.txt); data/again -> view -> data is the folder itself.
    expect(t.files.map((f) => f.rel)).toEqual(['data/x.txt', 'view/x.txt']);
    expect(rules(t)).toEqual(['fs/symlink-loop', 'fs/symlink-loop']);
  });

  it('reports a chain of file links that never ends as a loop', async () => {
    const root = await folder({}, { a: 'b', b: 'a' });
    const t = await discoverTarget(root);
    expect(t.files).toEqual([]);
    expect(rules(t)).toEqual(['fs/symlink-loop', 'fs/symlink-loop']);
  });

  it(`walks a folder through at most ${MAX_LINKED_VISITS} links and reports the rest once`, async () => {
    const links: Record<string, string> = {};
    for (let i = 0; i < MAX_LINKED_VISITS + 3; i++) links[`l${String(i).padStart(2, '0')}`] = 'shared';
    const root = await folder({ 'shared/a.bin': 'a' }, links);
    const t = await discoverTarget(root);
    expect(t.files).toHaveLength(1 + MAX_LINKED_VISITS);
    expect(rules(t)).toEqual(['fs/link-limit']);
    expect(t.findings[0]!.severity).toBe('low');
    expect(t.findings[0]!.path).toBe(`${root}/l${String(MAX_LINKED_VISITS).padStart(2, '0')}`);
  });

  it('stays bounded on links that fan out exponentially', async () => {
    // d0 has two links to d1, d1 two to d2, ... 2^12 paths to d12 without a limit.
    const links: Record<string, string> = {};
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`d${i}/f.txt`] = String(i);
      links[`d${i}/x`] = `../d${i + 1}`;
      links[`d${i}/y`] = `../d${i + 1}`;
    }
    files['d12/f.txt'] = '12';
    const root = await folder(files, links);
    const started = performance.now();
    const t = await discoverTarget(root);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(t.files.length).toBeLessThan(13 * (MAX_LINKED_VISITS + 1) + 1);
    expect(new Set(t.files.map((f) => String(f.fsPath))).size).toBe(13); // every real file, at least once
    expect(t.findings.some((f) => f.rule === 'fs/link-limit')).toBe(true);
  });
});

describe('links out of the folder', () => {
  it('are escapes (high), never read, also when reached through a folder link', async () => {
    const outside = await folder({ 'secret/id_rsa': 'key' }, {});
    const root = await folder(
      { 'inner/ok.txt': 'ok' },
      { 'inner/key': `${outside}/secret/id_rsa`, alias: 'inner', up: '..' },
    );
    const t = await discoverTarget(root);
    expect(t.files.map((f) => f.rel)).toEqual(['alias/ok.txt', 'inner/ok.txt']);
    const escapes = t.findings.filter((f) => f.rule === 'fs/symlink-escape');
    expect(escapes.map((f) => f.path.slice(root.length + 1)).sort()).toEqual([
      'alias/key',
      'inner/key',
      'up',
    ]);
    expect(escapes.every((f) => f.severity === 'high')).toBe(true);
    expect(t.files.some((f) => String(f.fsPath).includes('id_rsa'))).toBe(false);
  });

  it('a link root wider than the target (a store) admits links into it and nothing else', async () => {
    const store = await folder({ 'blobs/abc': 'blob', 'other/x': 'x' }, {});
    await mkdir(join(store, 'snap'));
    await symlink('../blobs/abc', join(store, 'snap', 'model.bin'));
    await symlink('/etc/hostname', join(store, 'snap', 'host'));
    const t = await discoverTarget(join(store, 'snap'), { linkRoot: await realpath(store) });
    expect(t.files.map((f) => f.rel)).toEqual(['model.bin']);
    expect(rules(t)).toEqual(['fs/symlink-escape']);
  });
});
