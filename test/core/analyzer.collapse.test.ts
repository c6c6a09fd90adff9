/**
 * Findings of one rule past MAX_FINDINGS_PER_RULE in one file on disk are counted into one finding
 * of that rule at the highest severity among them (src/core/analyzer.ts): the report stays small
 * (a recovered zip of 4,102 broken entries gave 12,303 findings and a 16 MB SARIF file) and the verdict
 * is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { defaultScanner } from '../../src/builtins.ts';
import { analyzeSource, type FileAnalyzer, MAX_FINDINGS_PER_RULE } from '../../src/core/analyzer.ts';
import { defineRule, finding } from '../../src/core/finding.ts';
import { BufferSource } from '../../src/core/source.ts';
import { createScanner } from '../../src/scanner.ts';

const MANY = defineRule({
  id: 'example/many',
  severity: 'low',
  title: 'One of many',
  tags: [],
  explain: 'A test rule reported many times by one analyzer.',
});

function scannerReporting(count: number, criticalAt: number): ReturnType<typeof createScanner> {
  const analyzer: FileAnalyzer = {
    id: 'example-many',
    kinds: ['*'],
    async analyze(ctx) {
      for (let i = 0; i < count; i++)
        ctx.report(
          finding(MANY, { message: `n${i}`, ...(i === criticalAt ? { severity: 'critical' as const } : {}) }),
        );
    },
  };
  const base = defaultScanner();
  return createScanner({ ...base, analyzers: [...base.analyzers, analyzer], rules: [...base.rules, MANY] });
}

describe('findings of one rule in one file', () => {
  it(`up to ${MAX_FINDINGS_PER_RULE} are listed as they are`, async () => {
    const r = await analyzeSource(new BufferSource(Buffer.from('x'), 'f'), 'f', {
      scanner: scannerReporting(MAX_FINDINGS_PER_RULE, -1),
    });
    expect(r.findings.filter((f) => f.rule === MANY.id)).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(r.findings.some((f) => f.evidence?.notListed !== undefined)).toBe(false);
  });

  it('past that, one more finding counts the rest at their highest severity', async () => {
    const extra = 57;
    const r = await analyzeSource(new BufferSource(Buffer.from('x'), 'f'), 'f', {
      scanner: scannerReporting(MAX_FINDINGS_PER_RULE + extra, MAX_FINDINGS_PER_RULE + 10),
    });
    const ours = r.findings.filter((f) => f.rule === MANY.id);
    expect(ours).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const summary = ours.find((f) => f.evidence?.notListed !== undefined)!;
    expect(summary.evidence).toEqual({ notListed: extra, listed: MAX_FINDINGS_PER_RULE });
    expect(summary.severity).toBe('critical');
    expect(summary.message).toContain(`${extra} more findings of this rule`);
  });
});
