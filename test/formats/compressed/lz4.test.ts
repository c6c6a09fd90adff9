/**
 * The LZ4 frame decoder (python-lz4's lz4.frame, joblib compress='lz4'): real frames made by
 * python-lz4 (committed fixtures), block-level checks, and mutated frames that only fail with
 * Lz4Error, fast and within the output cap.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { expand, ownCodecs } from '../../../src/formats/compressed/expand.ts';
import { decodeBlock, Lz4Error } from '../../../src/formats/compressed/lz4.ts';
import { FIXTURES } from '../container-probe.ts';

const limits = { maxMemberBytes: DEFAULT_LIMITS.maxMemberBytes, maxRatio: DEFAULT_LIMITS.maxRatio };

describe('LZ4 frame decoder', () => {
  it('decodes joblib compress="lz4" (python-lz4 frames) to its pickle', async () => {
    const data = await readFile(join(FIXTURES, 'joblib/compress_lz4.joblib'));
    const r = await expand(new BufferSource(data, 'x.lz4'), 0, data.length, ownCodecs.lz4, { limits });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data[0]).toBe(0x80);
      expect(r.data.at(-1)).toBe(0x2e);
    }
  });

  it('reads literals, overlapping matches and refuses offsets before the data', () => {
    // token: 3 literals "abc", match offset 3 length 4+2=6 -> "abcabcabc", then 1 literal "z".
    const block = Buffer.from([0x32, 0x61, 0x62, 0x63, 0x03, 0x00, 0x10, 0x7a]);
    const out = new Uint8Array(64);
    const end = decodeBlock(block, out, 0, 64);
    expect(Buffer.from(out.subarray(0, end)).toString()).toBe('abcabcabcz');
    expect(() => decodeBlock(Buffer.from([0x10, 0x61, 0x05, 0x00]), new Uint8Array(64), 0, 64)).toThrow(
      Lz4Error,
    );
    expect(() => decodeBlock(block, new Uint8Array(64), 0, 5)).toThrow(Lz4Error);
  });

  it('property: mutated frames end, or fail with Lz4Error, quickly', async () => {
    const base = await readFile(join(FIXTURES, 'joblib/hostile_compress_lz4.joblib'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(base.length),
        async (edits, cut) => {
          const b = Buffer.from(base.subarray(0, Math.max(8, cut)));
          for (const [at, v] of edits) if (at < b.length) b[at] = v;
          const t0 = Date.now();
          const r = await expand(new BufferSource(b, 'm.lz4'), 0, b.length, ownCodecs.lz4, { limits });
          expect(Date.now() - t0).toBeLessThan(2000);
          if (!r.ok && r.reason === 'corrupt')
            expect(r.message).not.toMatch(/undefined|TypeError|RangeError/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
