/**
 * Every reporter writes valid output for any report: findings whose paths, members, messages and
 * evidence hold anything (controls, lone surrogates, bidi overrides, bigints, deep nesting).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.ts';
import { assembleReport, type Report } from '../../src/core/report.ts';
import { renderHuman } from '../../src/report/human.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderSarif } from '../../src/report/sarif.ts';

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'a\n::error::x',
    '##[add-mask]s',
    '\ud800',
    'x\u202ey',
    '`|`',
    '__a__',
    '\x1b[2J',
    '../../etc',
  ),
);
const severity = fc.constantFrom<Severity>('info', 'low', 'medium', 'high', 'critical');
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    rule: fc.constantFrom('pickle/dangerous-global', 'verify/extra-file', 'not/a-rule'),
    severity,
    path: hostile,
    member: fc.array(hostile, { maxLength: 3 }),
    offset: fc.nat(),
    line: fc.integer({ min: 0, max: 5 }),
    message: hostile,
    evidence: fc.dictionary(hostile, fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.bigInt(), hostile)),
  },
  { requiredKeys: ['rule', 'severity', 'path', 'message'] },
);

function reportOf(findings: Finding[]): Report {
  return assembleReport({
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    failOn: 'high',
    targets: [{ input: 'm', isDirectory: true, skipped: ['.git'] }],
    files: findings.map((f) => ({ path: f.path, size: 1, kind: 'pickle' })),
    findings,
    verifications: [{ kind: 'lock', source: 'l', ok: false, message: findings[0]?.message ?? 'x' }],
    bytes: 10,
  });
}

const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const workflowCommand = (line: string) => /^\p{White_Space}*::/u.test(line) || line.includes('##[');
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

describe('reporters on hostile reports', () => {
  it('JSON and SARIF parse and are well-formed; human and Markdown stay line-safe', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        const r = reportOf(findings);
        for (const text of [renderJson(r), renderSarif(r, { cwd: '/w' })]) {
          expect(wellFormed(text)).toBe(true);
          expect(() => JSON.parse(text)).not.toThrow();
          expect(text).not.toContain('##[');
        }
        const human = renderHuman(r, { color: false, verbose: true });
        expect(human).not.toMatch(UNSAFE);
        const md = renderMarkdown(r);
        for (const text of [human, md]) {
          expect(wellFormed(text)).toBe(true);
          for (const line of text.split('\n')) expect(workflowCommand(line), line).toBe(false);
        }
        // Every table row keeps its columns (no pipe or newline from a name breaks it).
        for (const row of md.split('\n').filter((l) => l.startsWith('| `') && !l.startsWith('| `lock`')))
          expect(row.split(/(?<!\\)\|/).length).toBe(7);
      }),
      { numRuns: 300 },
    );
  });
});
