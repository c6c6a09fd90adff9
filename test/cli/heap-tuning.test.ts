/**
 * The executable re-runs itself once with V8 settings measured for scanning (src/cli/heap-tuning.ts)
 * when a command's inputs hold something that allocates: pure parts and the look at the inputs
 * tested directly, and the shipped bundle checked on Linux while it scans input that used to peak
 * above 300 MiB (a 800 KB Python module of 60,000 statements; a statement of 150,000 adjacent
 * strings), by polling the child's /proc status as the fuzz harness does, and while it scans large
 * files with nothing to parse, which it leaves untuned.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peakRssMiB } from '../helpers/peak-rss.ts';
import { findCommand } from '../../src/cli/commands.ts';
import {
  hasHeapTuning,
  inputsNeedHeapTuning,
  pathInputs,
  SEMI_SPACE_MIB,
  tunedArgv,
} from '../../src/cli/heap-tuning.ts';

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

  it('is asked for by the commands that analyze or read reports, not by hash, explain, policy or help', () => {
    for (const c of ['scan', 'lock', 'pull', 'verify', 'sign', 'merge'])
      expect(findCommand(c)?.inputs, c).toBeTypeOf('function');
    for (const c of ['hash', 'explain', 'policy check', 'policy init'])
      expect(findCommand(c)?.inputs, c).toBeUndefined();
  });

  it('takes the positional paths (or .) resolved, and a remote URL as unknown', () => {
    const at = (p: string) => `/w/${p}`;
    expect(pathInputs([], at)).toEqual(['/w/.']);
    expect(pathInputs(['a', 'b'], at)).toEqual(['/w/a', '/w/b']);
    expect(pathInputs(['a', 'hf://org/name@main'], at)).toBe('unknown');
    expect(inputsNeedHeapTuning('unknown')).toBe(true);
  });

  it('is not applied twice, nor over the semi-space setting of the user or NODE_OPTIONS', () => {
    expect(hasHeapTuning([`--max-semi-space-size=${SEMI_SPACE_MIB}`], undefined)).toBe(true);
    expect(hasHeapTuning(['--max-semi-space-size=64'], '')).toBe(true);
    expect(hasHeapTuning([], '--max-semi-space-size=2 --trace-warnings')).toBe(true);
    expect(hasHeapTuning(['--inspect'], '--trace-warnings')).toBe(false);
  });
});

describe('heap tuning: the look at the inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelvet-heap-look-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const MiB = 1024 * 1024;
  /** A folder of files, each sparse (no disk) unless given content. */
  const folder = (name: string, files: [string, number, Buffer?][]) => {
    const at = join(dir, name);
    mkdirSync(at, { recursive: true });
    for (const [file, size, head] of files) {
      writeFileSync(join(at, file), head ?? '');
      truncateSync(join(at, file), size);
    }
    return at;
  };

  it('leaves large files with nothing listed untuned (tensor shards, a few small configs)', () => {
    const shards = folder('shards', [
      ['model-00001.safetensors', 300 * MiB, Buffer.from([0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b])],
      ['model-00002.safetensors', 300 * MiB, Buffer.from([0x40, 0, 0, 0, 0, 0, 0, 0, 0x7b])],
      ['data.bin', 256 * MiB],
      ['config.json', 600, Buffer.from('{"model_type":"llama"}')],
    ]);
    expect(inputsNeedHeapTuning([shards])).toBe(false);
    expect(inputsNeedHeapTuning([join(shards, 'data.bin'), join(shards, 'config.json')])).toBe(false);
    expect(inputsNeedHeapTuning([join(dir, 'missing')])).toBe(false);
  });

  it('tunes for many entries, for more than 256 KiB of files small enough to be read whole', () => {
    const many = folder(
      'many',
      Array.from({ length: 1001 }, (_, i) => [`f${i}.json`, 10] as [string, number]),
    );
    expect(inputsNeedHeapTuning([many])).toBe(true);
    const deep = folder('deep/a/b/c', [['module.py', 300 * 1024]]);
    expect(inputsNeedHeapTuning([join(dir, 'deep')])).toBe(true);
    expect(inputsNeedHeapTuning([deep])).toBe(true);
    const two = folder('two', [
      ['a.py', 200 * 1024],
      ['b.py', 200 * 1024],
    ]);
    expect(inputsNeedHeapTuning([two])).toBe(true);
  });

  it('tunes for a large container, compressed stream or pickle, whose content is listed', () => {
    const tarHead = Buffer.alloc(512);
    tarHead.write('ustar', 257, 'latin1');
    const heads: [string, Buffer][] = [
      ['zip', Buffer.from('PK\x03\x04', 'latin1')],
      ['7z', Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
      ['gz', Buffer.from([0x1f, 0x8b, 8])],
      ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0])],
      ['bz2', Buffer.from('BZh91AY&SY', 'latin1')],
      ['zst', Buffer.from([0x28, 0xb5, 0x2f, 0xfd])],
      ['lz4', Buffer.from([0x04, 0x22, 0x4d, 0x18])],
      ['pkl', Buffer.from([0x80, 0x02, 0x7d])],
      ['tar', tarHead],
    ];
    for (const [name, head] of heads) {
      const at = folder(`big-${name}`, [[`file.${name}`, 64 * MiB, head]]);
      expect(inputsNeedHeapTuning([at]), name).toBe(true);
    }
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

  it('large files with nothing to parse: exit 0, run with Node defaults (no second start-up)', async () => {
    const folder = join(dir, 'shards');
    mkdirSync(folder, { recursive: true });
    for (const name of ['shard-0.bin', 'shard-1.bin']) {
      writeFileSync(join(folder, name), '');
      truncateSync(join(folder, name), 96 * 1024 * 1024);
    }
    const r = await scanPeak(folder);
    expect(r.code).toBe(0);
    expect(r.cmdline).toContain(BIN);
    expect(r.cmdline).not.toContain('--max-semi-space-size');
  }, 60_000);
});

describe.skipIf(!linux)('the built CLI replacing itself on a pipe it shares with its parent', () => {
  it('leaves the pipe blocking: Node opens its streams only after the re-execution', () => {
    // Node makes a pipe non-blocking when it opens process.stdout and restores the flag at exit; a
    // process that replaced itself never exits, so before the fix the shell's next write to the same
    // pipe (its fd 1, shared with the CLI's) saw O_NONBLOCK (04000 in /proc's octal flags), and
    // /usr/bin/time -v lost the end of its report to EAGAIN.
    const folder = mkdtempSync(join(tmpdir(), 'modelvet-heap-pipe-'));
    try {
      writeFileSync(join(folder, 'config.json'), '{"a": 1}\n');
      const r = spawnSync(
        'sh',
        [
          '-c',
          `"${process.execPath}" "${BIN}" scan --no-progress "${folder}" </dev/null 2>/dev/null; grep flags /proc/$$/fdinfo/1`,
        ],
        { encoding: 'utf8', env: { ...process.env, MODELVET_HEAP_TUNING: '1' } },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('PASS');
      const flags = /flags:\s*([0-7]+)\s*$/.exec(r.stdout);
      expect(flags, r.stdout).not.toBeNull();
      expect(Number.parseInt(flags![1]!, 8) & 0o4000).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
