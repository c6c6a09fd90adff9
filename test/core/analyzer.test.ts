/**
 * The dispatch contract (src/core/analyzer.ts): fail closed by claims, not by registration; a member
 * budget per file on disk; one memo per source.
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeSource,
  DEFAULT_LIMITS,
  EVERY_KIND,
  ExpansionBudget,
  type FileAnalyzer,
} from '../../src/core/analyzer.ts';
import { CORE_SNIFFERS } from '../../src/core/sniff.ts';
import { BufferSource } from '../../src/core/source.ts';
import { createScanner } from '../../src/scanner.ts';

// A probe like the polyglot analyzers: runs for every kind, claims none.
const EVERY_KIND_PROBE: FileAnalyzer = {
  id: 'test-every-kind-probe',
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    ctx.memo.set('seen', ((ctx.memo.get('seen') as number | undefined) ?? 0) + 1);
  },
};

/** The core sniffers and the probe only: no format analyzer. */
const scanner = createScanner({ sniffers: CORE_SNIFFERS, analyzers: [EVERY_KIND_PROBE] });

describe('dispatch', () => {
  it('an analyzer registered for every kind does not make an unread code-bearing kind pass', async () => {
    // rar and lz4: no analyzer of this scanner reads them.
    expect(scanner.claims('rar')).toBe(false);
    for (const data of [
      Buffer.from('Rar!\x1a\x07\x00rest', 'latin1'),
      Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x64, 0x40, 0xa7]),
    ]) {
      const r = await analyzeSource(new BufferSource(data, 'x.bin'), 'x.bin', { scanner });
      expect(r.findings.map((f) => f.rule)).toEqual(['scan/unsupported-format']);
    }
  });

  it('content that carries no code (text) is not a finding', async () => {
    const r = await analyzeSource(new BufferSource(Buffer.from('hello\n'), 'a.txt'), 'a.txt', { scanner });
    expect(r.findings).toEqual([]);
  });

  it('the member budget is shared by every nesting level and is one finding at the limit', async () => {
    const budget = new ExpansionBudget(1024, 3);
    expect([budget.takeMember(), budget.takeMember(), budget.takeMember(), budget.takeMember()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    budget.charge(5000);
    expect(budget.used).toBe(1024);
    expect(DEFAULT_LIMITS.maxMembers).toBe(100_000);
  });
});
