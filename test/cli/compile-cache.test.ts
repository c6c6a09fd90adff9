/**
 * The CLI's compile cache (src/cli/compile-cache.ts): where it lives, when it is refused (inside a
 * path the command reads, opted out, Node's own setting), and the built CLI writing it only there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseCompileCache, compileCacheFolder } from '../../src/cli/compile-cache.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
const base = { env: {}, platform: 'linux' as const, home: '/home/u', cwd: '/work/repo' };

describe('compile cache folder', () => {
  it('lives in the user cache folder: XDG_CACHE_HOME when absolute, else ~/.cache; LOCALAPPDATA on Windows', () => {
    expect(compileCacheFolder(base)).toBe('/home/u/.cache/modelvet/compile-cache');
    expect(compileCacheFolder({ ...base, env: { XDG_CACHE_HOME: '/var/cache/u' } })).toBe(
      '/var/cache/u/modelvet/compile-cache',
    );
    // A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
    expect(compileCacheFolder({ ...base, env: { XDG_CACHE_HOME: 'rel' } })).toBe(
      '/home/u/.cache/modelvet/compile-cache',
    );
    expect(compileCacheFolder({ ...base, home: '' })).toBeUndefined();
    expect(compileCacheFolder({ ...base, platform: 'win32', env: {} })).toBeUndefined();
  });

  it('is used for a scan of a folder elsewhere', () => {
    expect(chooseCompileCache({ ...base, args: ['scan', '/models/llama'] })).toBe(
      '/home/u/.cache/modelvet/compile-cache',
    );
    expect(chooseCompileCache({ ...base, args: ['scan', '--format', 'json', 'model'] })).toBe(
      '/home/u/.cache/modelvet/compile-cache',
    );
  });

  it('is refused inside any path the command names, or the working folder when it names none', () => {
    for (const args of [
      ['scan', '/home/u'],
      ['scan', '/home'],
      ['scan', '/'],
      ['scan', '/home/u/.cache'],
      ['lock', '.', '/x'],
    ])
      expect(chooseCompileCache({ ...base, cwd: '/home/u', args })).toBeUndefined();
    expect(chooseCompileCache({ ...base, cwd: '/home/u', args: ['scan'] })).toBeUndefined();
    expect(chooseCompileCache({ ...base, cwd: '/home/u/work', args: ['scan', '..'] })).toBeUndefined();
    // An option's value counts as a path too (more careful, never less).
    expect(chooseCompileCache({ ...base, args: ['scan', '-o', '/home/u', 'm'] })).toBeUndefined();
  });

  it('is off with MODELVET_COMPILE_CACHE=0, NODE_DISABLE_COMPILE_CACHE, and when NODE_COMPILE_CACHE already chose', () => {
    for (const env of [
      { MODELVET_COMPILE_CACHE: '0' },
      { NODE_DISABLE_COMPILE_CACHE: '1' },
      { NODE_COMPILE_CACHE: '/c' },
    ])
      expect(chooseCompileCache({ ...base, env, args: ['scan', '/m'] })).toBeUndefined();
  });
});

describe.skipIf(process.platform === 'win32')('compile cache (built CLI)', () => {
  const root = mkdtempSync(join(tmpdir(), 'mv-ccache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (home: string, target: string) =>
    spawnSync(process.execPath, [BIN, 'scan', '--no-policy-discovery', '--format', 'json', target], {
      env: {
        ...process.env,
        HOME: home,
        XDG_CACHE_HOME: '',
        MODELVET_COMPILE_CACHE: '',
        NODE_COMPILE_CACHE: '',
      },
      encoding: 'utf8',
    });

  it('writes the cache 0700 under the user cache folder for a scan elsewhere, and reads it on the next start', () => {
    const home = join(root, 'home-a');
    const model = join(root, 'model');
    mkdirSync(home);
    mkdirSync(model);
    writeFileSync(join(model, 'config.json'), '{"model_type": "bert"}\n');
    const first = run(home, model);
    expect(first.status, first.stderr).toBe(0);
    const folder = join(home, '.cache', 'modelvet');
    expect(existsSync(join(folder, 'compile-cache'))).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const second = run(home, model);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).files).toEqual(JSON.parse(first.stdout).files);
  });

  it('never writes into the scanned tree: a scan of the home folder leaves it without a cache', () => {
    const home = join(root, 'home-b');
    mkdirSync(home);
    writeFileSync(join(home, 'config.json'), '{}\n');
    const r = run(home, home);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(home, '.cache'))).toBe(false);
  });
});
