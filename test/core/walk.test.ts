import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTarget } from '../../src/core/walk.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
let outside: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  outside = await makeTmpDir('modelvet-outside-');
  await writeFile(join(outside, 'secret'), 'id_rsa');
  await mkdir(join(dir, 'model/d0'), { recursive: true });
  await mkdir(join(dir, 'model/.git/objects'), { recursive: true });
  await writeFile(join(dir, 'model/.git/objects/x'), 'git object');
  await writeFile(join(dir, 'model/b.bin'), 'b');
  await writeFile(join(dir, 'model/a.txt'), 'a');
  await writeFile(join(dir, 'model/d0/f'), 'f');
  await writeFile(join(dir, 'model/d0.txt'), 'd0');
  await symlink('b.bin', join(dir, 'model/inside-link'));
  await symlink(join(outside, 'secret'), join(dir, 'model/escape-abs'));
  await symlink('../../' + outside.split('/').pop() + '/secret', join(dir, 'model/d0/escape-rel'));
  await symlink('nowhere', join(dir, 'model/dangling'));
  await symlink('d0', join(dir, 'model/dir-link'));
  await writeFile(join(dir, 'model/..dots'), 'a name that starts with two dots');
  await symlink('..dots', join(dir, 'model/dots-link'));
  execFileSync('mkfifo', [join(dir, 'model/pipe')]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('discoverTarget', () => {
  it('lists regular files in byte order of their relative path, skipping .git', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    expect(t.isDirectory).toBe(true);
    expect(t.files.map((f) => f.rel)).toEqual([
      '..dots',
      'a.txt',
      'b.bin',
      'd0.txt',
      'd0/f',
      'dir-link/f',
      'dots-link',
      'inside-link',
    ]);
    expect(t.skipped).toEqual(['.git']);
  });

  it('follows a link inside the root through its real path and records the link text', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const link = t.files.find((f) => f.rel === 'inside-link')!;
    expect(link.symlinkTarget).toBe('b.bin');
    expect(String(link.fsPath).endsWith('/model/b.bin')).toBe(true);
  });

  it('reports links that escape the root or dangle, never following them', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const escapes = t.findings.filter((f) => f.rule === 'fs/symlink-escape');
    expect(escapes.map((f) => f.path.split('/model/')[1]).sort()).toEqual([
      'd0/escape-rel',
      'dangling',
      'dir-link/escape-rel', // the same link, reached through the link to its folder
      'escape-abs',
    ]);
    expect(escapes.every((f) => f.severity === 'high')).toBe(true);
    expect(t.files.some((f) => f.fsPath.includes('secret'))).toBe(false);
  });

  it('reports a FIFO without opening it', async () => {
    const t = await discoverTarget(join(dir, 'model'));
    const special = t.findings.filter((f) => f.rule === 'fs/special-file');
    expect(special).toHaveLength(1);
    expect(special[0]!.path).toMatch(/pipe$/);
  });

  it('takes a single file as a target', async () => {
    const t = await discoverTarget(join(dir, 'model/a.txt'));
    expect(t.isDirectory).toBe(false);
    expect(t.files).toHaveLength(1);
    expect(t.files[0]!.display).toBe(join(dir, 'model/a.txt'));
  });

  it('shows paths joined with the target as typed', async () => {
    const t = await discoverTarget(join(dir, 'model') + '/');
    expect(t.files.find((f) => f.rel === 'a.txt')!.display).toBe(`${join(dir, 'model')}/a.txt`);
  });

  it('throws for a missing target', async () => {
    await expect(discoverTarget(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
