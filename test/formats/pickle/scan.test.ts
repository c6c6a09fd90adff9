/**
 * scanPickle at scale and on hostile shapes (inputs generated here, never committed): work and report
 * size stay linear in the input, repeats collapse into one finding with a count, and random bytes that
 * happen to start like a pickle give one low finding.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../../src/core/finding.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { scanPickle } from '../../../src/formats/pickle/scan.ts';
import { b, g0, sg, su, vocabularyPickle } from './build.ts';
import { analyzeBytes } from './helpers.ts';

async function scan(data: Buffer) {
  const findings: ReportedFinding[] = [];
  const summary = await scanPickle(new BufferSource(data, 'x.pkl'), (f) => findings.push(f));
  return { findings, summary };
}

describe('real-model scale', () => {
  it('a 200,000-word vocabulary with its merges passes with no limit reached', async () => {
    const data = vocabularyPickle(200_000);
    const before = process.memoryUsage().heapUsed;
    const { findings, summary } = await scan(data);
    const grown = process.memoryUsage().heapUsed - before;
    expect(findings).toEqual([]);
    expect(summary.end).toBe(data.length);
    // About 1.2M retained items; the retained values are garbage once the scan returns.
    expect(grown).toBeLessThan(512 * 1024 ** 2);
  });
});

describe('chains of calls (a pickle calling the result of the previous call)', () => {
  it('collapse into one bounded finding with a count, linear in the input', async () => {
    const n = 5000;
    const data = Buffer.concat([b('\x80\x04'), sg('collections', 'OrderedDict'), b(')R'.repeat(n)), b('.')]);
    const started = performance.now();
    const { findings } = await scan(data);
    expect(performance.now() - started).toBeLessThan(2000);
    const computed = findings.filter((f) => f.rule === 'pickle/computed-call');
    expect(computed).toHaveLength(1);
    expect(computed[0]!.evidence).toMatchObject({ occurrences: n - 1, depth: n - 1 });
    expect(computed[0]!.message.length).toBeLessThan(300);
    expect(JSON.stringify(findings).length).toBeLessThan(4000);
  });
});

describe('many distinct globals', () => {
  it('report at most 100 findings per rule, the rest summed up in one', async () => {
    const parts = [b('\x80\x02(')];
    for (let i = 0; i < 5000; i++) parts.push(g0(`pkg${i}`, 'Thing'));
    parts.push(b('l.'));
    const { findings } = await scan(Buffer.concat(parts));
    const unknown = findings.filter((f) => f.rule === 'pickle/unknown-global');
    expect(unknown).toHaveLength(101);
    expect(unknown.at(-1)!.evidence).toMatchObject({ distinct: 4900, occurrences: 4900 });
  });
});

describe('nested joblib object arrays', () => {
  /** A NumpyArrayWrapper of an object array; joblib reads the array as a nested pickle.load after it. */
  const wrapper = () =>
    Buffer.concat([
      b('\x80\x04'),
      sg('joblib.numpy_pickle', 'NumpyArrayWrapper'),
      b(')\x81}('),
      su('subclass'),
      sg('numpy', 'ndarray'),
      su('shape'),
      b('K\x01\x85'),
      su('order'),
      su('C'),
      su('dtype'),
      sg('numpy', 'dtype'),
      su('O8'),
      b('\x89\x88\x87R(K\x03'),
      su('|'),
      b('NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK?tb'),
      su('allow_mmap'),
      b('\x89ub'),
    ]);

  it('8,000 levels are walked in linear time (the nested pickle is plain pickle.load, no joblib framing)', async () => {
    const levels = 8000;
    const w = wrapper();
    const data = Buffer.concat([
      ...Array.from({ length: levels }, () => w),
      b('N'),
      b('.'.repeat(levels + 1)),
    ]);
    const started = performance.now();
    const { findings } = await scan(data);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(findings.length).toBeLessThan(10);
  });
});

describe('random bytes that happen to start like a pickle', () => {
  it('give one low finding, never a high or critical one', async () => {
    let onlyLow = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (proto, seed) => {
          const data = Buffer.concat([Buffer.from([0x80, proto]), randomBytes(4096 + (seed % 512))]);
          const r = await analyzeBytes(data, 'blob.bin');
          expect(r.findings.filter((f) => f.rule === 'pickle/malformed').map((f) => f.severity)).toEqual([
            'low',
          ]);
          // About 1 in 7,000: the bytes start with a complete `PROTO EXTn STOP` pickle, a registry lookup
          // nothing calls (medium); nothing random is ever reported at high or critical.
          expect(r.findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
          if (r.findings.length === 1) onlyLow++;
        },
      ),
      { numRuns: 300 },
    );
    expect(onlyLow).toBeGreaterThan(290);
  });

  it('a broken pickle that imported something before the break stays high', async () => {
    const data = Buffer.concat([g0('somepkg', 'thing'), b('N0'), randomBytes(2048)]);
    data[data.indexOf('N0') + 2] = 0xff;
    const r = await analyzeBytes(data, 'blob.bin');
    expect(r.findings.find((f) => f.rule === 'pickle/malformed')?.severity).toBe('high');
  });
});
