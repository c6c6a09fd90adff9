import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { formatDuration, printError, progressLine } from '../../src/cli/output.ts';

describe('progress', () => {
  it('names the current file (escaped, cut from the left) and gives a readable time left', () => {
    const line = progressLine(
      'scanning',
      {
        bytesDone: 512 * 1024 ** 2,
        bytesTotal: 1024 ** 3,
        filesDone: 3,
        filesTotal: 10,
        rate: 256 * 1024 ** 2,
        etaSeconds: 125,
        elapsedMs: 2000,
        current: `models/${'x'.repeat(200)}\n.bin`,
      },
      120,
    );
    expect(
      line.startsWith('scanning 512 MiB / 1.00 GiB (50%), 3/10 files, 256 MiB/s, 2 min 05 s left: …'),
    ).toBe(true);
    expect(line.endsWith('x\\n.bin')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(120);
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });

  it('is shown on a terminal also with --quiet, never with --no-progress or a JSON report', async () => {
    const run = async (...extra: string[]) => {
      let err = '';
      await main(['scan', 'fixtures/demo', '--no-policy-discovery', ...extra], {
        stdout: () => {},
        stderr: (s) => {
          err += s;
        },
        stdoutIsTty: false,
        stderrIsTty: true,
        env: {},
      });
      return err;
    };
    expect(await run('-q')).toMatch(/\r\x1b\[2Kscanning .* files/);
    expect(await run('--no-progress')).not.toMatch(/scanning/);
    expect(await run('--format', 'json')).not.toMatch(/scanning/);
  });
});

describe('error lines', () => {
  it('an error quoting a 1 MB name is one line of at most about 2,000 characters, with the length', () => {
    let err = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        err += t;
      },
    } as unknown as Parameters<typeof printError>[0];
    const started = performance.now();
    printError(io, `cannot read ${'config.json'.repeat(100_000)}: name too long`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(err.length).toBeLessThan(2200);
    expect(err).toContain('(1100027 characters in all)');
  });
});
