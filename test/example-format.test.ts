/**
 * The README's "How to add a format" steps, followed for a made-up format: `.ember` files that start
 * with the magic `EMBR` and hold a one-byte flag (1 = "runs code on load"). Each step is marked.
 * The built-in formats are listed in src/builtins.ts; this one goes into a scanner of its own.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScanner } from '../src/builtins.ts';
import type { AnalyzerContext, FileAnalyzer } from '../src/core/analyzer.ts';
import { defineRule, finding } from '../src/core/finding.ts';
import type { Sniffer } from '../src/core/sniff.ts';
import { label } from '../src/core/source.ts';
import { scan } from '../src/scan.ts';
import { createScanner } from '../src/scanner.ts';
import { makeTmpDir } from './helpers/tmp.ts';

// 1. A kind and a sniffer that recognises it from the first bytes (magic numbers use priority 100).
const EMBER_KIND = 'example-ember';
const EMBER_SNIFFER: Sniffer = {
  kind: EMBER_KIND,
  priority: 100,
  match: ({ head }) => head.subarray(0, 4).toString() === 'EMBR',
};

// 2. Rules with their explain text, defined next to the code that reports them.
const EMBER_RUNS_CODE = defineRule({
  id: 'example/ember-runs-code',
  severity: 'high',
  title: 'Ember file runs code on load',
  tags: ['code-execution'],
  explain: 'The file sets the run-on-load flag (byte 4 is 1). Fix: re-export it without the flag.',
});

// 3. Reading: facts from the bytes, bounded, never executed.
async function readEmber(ctx: AnalyzerContext) {
  const head = await ctx.source.read(0, Math.min(5, ctx.source.size));
  return { runsCode: head[4] === 1 };
}

// 4. An analyzer for the kind that turns the facts into findings (it never prints or decides pass/fail).
const EMBER_ANALYZER: FileAnalyzer = {
  id: 'example-ember',
  kinds: [EMBER_KIND],
  claims: [EMBER_KIND],
  async analyze(ctx) {
    const facts = await readEmber(ctx);
    if (facts.runsCode) {
      ctx.report(finding(EMBER_RUNS_CODE, { message: `${label(ctx.source)}: the run-on-load flag is set` }));
    }
  },
};

// 4b. The lists a scanner is built from (for a built-in format: the lists in src/builtins.ts).
const base = defaultScanner();
const scanner = createScanner({
  ...base,
  sniffers: [...base.sniffers, EMBER_SNIFFER],
  analyzers: [...base.analyzers, EMBER_ANALYZER],
  rules: [...base.rules, EMBER_RUNS_CODE],
});

describe('example format (README: How to add a format)', () => {
  it('5. a scan shows its finding, and a clean file has none', async () => {
    const dir = await makeTmpDir();
    await writeFile(join(dir, 'bad.ember'), Buffer.from('EMBR\x01', 'latin1'));
    await writeFile(join(dir, 'good.ember'), Buffer.from('EMBR\x00', 'latin1'));
    const report = await scan([dir], { scanner });
    const ours = report.findings.filter((f) => f.rule === 'example/ember-runs-code');
    expect(ours.map((f) => [f.path.split('/').at(-1), f.severity])).toEqual([['bad.ember', 'high']]);
    expect(report.findings.filter((f) => f.path.endsWith('good.ember'))).toEqual([]);
    expect(report.verdict).toBe('fail');
    // The default scanner does not know the format: the same files are unknown binary content.
    const plain = await scan([dir], {});
    expect(plain.findings.some((f) => f.rule === 'example/ember-runs-code')).toBe(false);
  });
});
