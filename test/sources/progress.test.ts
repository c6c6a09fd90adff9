/** `modelvet pull` progress on a terminal: bytes, percent, files, rate, time left, the current file. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { bufferFile, MockHub } from '../helpers/mock-hub.ts';
import { fixture } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const COMMIT = '9999999999aaaaaaaaaabbbbbbbbbbcccccccccc';

/** A safetensors file of about `bytes` bytes: one F32 tensor of zeros. */
function safetensors(bytes: number): Buffer {
  const n = Math.floor(bytes / 4);
  const json = Buffer.from(JSON.stringify({ w: { dtype: 'F32', shape: [n], data_offsets: [0, n * 4] } }));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([len, json, Buffer.alloc(n * 4)]);
}

const weights = safetensors(2 * 1024 * 1024);
const hub = new MockHub({
  repos: {
    'org/slow': {
      commit: COMMIT,
      files: {
        'config.json': bufferFile(fixture('benign', 'hf', 'gpt2', 'config.json')),
        'model.safetensors': bufferFile(weights, true),
      },
    },
  },
  trickle: { path: 'model.safetensors', chunks: 8, everyMs: 200 },
});
beforeAll(() => hub.start());
afterAll(() => hub.stop());

async function pullWith(stderrIsTty: boolean, extra: string[] = []) {
  let err = '';
  const code = await main(
    ['pull', `hf://org/slow@${COMMIT}`, '--cache', await makeTmpDir(), '--hub-url', hub.url, ...extra],
    {
      stdout: () => {},
      stderr: (s) => {
        err += s;
      },
      stdoutIsTty: false,
      stderrIsTty,
      env: { COLUMNS: '200' },
    },
  );
  return { code, err };
}

describe('pull progress', () => {
  it('on a TTY: one line redrawn in place with bytes, percent, files, rate, ETA and the file', async () => {
    const { code, err } = await pullWith(true);
    expect(code).toBe(0);
    const frames = err.split('\r\x1b[2K').filter(Boolean);
    const lines = frames.filter((f) => f.startsWith('pulling '));
    const line =
      /^pulling ([\d.]+ (?:B|KiB|MiB)) \/ ([\d.]+ MiB) \((\d+)%\), (\d)\/2 files, [\d.]+ (?:B|KiB|MiB)\/s(, \d+ s left)?: (\S+)$/;
    for (const l of lines) expect(l).toMatch(line);
    const all = lines.map((l) => line.exec(l)!);
    // Each line names the file being downloaded and counts the files finished before it.
    for (const m of all)
      expect([m[6], m[4]]).toEqual(
        m[6] === 'config.json' ? ['config.json', '0'] : ['model.safetensors', '1'],
      );
    // The large file is the second of two; its progress goes up to 100%.
    const parsed = all.filter((m) => m[6] === 'model.safetensors');
    const pcts = parsed.map((m) => Number(m[3]));
    expect(pcts).toEqual([...pcts].sort((a, b) => a - b));
    expect(pcts.at(-1)).toBe(100);
    expect(new Set(pcts).size).toBeGreaterThan(2);
    // The transfer lasts over a second: the time left is shown once the rate is known.
    expect(parsed.some((m) => m[5])).toBe(true);
    // The line is erased before the result is printed.
    expect(err).toMatch(/\r\x1b\[2K(?:[^\r]*\n)*modelvet: placed \S+ \(\d+ bytes downloaded, 0 reused\)\n$/);
    expect(err.slice(err.lastIndexOf('\r\x1b[2K') + 5)).not.toContain('pulling');
  });

  it('not on a TTY, or with --no-progress or a machine format: no progress line', async () => {
    for (const [tty, extra] of [
      [false, []],
      [true, ['--no-progress']],
      [true, ['--format', 'json']],
    ] as const) {
      const { code, err } = await pullWith(tty, [...extra]);
      expect(code).toBe(0);
      expect(err).not.toContain('\x1b[2K');
      expect(err).not.toContain('pulling ');
    }
  }, 30_000);
});
