/**
 * Walker limits (state.ts): every limit reached is recorded, a scan reports it as
 * `pickle/limit-exceeded` (high), and a limit never downgrades a later classification: globals in items
 * dropped past the retained budget count as called, since a later forwarder could call them.
 */
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { scanPickle } from '../../../src/formats/pickle/scan.ts';
import { DEFAULT_WALK_LIMITS, type WalkLimits } from '../../../src/formats/pickle/state.ts';
import { PickleReader } from '../../../src/formats/pickle/reader.ts';
import { BASE_HOOKS } from '../../../src/formats/pickle/hooks.ts';
import { walkPickle } from '../../../src/formats/pickle/walker.ts';
import { b, g0 } from './build.ts';

const walk = (data: Buffer, limits: Partial<WalkLimits> = {}) =>
  walkPickle(
    new PickleReader(new BufferSource(data, 'x')),
    { ...DEFAULT_WALK_LIMITS, ...limits },
    BASE_HOOKS,
  );

async function scan(data: Buffer, limits: Partial<WalkLimits> = {}) {
  const findings: { rule: string; severity: string; message: string; evidence?: Record<string, unknown> }[] =
    [];
  await scanPickle(new BufferSource(data, 'x.pkl'), (f) => findings.push(f), {
    limits: { ...DEFAULT_WALK_LIMITS, ...limits },
  });
  return findings;
}

describe('retained-items budget', () => {
  // A defaultdict whose factory sits in a tuple built after the budget is spent: without the rule the
  // forwarder would no longer see the factory and it would be "referenced".
  const factoryAfterBudget = Buffer.concat([
    b(`\x80\x02(${'N'.repeat(20)}l0`),
    g0('collections', 'defaultdict'),
    b('('),
    g0('somepkg.hooks', 'factory'),
    b('tR.'),
  ]);

  it('counts globals in dropped items as called and records the limit', async () => {
    const r = await walk(factoryAfterBudget, { maxRetained: 10 });
    expect(r.error).toBeUndefined();
    const factory = r.globals.find((g) => g.name === 'factory');
    expect(factory?.calledBy).toMatch(/retained-items limit/);
    expect(r.limitsHit.map((l) => l.limit)).toEqual(['retained']);
  });

  it('is a high finding, and the global still fails the scan as called', async () => {
    const findings = await scan(factoryAfterBudget, { maxRetained: 10 });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ['pickle/limit-exceeded', 'high'],
        ['pickle/unknown-global-called', 'high'],
      ]),
    );
  });

  it('without the limit the same factory is called through the forwarder', async () => {
    const r = await walk(factoryAfterBudget);
    expect(r.globals.find((g) => g.name === 'factory')?.calledBy).toBe('REDUCE via collections.defaultdict');
    expect(r.limitsHit).toEqual([]);
  });
});

describe('limits that stop the walk', () => {
  it.each([
    ['stack', `${'('.repeat(1000)}.`, { maxStack: 100 }],
    ['memo', `${'N\x94'.repeat(300)}.`, { maxMemo: 100 }],
    ['opcodes', `${'N0'.repeat(300)}N.`, { maxOpcodes: 100 }],
  ] as const)('%s is pickle/limit-exceeded (high), not pickle/malformed', async (limit, data, limits) => {
    const findings = await scan(b(data), limits);
    expect(findings.map((f) => [f.rule, f.severity, f.evidence?.limit])).toEqual([
      ['pickle/limit-exceeded', 'high', limit],
    ]);
  });

  it('keeps what it found before the limit', async () => {
    const data = Buffer.concat([g0('posix', 'system'), b(`${'N'.repeat(200)}.`)]);
    const findings = await scan(data, { maxStack: 100 });
    expect(findings.map((f) => f.rule).sort()).toEqual(['pickle/dangerous-global', 'pickle/limit-exceeded']);
  });
});
