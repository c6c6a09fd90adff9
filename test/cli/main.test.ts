import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'src', 'bin.ts');
const DEMO = join(ROOT, 'fixtures', 'demo');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  await writeFile(join(dir, 'a.txt'), 'hello\n');
  await writeFile(join(dir, 'b.bin'), Buffer.alloc(5000, 1));
  await writeFile(join(dir, 'odd name.txt'), 'x');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('modelvet CLI', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('scan exits 1 on the demo folder and prints the finding grouped by file', async () => {
    const r = await run(['scan', 'fixtures/demo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/demo/pytorch_model.bin\n  HIGH     repo/lfs-pointer');
    expect(r.stdout).toMatch(/^FAIL \(fail-on high\)/m);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('scan exits 0 when the fail level is above every finding', async () => {
    const r = await run(['scan', 'fixtures/demo', '--fail-on', 'critical']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS/m);
  });

  it('scan --format json writes the versioned report to --output', async () => {
    const out = join(dir, 'report.json');
    const r = await run(['scan', DEMO, '--format', 'json', '-o', out, '--algorithm', 'sha512']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'modelvet', version: VERSION },
      verdict: 'fail',
      failOn: 'high',
    });
    expect(report.files[0].digests.sha512).toMatch(/^[0-9a-f]{128}$/);
    expect(report.findings[0]).toMatchObject({ rule: 'repo/lfs-pointer', severity: 'high' });
  });

  it('scans a folder given twice once, and scans the current folder without a path', async () => {
    const r = await run([
      'scan',
      'fixtures/demo',
      './fixtures/demo/',
      '--format',
      'json',
      '--no-policy-discovery',
    ]);
    expect(JSON.parse(r.stdout).targets.map((t: { input: string }) => t.input)).toEqual(['fixtures/demo']);
    const here = await run(['scan', '--format', 'json', '--no-policy-discovery'], DEMO);
    expect(JSON.parse(here.stdout).targets.map((t: { input: string }) => t.input)).toEqual(['.']);
  });

  it('scan --quiet prints only failing findings and the verdict', async () => {
    const r = await run(['scan', DEMO, '--quiet', '--fail-on', 'critical']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with one line naming a missing path', async () => {
    const r = await run(['scan', join(dir, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`modelvet: ${join(dir, 'missing')}: no such file or directory\n`);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['scan', DEMO, '--fail-on', 'severe'],
      ['scan', DEMO, '--format', 'xml'],
      ['scan', DEMO, '--jobs', '0'],
      ['scan', DEMO, '--bogus'],
      ['frobnicate'],
      ['explain', 'no/such-rule'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^modelvet: .+\n$/);
    }
  });

  it('hash prints sha256sum-compatible lines in argument order', async () => {
    const files = ['a.txt', 'b.bin', 'odd name.txt'];
    const r = await run(['hash', ...files], dir);
    expect(r.code).toBe(0);
    const { createHash } = await import('node:crypto');
    const expected = files
      .map(
        (f) =>
          `${createHash('sha256')
            .update(readFileSync(join(dir, f)))
            .digest('hex')}  ${f}`,
      )
      .join('\n');
    expect(r.stdout).toBe(`${expected}\n`);
  });

  it('hash --check verifies a sums file like sha256sum -c', async () => {
    const good = (await run(['hash', 'a.txt', 'b.bin'], dir)).stdout;
    await writeFile(join(dir, 'SUMS'), good);
    const ok = await run(['hash', '--check', 'SUMS'], dir);
    expect(ok).toMatchObject({ code: 0, stdout: 'a.txt: OK\nb.bin: OK\n' });

    const bad =
      good.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0')) + `${'0'.repeat(64)}  gone.bin\nnot a line\n`;
    await writeFile(join(dir, 'BAD'), bad);
    const r = await run(['hash', '--check', 'BAD'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.txt: FAILED\nb.bin: OK\ngone.bin: FAILED open or read\n');
    expect(r.stderr).toContain('1 line is improperly formatted');
    expect(r.stderr).toContain('1 computed checksum did NOT match');
    expect(r.stderr).toContain('gone.bin: no such file or directory');
  });

  it('hash --check --ignore-missing skips listed files that do not exist, and only those', async () => {
    const good = (await run(['hash', 'a.txt'], dir)).stdout;
    await writeFile(join(dir, 'WITH_MISSING'), `${good}${'0'.repeat(64)}  gone.bin\n`);
    const r = await run(['hash', '--check', 'WITH_MISSING', '--ignore-missing'], dir);
    expect(r).toMatchObject({ code: 0, stdout: 'a.txt: OK\n' });
    const strict = await run(['hash', '--check', 'WITH_MISSING'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('gone.bin: FAILED open or read');
  });

  it('hash --check accepts BSD-style tagged lines and sha512', async () => {
    const sha512 = (await run(['hash', '-a', 'sha512', 'a.txt'], dir)).stdout.split(' ')[0]!;
    await writeFile(join(dir, 'TAGGED'), `SHA512 (a.txt) = ${sha512}\n`);
    expect(await run(['hash', '--check', 'TAGGED'], dir)).toMatchObject({ code: 0, stdout: 'a.txt: OK\n' });
  });

  it('hash --check with no valid line fails', async () => {
    await writeFile(join(dir, 'EMPTY'), 'nothing here\n');
    const r = await run(['hash', '--check', 'EMPTY'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no properly formatted checksum lines found');
  });

  it('explain lists every rule and explains one', async () => {
    const list = await run(['explain']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('repo/lfs-pointer');
    const one = await run(['explain', 'fs/symlink-escape']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^fs\/symlink-escape \(high\): Symbolic link/);
  });
});
