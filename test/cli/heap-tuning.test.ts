/**
 * The executable re-runs itself once with V8 settings measured for scanning (src/cli/heap-tuning.ts):
 * pure parts tested directly, and the shipped bundle checked on Linux while it scans input that
 * used to peak above 300 MiB (a 800 KB Python module of 60,000 statements; a statement of 150,000
 * adjacent strings), by polling the child's /proc status as the fuzz harness does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peakRssMiB } from '../helpers/peak-rss.ts';
import { hasHeapTuning, SEMI_SPACE_MIB, tunedArgv, wantsHeapTuning } from '../../src/cli/heap-tuning.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
const LIMIT_MIB = 300;

describe('heap tuning (pure parts)', () => {
  it('keeps Node flags and the script, and adds the semi-space and pretenuring flags first', () => {
    const argv = tunedArgv('/usr/bin/node', ['--inspect'], ['/usr/bin/node', '/x/bin.js', 'scan', '.']);
    expect(argv).toEqual([
      '/usr/bin/node',
      `--max-semi-space-size=${SEMI_SPACE_MIB}`,
      '--no-allocation-site-pretenuring',
      '--inspect',
      '/x/bin.js',
      'scan',
      '.',
    ]);
  });

  it('is applied to the commands that analyze, not to hash, explain, policy or help', () => {
    for (const c of ['scan', 'lock', 'pull', 'verify', 'sign', 'merge'])
      expect(wantsHeapTuning([c, '.'])).toBe(true);
    for (const c of ['hash', 'explain', 'policy', 'help', '--help', ''])
      expect(wantsHeapTuning([c])).toBe(false);
    expect(wantsHeapTuning([])).toBe(false);
  });

  it('is not applied twice, nor over the semi-space setting of the user or NODE_OPTIONS', () => {
    expect(hasHeapTuning([`--max-semi-space-size=${SEMI_SPACE_MIB}`], undefined)).toBe(true);
    expect(hasHeapTuning(['--max-semi-space-size=64'], '')).toBe(true);
    expect(hasHeapTuning([], '--max-semi-space-size=2 --trace-warnings')).toBe(true);
    expect(hasHeapTuning(['--inspect'], '--trace-warnings')).toBe(false);
  });
});

async function scanPeak(folder: string): Promise<{ code: number | null; peakMiB: number; cmdline: string }> {
  const child = spawn(process.execPath, [BIN, 'scan', '--format', 'json', '--no-progress', folder], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let peak = 0;
  let cmdline = '';
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    peak = Math.max(peak, peakRssMiB(child.pid));
    try {
      // A process that has exited (a zombie until it is reaped) shows an empty command line.
      const now = readFileSync(`/proc/${child.pid}/cmdline`, 'latin1').split('\0').join(' ');
      if (now.trim()) cmdline = now;
    } catch {}
  }, 10);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return { code, peakMiB: peak, cmdline };
}

const linux = process.platform === 'linux' && existsSync(BIN);

describe.skipIf(!linux)('the built CLI on Python that used to peak above 300 MiB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelvet-heap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string, string][] = [
    ['60,000 statements', Array.from({ length: 60_000 }, (_, i) => `a${i} = f(x)\n`).join('')],
    ['150,000 adjacent strings', `x = (${Array.from({ length: 150_000 }, () => '"a"').join(' ')})\n`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: exit 0, peak RSS under ${LIMIT_MIB} MiB, run with the tuned heap`, async () => {
      const folder = join(dir, name.replace(/\W+/g, '-'));
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder);
      writeFileSync(join(folder, 'module.py'), text);
      const r = await scanPeak(folder);
      expect(r.code).toBe(0);
      expect(r.peakMiB).toBeGreaterThan(0);
      expect(r.peakMiB).toBeLessThan(LIMIT_MIB);
      expect(r.cmdline).toContain(`--max-semi-space-size=${SEMI_SPACE_MIB}`);
    }, 60_000);
  }
});
