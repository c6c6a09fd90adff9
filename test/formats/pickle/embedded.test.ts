/**
 * Pickles, archives and compressed streams inside bytes/str operands (embedded-kind.ts, embedded.ts):
 * which heads are recorded, which are confirmed before a nested scan, and the budgets a nested scan
 * counts against.
 */
import { defaultScanner } from '../../../src/builtins.ts';
import { randomBytes } from 'node:crypto';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { confirmEmbedded } from '../../../src/formats/pickle/embedded.ts';
import { embeddedKind } from '../../../src/formats/pickle/embedded-kind.ts';
import { b, binbytes } from './build.ts';
import { analyzeBytes, PAYLOAD } from './helpers.ts';
import { analyzeSource } from '../../../src/core/analyzer.ts';

const src = (data: Buffer) => new BufferSource(data, 'x');

describe('embeddedKind', () => {
  it('records pickles and the prefixes loaders decompress or open', () => {
    expect(embeddedKind(PAYLOAD, PAYLOAD.length)).toBe('pickle');
    expect(embeddedKind(b("cposix\nsystem\n(S'id'\ntR."), 24)).toBe('pickle');
    for (const head of [
      deflateSync(PAYLOAD),
      gzipSync(PAYLOAD),
      b('PK\x03\x04xxxx'),
      b('BZh91AY&SY'),
      b('\x93NUMPY\x01\x00'),
    ])
      expect(embeddedKind(head, head.length), head.subarray(0, 4).toString('hex')).toBe('container');
  });

  it('ignores plain words, numbers and text (no newline or binary byte to import anything)', () => {
    for (const word of [
      'Linear',
      'cat_dog',
      'National Park',
      '(parenthetical remark)',
      'Xavier',
      'ignore me',
    ])
      expect(embeddedKind(b(word), word.length), word).toBeNull();
  });
});

describe('confirmEmbedded', () => {
  it('accepts a real deflate stream and a real pickle, not random bytes behind the same prefix', async () => {
    expect(await confirmEmbedded(src(deflateSync(PAYLOAD)), 'container')).toBe(true);
    expect(await confirmEmbedded(src(gzipSync(PAYLOAD)), 'container')).toBe(true);
    expect(await confirmEmbedded(src(PAYLOAD), 'pickle')).toBe(true);
    let confirmed = 0;
    for (let i = 0; i < 200; i++) {
      const noise = randomBytes(4096);
      noise[0] = 0x78;
      noise[1] = 0x9c;
      if (await confirmEmbedded(src(noise), 'container')) confirmed++;
      noise[0] = 0x80;
      noise[1] = 2;
      if (await confirmEmbedded(src(noise), 'pickle')) confirmed++;
    }
    expect(confirmed).toBeLessThan(3);
  });
});

describe('nested scans', () => {
  const outer = Buffer.concat([b('\x80\x04'), binbytes(PAYLOAD), b('.')]);

  it('scan a pickle found in a bytes operand as a member of the file', async () => {
    const r = await analyzeBytes(outer, 'x.pkl');
    expect(r.findings.map((f) => [f.rule, f.member])).toEqual([['pickle/dangerous-global', ['BINBYTES@2']]]);
  });

  it('count against the expansion budget: past it, a limit finding instead of a silent pass', async () => {
    const r = await analyzeSource(new BufferSource(outer, 'x.pkl'), 'x.pkl', {
      scanner: defaultScanner(),
      limits: { ...DEFAULT_LIMITS, maxExpandedBytes: 4 },
    });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['pickle/limit-exceeded', 'high']]);
  });

  it('stop at the depth limit', async () => {
    let data = PAYLOAD;
    for (let i = 0; i < 8; i++) data = Buffer.concat([b('\x80\x04'), binbytes(data), b('.')]);
    const r = await analyzeBytes(data, 'deep.pkl');
    expect(r.findings.map((f) => f.rule)).toContain('archive/depth-limit');
  });
});
