/** `modelvet hash` as sha256sum behaves, through the built CLI (dist/bin.js). */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../helpers/tmp.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
let dir: string;

function hash(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'hash', ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
  dir = await makeTmpDir();
  await writeFile(join(dir, 'a.txt'), 'a\n');
  await writeFile(join(dir, 'b.txt'), 'b\n');
  await writeFile(join(dir, 'A.SUMS'), `${sha256('a\n')}  a.txt\n`);
  await writeFile(join(dir, 'B.SUMS'), `${sha256('x')}  b.txt\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('modelvet hash, like sha256sum', () => {
  it('- (or no file) is standard input', () => {
    expect(hash(['-'], 'a\n')).toEqual({ code: 0, out: `${sha256('a\n')}  -\n`, err: '' });
    expect(hash([], 'a\n')).toEqual({ code: 0, out: `${sha256('a\n')}  -\n`, err: '' });
    expect(hash(['a.txt', '-'], 'b\n').out).toBe(`${sha256('a\n')}  a.txt\n${sha256('b\n')}  -\n`);
    expect(hash(['-a', 'sha512', '-'], 'x').out).toBe(
      `${createHash('sha512').update('x').digest('hex')}  -\n`,
    );
  });

  it('a file that cannot be read is exit 1, one line naming it, and the others are still printed', async () => {
    await writeFile(join(dir, 'locked.txt'), 'x');
    await chmod(join(dir, 'locked.txt'), 0o000);
    const r = hash(['a.txt', 'gone.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${sha256('a\n')}  a.txt\n${sha256('b\n')}  b.txt\n`);
    expect(r.err).toBe('modelvet: gone.txt: no such file or directory\n');
    if (process.getuid?.() !== 0) expect(hash(['locked.txt']).code).toBe(1);
  });

  it('--check takes several sums files (and - for standard input)', () => {
    const r = hash(['--check', 'A.SUMS', 'B.SUMS']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('a.txt: OK\nb.txt: FAILED\n');
    expect(r.err).toBe('modelvet: WARNING: 1 computed checksum did NOT match\n');
    expect(hash(['-c', '-'], `${sha256('b\n')}  b.txt\n`)).toEqual({ code: 0, out: 'b.txt: OK\n', err: '' });
  });

  it('--quiet prints only failures, --status nothing; the exit status is the same', () => {
    expect(hash(['-c', '--quiet', 'A.SUMS', 'B.SUMS'])).toMatchObject({ code: 1, out: 'b.txt: FAILED\n' });
    expect(hash(['-c', '--quiet', 'A.SUMS'])).toEqual({ code: 0, out: '', err: '' });
    expect(hash(['-c', '--status', 'A.SUMS', 'B.SUMS'])).toEqual({ code: 1, out: '', err: '' });
    expect(hash(['-c', '--status', 'A.SUMS'])).toEqual({ code: 0, out: '', err: '' });
  });

  it('--ignore-missing with nothing left to verify fails, as sha256sum does', async () => {
    await writeFile(join(dir, 'GONE.SUMS'), `${sha256('z')}  gone.bin\n`);
    const r = hash(['-c', '--ignore-missing', 'GONE.SUMS']);
    expect(r).toEqual({ code: 1, out: '', err: 'modelvet: GONE.SUMS: no file was verified\n' });
  });

  it('names from a sums file are shown escaped', async () => {
    await writeFile(join(dir, 'EVIL.SUMS'), `${sha256('a\n')}  a.txt\n${sha256('q')}  ##[add-mask]x\n`);
    const r = hash(['-c', 'EVIL.SUMS']);
    expect(r.out).toBe('a.txt: OK\n##\\x5badd-mask]x: FAILED open or read\n');
  });
});
