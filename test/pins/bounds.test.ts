/**
 * Time and memory of every pin checker stay linear in its input (issue: 1 MB of `[[[` in a workflow
 * took 711 MiB, a 1 MB script of one-letter lines 344 MiB). Hostile shapes (test/helpers/pin-bounds.ts)
 * run in a child process whose heap is capped: a checker that needs more than the cap for a 1 MiB
 * input kills the child and fails the test. The time bound is asserted by a fast-check property
 * over shapes and sizes, and linearity by comparing 256 KiB with 1 MiB.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../helpers/pin-bounds.ts';

const SCRIPT = join(import.meta.dirname, '..', 'helpers', 'pin-bounds.ts');
/**
 * Heap for 1 MiB of hostile input, V8 and the checkers' modules included: the Python reader may add
 * up to 128 MiB of heap while parsing before it gives up (src/pins/python.ts PARSE_HEAP_BYTES).
 */
const HEAP_MIB = 192;

function child(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, SCRIPT, ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pin checkers: time and memory linear in the input', () => {
  it(`fast-check: any shape, any size up to 1 MiB, within ${HEAP_MIB} MiB and the time bound`, () => {
    const r = child(['property', '24', String(Date.now() % 100_000)]);
    expect(r.stderr.slice(0, 2000)).not.toMatch(/heap out of memory|Error/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('ok');
  }, 300_000);

  it('every shape at 1 MiB fits the heap; growing 4x costs at most about 4x', () => {
    const run = (size: number) =>
      child([String(size)])
        .stdout.trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { name: string; ms: number });
    const small = new Map(run(256 * 1024).map((r) => [r.name, r.ms]));
    const big = run(1024 * 1024);
    expect(big.map((r) => r.name)).toEqual(SHAPES.map((s) => s.name));
    for (const r of big) {
      const before = small.get(r.name)!;
      // Below 150 ms timer noise dominates; above it, 4x the input may cost up to 10x (load on a shared machine).
      if (r.ms > 150) expect(r.ms / Math.max(before, 15), r.name).toBeLessThan(10);
    }
  }, 300_000);
});
