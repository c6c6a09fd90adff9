/**
 * The LZMA1 decoder (LZMA-alone for joblib compress='lzma', raw LZMA1 for zip method 14): real streams
 * made by Python's liblzma (committed fixtures), any dictionary size, bounded output, and mutated
 * streams that only ever fail with LzmaError, fast.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { expand, ownCodecs } from '../../../src/formats/compressed/expand.ts';
import {
  LzmaError,
  lzmaAloneDecodes,
  lzmaProperties,
  parseAloneHeader,
} from '../../../src/formats/compressed/lzma.ts';
import { FIXTURES } from '../container-probe.ts';

async function decode(data: Buffer, decoder = ownCodecs.lzmaAlone, chunk = 7): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  async function* input() {
    for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
  }
  for await (const p of decoder(input())) parts.push(p);
  return Buffer.concat(parts);
}

const limits = { maxMemberBytes: DEFAULT_LIMITS.maxMemberBytes, maxRatio: DEFAULT_LIMITS.maxRatio };

describe('LZMA-alone decoder', () => {
  it('decodes joblib compress="lzma" (liblzma, 8 MiB dictionary) to its pickle, in any input chunking', async () => {
    const data = await readFile(join(FIXTURES, 'joblib/compress_lzma.joblib'));
    const whole = await decode(data, ownCodecs.lzmaAlone, data.length);
    expect(whole[0]).toBe(0x80); // a pickle PROTO
    expect(whole.at(-1)).toBe(0x2e); // ... STOP
    expect((await decode(data, ownCodecs.lzmaAlone, 1)).equals(whole)).toBe(true);
  });

  it('a 3 GiB declared dictionary decodes without reserving it (the window grows with the output)', async () => {
    const data = await readFile(join(FIXTURES, 'joblib/lzma_dict3g.joblib'));
    expect(parseAloneHeader(data.subarray(0, 13)).props.dictSize).toBe(0xc0000000);
    const before = process.memoryUsage().arrayBuffers;
    const out = await decode(data);
    expect(out.length).toBeGreaterThan(100);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('decodes zip method 14 (CPython zipfile: 4-byte header, properties, raw LZMA1 with an end marker)', async () => {
    const zip = await readFile(join(FIXTURES, 'numpy/npz_lzma.npz'));
    const nameLen = zip.readUInt16LE(26);
    const extraLen = zip.readUInt16LE(28);
    const size = zip.readUInt32LE(18);
    const start = 30 + nameLen + extraLen;
    const src = new BufferSource(zip, 'x.npz');
    const r = await expand(src, start, size === 0xffffffff ? zip.length - start : size, ownCodecs.zipLzma, {
      limits,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.subarray(0, 6).toString('latin1')).toBe('\x93NUMPY');
  });

  it('stops a bomb at the cap (expand) and reads properties as liblzma does', async () => {
    expect(() => lzmaProperties(225, 1 << 20)).toThrow(LzmaError);
    expect(() => lzmaProperties(9 * 5, 1 << 20)).not.toThrow(); // lc=0, lp=0, pb=1
    expect(() => lzmaProperties(4 + 1 * 9, 1)).toThrow(LzmaError); // lc + lp = 5
    expect(lzmaProperties(0x5d, 100).dictSize).toBe(4096);
  });

  it('sniffs only a 5d 00 prefix that really decodes', async () => {
    const data = await readFile(join(FIXTURES, 'joblib/compress_lzma.joblib'));
    expect(await lzmaAloneDecodes(data.subarray(0, 4096))).toBe(true);
    expect(
      await lzmaAloneDecodes(
        Buffer.from(']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00', 'latin1'),
      ),
    ).toBe(false);
    expect(await lzmaAloneDecodes(Buffer.concat([Buffer.from([0x5d, 0]), Buffer.alloc(64, 0x41)]))).toBe(
      false,
    );
  });

  it('property: mutated streams end, or fail with LzmaError, within bounded time and output', async () => {
    const base = await readFile(join(FIXTURES, 'joblib/hostile_compress_lzma.joblib'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(base.length),
        async (edits, cut) => {
          const b = Buffer.from(base.subarray(0, Math.max(14, cut)));
          for (const [at, v] of edits) if (at < b.length) b[at] = v;
          const t0 = Date.now();
          const r = await expand(new BufferSource(b, 'm.lzma'), 0, b.length, ownCodecs.lzmaAlone, { limits });
          expect(Date.now() - t0).toBeLessThan(2000);
          if (!r.ok && r.reason === 'corrupt')
            expect(r.message).not.toMatch(/undefined|TypeError|RangeError/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
