/** A Scanner is a value (src/scanner.ts): two in one process share nothing, and each knows its own rules. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PARTS, defaultScanner } from '../src/builtins.ts';
import type { FileAnalyzer } from '../src/core/analyzer.ts';
import { defineRule, finding } from '../src/core/finding.ts';
import { parsePolicy } from '../src/policy/load.ts';
import { scan } from '../src/scan.ts';
import { createScanner } from '../src/scanner.ts';

const MODEL = join(import.meta.dirname, '..', 'fixtures', 'policy', 'clean-model');

const EXTRA_RULE = defineRule({
  id: 'test/extra-analyzer',
  severity: 'medium',
  title: 'Extra analyzer saw a JSON file',
  explain: 'Test rule: emitted by an analyzer only the extended scanner has.',
});

const EXTRA: FileAnalyzer = {
  id: 'test-extra',
  kinds: ['json'],
  async analyze(ctx) {
    ctx.report(finding(EXTRA_RULE, { message: `${ctx.name} seen by the extra analyzer` }));
  },
};

describe('createScanner', () => {
  const base = defaultScanner();
  const extended = createScanner({
    ...base,
    analyzers: [...base.analyzers, EXTRA],
    rules: [...base.rules, EXTRA_RULE],
  });

  it('a scanner with an extra analyzer sees its findings; the default scanner in the same process does not', async () => {
    const withExtra = await scan([MODEL], { scanner: extended, jobs: 1 });
    const extraFindings = withExtra.findings.filter((f) => f.rule === EXTRA_RULE.id);
    expect(extraFindings.length).toBeGreaterThan(0);
    expect(extraFindings.every((f) => f.message.endsWith('seen by the extra analyzer'))).toBe(true);

    const plain = await scan([MODEL], { jobs: 1 });
    expect(plain.findings.filter((f) => f.rule === EXTRA_RULE.id)).toEqual([]);
    // Building the extended scanner changed nothing in the default one.
    expect(base.analyzers.some((a) => a.id === EXTRA.id)).toBe(false);
    expect(defaultScanner().rule(EXTRA_RULE.id)).toBeUndefined();
    expect(extended.rule(EXTRA_RULE.id)).toBe(EXTRA_RULE);
  });

  it('keeps the analyzers in the order given and the sniffers by priority, ties in the order given', () => {
    expect(extended.analyzers.at(-1)).toBe(EXTRA);
    expect(extended.analyzers.slice(0, -1)).toEqual(base.analyzers);
    const priorities = base.sniffers.map((s) => s.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(createScanner(BUILTIN_PARTS).sniffers).toEqual(base.sniffers);
  });

  it('policy validation answers for the scanner it is given, not for what was imported', () => {
    const text = 'rules:\n  test/extra-analyzer: off\n';
    expect(parsePolicy(text, 'p.yml', { scanner: extended }).errors).toEqual([]);
    const errors = parsePolicy(text, 'p.yml').errors.map((e) => e.message);
    expect(errors).toEqual([expect.stringContaining('unknown rule "test/extra-analyzer"')]);
  });

  it('refuses two different analyzers or rules under one id', () => {
    const clash: FileAnalyzer = { ...EXTRA };
    expect(() => createScanner({ analyzers: [EXTRA, clash] })).toThrow(/analyzer test-extra given twice/);
    const other = defineRule({ ...EXTRA_RULE, explain: `${EXTRA_RULE.explain} (another text)` });
    expect(() => createScanner({ rules: [EXTRA_RULE, other] })).toThrow(
      /rule test\/extra-analyzer given twice/,
    );
  });

  it('always knows the rules of the scan pipeline itself', () => {
    const bare = createScanner({});
    for (const id of [
      'scan/hash-error',
      'scan/unsupported-format',
      'policy/untrusted-policy',
      'fs/symlink-escape',
    ])
      expect(bare.rule(id)?.id, id).toBe(id);
  });
});
