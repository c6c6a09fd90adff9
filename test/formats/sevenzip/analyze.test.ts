import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { declaredDecoderMemory, parseListing } from '../../../src/formats/sevenzip/analyze.ts';
import { assertMutationsSafe, FIXTURES, probe, probeSource } from '../container-probe.ts';

describe('7z analyzer (7z-wasm)', () => {
  it('nullifAI: a PyTorch archive re-packed as 7z has its data.pkl scanned', async () => {
    const r = await probe('containers/payload.7z');
    expect(r.kind).toBe('7z');
    expect(r.pickles).toEqual(['archive/data.pkl']);
    expect(r.rules).toEqual([]);
  });

  it('a benign 7z raises nothing', async () => {
    const r = await probe('containers/benign.7z');
    expect(r.pickles).toEqual(['archive/data.pkl']);
    expect(r.rules).toEqual([]);
  });

  it('a 7z bomb is refused from its declared sizes before extraction', async () => {
    const t0 = Date.now();
    const r = await probe('containers/bomb.7z');
    expect(r.rules).toEqual(['archive/bomb']);
    expect(r.seen).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('encrypted members or headers stay archive/opaque (fail closed, no password prompt)', async () => {
    for (const f of ['containers/encrypted.7z', 'containers/encrypted_headers.7z']) {
      const r = await probe(f);
      expect(r.rules).toContain('archive/opaque');
      expect(r.pickles).toEqual([]);
    }
  });

  it('parses 7zz -slt listings', () => {
    const lines = [
      'Path = x.7z',
      'Type = 7z',
      '',
      '----------',
      'Path = a/b.pkl',
      'Size = 36',
      'Folder = -',
      'Encrypted = +',
      '',
      'Path = a',
      'Size = 0',
      'Folder = +',
    ];
    expect(parseListing([...lines, 'Method = LZMA2:26'])).toEqual([
      { path: 'a/b.pkl', size: 36, isDirectory: false, encrypted: true },
      { path: 'a', size: 0, isDirectory: true, encrypted: false, method: 'LZMA2:26' },
    ]);
  });

  it('mutated 7z archives never throw and finish fast (property)', async () => {
    const base = await readFile(join(FIXTURES, 'containers/payload.7z'));
    await assertMutationsSafe([base], 'm.7z', { window: base.length, maxEdits: 4, numRuns: 60 });
  });

  it.each([['lzma2'], ['lzma'], ['bzip2'], ['deflate'], ['copy']])(
    'a py7zr archive of plain data (%s) is extracted and clean',
    async (m) => {
      const r = await probe(`containers/7z_${m}.7z`);
      expect(r.rules).toEqual([]);
      expect(r.seen.sort()).toEqual(['model/README.txt:text', 'model/weights.npy:numpy']);
    },
  );

  it('a declared 4 GiB dictionary is refused before extraction (py7zr extracts it; 7-Zip in WASM cannot)', async () => {
    const r = await probe('containers/hostile_7z_dict4g.7z');
    expect(r.rules).toEqual(['archive/bomb']);
    expect(r.findings.find((f) => f.rule === 'archive/bomb')?.evidence?.declaredMemory).toBe(2 ** 32);
  });

  it('with the limit raised, the failed extraction (exit status, missing members) fails closed instead of passing empty', async () => {
    const limits = { ...DEFAULT_LIMITS, maxMemberBytes: 8 * 1024 ** 3 };
    const r = await probe('containers/hostile_7z_dict4g.7z', limits);
    expect(r.rules).toContain('archive/opaque');
    expect(r.findings.find((f) => f.rule === 'archive/opaque')?.message).toMatch(
      /missing or short: archive\/data.pkl/,
    );
  });

  it('reads decoder memory from 7-Zip method text', () => {
    expect(declaredDecoderMemory('LZMA2:26')).toBe(2 ** 26);
    expect(declaredDecoderMemory('BCJ LZMA:3m')).toBe(3 * 1024 ** 2);
    expect(declaredDecoderMemory('PPMD:o6:mem24')).toBe(2 ** 24);
    expect(declaredDecoderMemory('PPMD:o32:mem192m')).toBe(192 * 1024 ** 2);
    expect(declaredDecoderMemory('BZip2')).toBe(0);
    expect(declaredDecoderMemory('7zAES:19 LZMA2:32')).toBe(2 ** 32);
  });

  it('property: edits to the start header and the next header (offsets, sizes, CRCs, coder bytes) never throw', async () => {
    const base = await readFile(join(FIXTURES, 'containers/7z_lzma.7z'));
    const nextOffset = Number(base.readBigUInt64LE(12));
    const nextSize = Number(base.readBigUInt64LE(20));
    const headerStart = 32 + nextOffset;
    const field = fc.constantFrom(12, 20, 28, 8);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            kind: fc.constant('u64' as const),
            at: field,
            value: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
          }),
          fc.record({
            kind: fc.constant('header' as const),
            at: fc.nat(nextSize - 1),
            value: fc.integer({ min: 0, max: 255 }),
          }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.nat(base.length), value: fc.constant(0) }),
        ),
        fc.boolean(),
        async (edit, fixCrc) => {
          let b = Buffer.from(base);
          if (edit.kind === 'u64' && edit.at !== 28 && edit.at !== 8)
            b.writeBigUInt64LE(BigInt(edit.value), edit.at);
          else if (edit.kind === 'u64') b.writeUInt32LE(Number(BigInt(edit.value) & 0xffffffffn), edit.at);
          else if (edit.kind === 'header') b[headerStart + edit.at] = edit.value;
          else b = b.subarray(0, Math.max(32, edit.at));
          if (fixCrc && b.length >= headerStart + nextSize) {
            // Keep the CRCs right so 7-Zip parses the edited header instead of refusing it at once.
            b.writeUInt32LE(zlib.crc32(b.subarray(headerStart, headerStart + nextSize)), 28);
            b.writeUInt32LE(zlib.crc32(b.subarray(12, 32)), 8);
          }
          const t0 = Date.now();
          const r = await probeSource(new BufferSource(b, 'p.7z'), 'p.7z');
          expect(r.findings.some((f) => f.rule === 'scan/read-error')).toBe(false);
          expect(Date.now() - t0).toBeLessThan(5000);
        },
      ),
      { numRuns: 60 },
    );
  });
});
