// scripts/long-functions.mjs: no function in src/ is over 100 lines, and the checker finds one that is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/long-functions.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('long-functions checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelvet-longfns-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no function over 100 lines in src/', () => {
    const result = run(join(import.meta.dirname, '../../src'));
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports functions over the limit with their file, first line and length', () => {
    const body = (n: number) =>
      Array.from({ length: n }, (_, i) => `  x += ${i}; // { not a brace`).join('\n');
    const src = [
      // brackets inside a regex, a template (with a substitution) and a string
      `const re = /[}{]/g; const s = \`\${'}'}{\`;`,
      'export async function tooLong(a: string): Promise<{ n: number }> {',
      '  let x = 0;',
      body(97),
      '  return { n: x };',
      '}', // lines 2..102: 101 lines
      'function justRight(): (s: string) => number {',
      body(97),
      '  return (s) => s.length;',
      '}', // 100 lines
      'class K {',
      '  method<T>(v: T): T {',
      body(100),
      '    return v;',
      '  }', // 103 lines
      '}',
      'const arrow = async (n: number): Promise<void> => {',
      body(100),
      '};', // 102 lines
    ].join('\n');
    writeFileSync(join(dir, 'sample.ts'), src);
    const result = run(dir);
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => l.replace(/\S*sample\.ts/, 'sample.ts'));
    expect(lines).toEqual([
      '103  sample.ts:204  method',
      '102  sample.ts:308  (arrow)',
      '101  sample.ts:2  tooLong',
    ]);
    expect(run('--max', '101', dir).stdout.trim().split('\n')).toHaveLength(2);
  });
});
