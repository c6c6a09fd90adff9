/** The built executable (dist/bin.js) as a shell runs it: closed pipes, old Node, --version. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
let dir: string;

/** Runs a bash pipeline; the exit status of modelvet (the first command) is printed last on stderr. */
function pipeline(command: string) {
  const r = spawnSync('bash', ['-c', `${command}; echo "status=\${PIPESTATUS[0]}" >&2`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, MV: `${process.execPath} ${BIN}` },
  });
  return { out: r.stdout, err: r.stderr };
}

/** An older Node on this machine, if there is one (Debian's node 20 here). */
function oldNode(): string | undefined {
  for (const node of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(node)) continue;
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (Number(/^v(\d+)/.exec(version)?.[1]) < 22) return node;
  }
  return undefined;
}

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
  dir = await makeTmpDir();
  await mkdir(join(dir, 'many'));
  for (let i = 0; i < 2000; i++) await writeFile(join(dir, 'many', `f${i}`), String(i));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('dist/bin.js', () => {
  it('exits quietly when the reader of its output goes away (explain | true, hash | head -1)', () => {
    const explain = pipeline('$MV explain | true');
    expect(explain.err).toMatch(/^status=(0|141)\n$/);
    const hashed = pipeline('$MV hash many/* | head -1');
    expect(hashed.out).toMatch(/^[0-9a-f]{64} {2}many\/f\d+\n$/);
    // 2000 lines do not fit a pipe: the write after head left failed with EPIPE.
    expect(hashed.err).toBe('status=141\n');
  });

  it('--version prints the version and nothing else', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
  });

  const old = oldNode();
  it.runIf(old)('on Node < 22.3 it says so in one line (and so does npm test)', () => {
    const r = spawnSync(old!, [BIN, 'scan', '.'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^modelvet needs Node >= 22\.3 \(found 2\d\.\d+\.\d+\)\n$/);
    const pretest = spawnSync(old!, [join(ROOT, 'scripts', 'check-node.mjs')], { encoding: 'utf8' });
    expect(pretest.status).toBe(1);
    expect(pretest.stderr).toMatch(/^modelvet needs Node >= 22\.3 \(found 2\d\.\d+\.\d+\)\n$/);
  });

  it('on a Node without process.getBuiltinModule (before 22.3) the bundle says so in one line, before bin.js runs', () => {
    // The bundle takes Node's modules from the getter (scripts/build.mjs builtinsByGetter).
    const r = spawnSync(
      process.execPath,
      ['--import', 'data:text/javascript,delete process.getBuiltinModule', BIN, 'scan', '.'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^modelvet needs Node >= 22\.3 \(found \d+\.\d+\.\d+\)\n$/);
  });

  it('npm test runs the Node check first', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.pretest).toBe('node scripts/check-node.mjs');
  });
});
