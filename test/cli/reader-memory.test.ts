/**
 * The hash reader decision kept between runs (src/cli/reader-memory.ts): what is read back and what
 * is refused, where it may live, and the built executable writing it once and taking it after.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_AGE_DAYS, machineKey, parseRemembered, rememberedText } from '../../src/cli/reader-memory.ts';
import { READER_MEMORY_FILE, readerMemoryFile } from '../../src/cli/reader-memory-file.ts';
import type { ReaderDecision } from '../../src/core/hash/calibrate.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
const dir = mkdtempSync(join(tmpdir(), 'modelvet-reader-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const machine = { cpu: 'Test CPU @ 3 GHz', cpus: 2, platform: 'linux', arch: 'x64', node: 24 };
const decided: ReaderDecision = {
  strategy: 'local',
  how: 'calibrated',
  rates: { overlapped: 1.1e9, local: 1.3e9 },
};
const now = new Date('2026-12-04T00:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe('parseRemembered', () => {
  it('reads back what rememberedText wrote, as a remembered decision', () => {
    const text = rememberedText(decided, machine, now);
    expect(parseRemembered(text, machine, days(1))).toEqual({ ...decided, how: 'remembered' });
    expect(
      parseRemembered(rememberedText({ ...decided, strategy: 'overlapped' }, machine, now), machine, now),
    ).toMatchObject({
      strategy: 'overlapped',
    });
  });

  it('refuses a decision from another machine, a stale or future one, and anything malformed', () => {
    const text = rememberedText(decided, machine, now);
    for (const other of [
      { ...machine, cpu: 'Other CPU' },
      { ...machine, cpus: 4 },
      { ...machine, platform: 'darwin' },
      { ...machine, arch: 'arm64' },
      { ...machine, node: 26 },
    ])
      expect(parseRemembered(text, other, now)).toBeUndefined();
    expect(parseRemembered(text, machine, days(MAX_AGE_DAYS + 1))).toBeUndefined();
    expect(parseRemembered(text, machine, days(-1))).toBeUndefined();
    const data = JSON.parse(text);
    for (const bad of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...data, format: 'other' }),
      JSON.stringify({ ...data, strategy: 'mmap' }),
      JSON.stringify({ ...data, strategy: undefined }),
      JSON.stringify({ ...data, decidedAt: 'yesterday' }),
      JSON.stringify({ ...data, rates: { [data.strategy === 'local' ? 'overlapped' : 'local']: 1 } }),
      JSON.stringify({ ...data, rates: { ...data.rates, mmap: 2 } }),
      JSON.stringify({ ...data, rates: null }),
      // Decided by a release that compared fewer strategies.
      JSON.stringify({ ...data, strategies: ['overlapped', 'local'] }),
      JSON.stringify({ ...data, strategies: undefined }),
      JSON.stringify({ ...data, rates: { local: 1, overlapped: -1 } }),
      JSON.stringify({ ...data, machine: null }),
    ])
      expect(parseRemembered(bad, machine, now)).toBeUndefined();
  });
});

describe('readerMemoryFile', () => {
  const ctx = {
    env: {},
    platform: 'linux' as const,
    home: '/home/u',
    cwd: '/work',
    args: ['hash', '/m/w.bin'],
  };

  it('is in the user cache folder for the commands that hash, and only for them', () => {
    expect(readerMemoryFile(ctx)).toBe(`/home/u/.cache/modelvet/${READER_MEMORY_FILE}`);
    for (const command of ['scan', 'lock', 'verify', 'sign', 'pull'])
      expect(readerMemoryFile({ ...ctx, args: [command, '/m'] })).toBeDefined();
    for (const command of ['explain', 'policy', 'merge', '--help'])
      expect(readerMemoryFile({ ...ctx, args: [command] })).toBeUndefined();
  });

  it('is not used when turned off, when the reader is chosen by hand, or inside a path the command reads', () => {
    expect(readerMemoryFile({ ...ctx, env: { MODELVET_READER_MEMORY: '0' } })).toBeUndefined();
    expect(readerMemoryFile({ ...ctx, env: { MODELVET_HASH_READER: 'overlapped' } })).toBeUndefined();
    expect(readerMemoryFile({ ...ctx, env: { MODELVET_HASH_READER: 'bogus' } })).toBeUndefined();
    expect(readerMemoryFile({ ...ctx, args: ['scan', '/home/u'] })).toBeUndefined();
    expect(readerMemoryFile({ ...ctx, cwd: '/home/u', args: ['scan'] })).toBeUndefined();
  });
});

describe('the built executable', () => {
  const calibrates = availableParallelism() > 1;

  it('writes the decision it calibrated, takes it on the next run, and measures again for another machine', () => {
    const cache = join(dir, 'xdg');
    const file = join(dir, 'weights.bin');
    writeFileSync(file, '');
    truncateSync(file, 544 * 1024 * 1024); // more than all the calibration segments (16 x 32 MiB)
    const env = { ...process.env, XDG_CACHE_HOME: cache, MODELVET_HASH_READER: '' };
    const hash = () => spawnSync(process.execPath, [BIN, 'hash', file], { env, encoding: 'utf8' });
    const memory = join(cache, 'modelvet', READER_MEMORY_FILE);

    const first = hash();
    expect(first.status, first.stderr).toBe(0);
    // One CPU compares the local and direct readers, and only where the file system takes direct reads.
    if (!calibrates && !existsSync(memory)) return;
    const written = JSON.parse(readFileSync(memory, 'utf8'));
    expect(written.machine).toEqual(machineKey());
    expect(['local', 'overlapped', 'ring', 'direct']).toContain(written.strategy);
    expect(statSync(memory).mode & 0o777).toBe(0o600);

    // Taken, not measured again: the file is left as it was.
    const second = hash();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(memory, 'utf8')).toBe(JSON.stringify(written, null, 2) + '\n');

    // Larger than any decision (a planted file): not read whole, ignored, replaced.
    writeFileSync(memory, `${JSON.stringify(written)}${' '.repeat(1 << 20)}`);
    expect(hash().stdout).toBe(first.stdout);
    expect(statSync(memory).size).toBeLessThan(4096);
    expect(JSON.parse(readFileSync(memory, 'utf8')).machine).toEqual(machineKey());

    // A FIFO where the file should be (planted): not opened, which would wait for a writer.
    rmSync(memory);
    if (spawnSync('mkfifo', [memory]).status === 0) {
      const r = spawnSync(process.execPath, [BIN, 'hash', file], { env, encoding: 'utf8', timeout: 30_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(statSync(memory).isFile()).toBe(true);
    }

    // Measured on another CPU: ignored, calibrated again and replaced.
    writeFileSync(memory, JSON.stringify({ ...written, machine: { ...written.machine, cpu: 'Other CPU' } }));
    const third = hash();
    expect(third.stdout).toBe(first.stdout);
    expect(JSON.parse(readFileSync(memory, 'utf8')).machine).toEqual(machineKey());
  }, 60_000);
});
