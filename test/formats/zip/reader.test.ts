import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ExpansionBudget } from '../../../src/core/analyzer.ts';
import { BufferSource, FileSource, readAll, SliceSource } from '../../../src/core/source.ts';
import { openZip, unsafeMemberPath, ZipFormatError } from '../../../src/formats/zip/reader.ts';
import { buildZip } from './zip-builder.ts';

const FIX = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const limits = DEFAULT_LIMITS;

async function openFixture(rel: string) {
  const src = await FileSource.open(join(FIX, rel));
  return { src, zip: await openZip(src) };
}

describe('zip reader', () => {
  it('lists a real torch.save checkpoint and reads a small stored member once, with its CRC', async () => {
    const { src, zip } = await openFixture('torch/state_dict.pt');
    expect(zip.issues).toEqual([]);
    expect(zip.entries.map((e) => e.name)).toContain('state_dict/data.pkl');
    const e = zip.find('state_dict/data.pkl')!;
    expect(e.compressedSize).toBeLessThanOrEqual(16 * 1024);
    const before = src.bytesRead;
    const m = await zip.openEntry(e, { limits });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.source).toBeInstanceOf(BufferSource);
    expect(m.crcOk).toBe(true);
    expect(src.bytesRead - before).toBe(e.compressedSize); // read whole, once
    expect(m.source.member).toEqual(['state_dict/data.pkl']);
    const head = await m.source.read(0, 2);
    expect(head[0]).toBe(0x80);
    expect(src.bytesRead - before).toBe(e.compressedSize); // analyzers then read from memory
    expect(await zip.checkCrc(e, 1 << 20)).toBe(true);
    await src.close();
  });

  it('opens larger stored members as windows on the container (nothing read when opened)', async () => {
    const big = Buffer.alloc(64 * 1024, 0x61);
    const zipBytes = buildZip([
      { name: 'big.txt', data: big },
      { name: 'bad-crc.txt', data: Buffer.from('small'), crc: 1 },
    ]);
    const src = new BufferSource(zipBytes, 'x.zip');
    const zip = await openZip(src);
    const before = src.bytesRead;
    const m = await zip.openEntry(zip.find('big.txt')!, { limits });
    expect(m.ok && m.source instanceof SliceSource).toBe(true);
    expect(src.bytesRead).toBe(before);
    if (m.ok) expect(m.crcOk).toBeUndefined(); // checked by the analyzer while the CRC budget lasts
    const small = await zip.openEntry(zip.find('bad-crc.txt')!, { limits });
    expect(small.ok && small.crcOk).toBe(false);
  });

  it('inflates deflated members (np.savez_compressed) into a buffer with a matching CRC', async () => {
    const { src, zip } = await openFixture('containers/arrays_compressed.npz');
    for (const e of zip.entries) {
      const m = await zip.openEntry(e, { limits });
      expect(m.ok && m.crcOk && m.sizeOk).toBe(true);
      if (m.ok) expect((await m.source.read(0, 6)).toString('latin1')).toBe('\x93NUMPY');
    }
    await src.close();
  });

  it('reads through what PyTorch ignores and reports it', async () => {
    const mismatch = await openFixture('containers/name_mismatch.zip');
    expect(mismatch.zip.issues.map((i) => i.code)).toEqual(['name-mismatch']);
    expect(mismatch.zip.find('archive/data.pkl')?.localName).toBe('archive/safe.txt');
    for (const bits of ['0x1', '0x20', '0x40']) {
      const { zip, src } = await openFixture(`containers/flag_${bits}.zip`);
      expect(zip.issues.some((i) => i.code === 'flag-bits' && i.entry === 'archive/data.pkl')).toBe(true);
      const m = await zip.openEntry(zip.find('archive/data.pkl')!, { limits });
      expect(m.ok).toBe(true);
      await src.close();
    }
    const crc = await openFixture('containers/bad_crc.zip');
    const e = crc.zip.find('archive/data.pkl')!;
    expect((await crc.zip.openEntry(e, { limits })).ok).toBe(true);
    expect(await crc.zip.checkCrc(e, 1 << 20)).toBe(false);
    await Promise.all([mismatch.src.close(), crc.src.close()]);
  });

  it('reports duplicates, overlaps, unsafe paths and prefixes', async () => {
    const codes = async (rel: string) => {
      const { zip, src } = await openFixture(rel);
      await src.close();
      return zip.issues.map((i) => i.code);
    };
    expect(await codes('containers/duplicate_names.zip')).toContain('duplicate-name');
    expect(await codes('containers/overlap.zip')).toContain('overlap');
    expect(await codes('containers/traversal.zip')).toEqual(['unsafe-path', 'unsafe-path']);
    expect(await codes('containers/prefixed.zip')).toEqual(['prefix']);
  });

  it('reads zip64 central-directory fields and end records', async () => {
    const data = buildZip(
      [
        { name: 'a.bin', data: Buffer.from('hello'), zip64: true },
        { name: 'b.bin', data: Buffer.from('world!'), zip64: true, method: 8 },
      ],
      { zip64End: true },
    );
    const zip = await openZip(new BufferSource(data, 'z64.zip'));
    expect(zip.issues).toEqual([]);
    expect(zip.entries.map((e) => [e.name, e.zip64, e.uncompressedSize])).toEqual([
      ['a.bin', true, 5],
      ['b.bin', true, 6],
    ]);
    for (const e of zip.entries) {
      const m = await zip.openEntry(e, { limits });
      expect(m.ok).toBe(true);
      if (m.ok) expect((await readAll(m.source)).toString()).toBe(e.name === 'a.bin' ? 'hello' : 'world!');
    }
  });

  it('stops inflating a bomb at the ratio cap and charges the budget', async () => {
    const { zip, src } = await openFixture('containers/bomb.zip');
    const budget = new ExpansionBudget(limits.maxExpandedBytes);
    const m = await zip.openEntry(zip.entries[0]!, { limits, budget });
    expect(m.ok).toBe(false);
    if (!m.ok) expect([m.reason, m.limit]).toEqual(['limit', 'ratio']);
    expect(budget.used).toBeLessThan(20 * 1024 * 1024);
    const small = new ExpansionBudget(1000);
    const m2 = await zip.openEntry(zip.entries[0]!, { limits, budget: small });
    expect(!m2.ok && m2.limit).toBe('total');
    await src.close();
  });

  it('refuses methods neither loader reads (9, deflate64; 99, AES) and says so', async () => {
    for (const method of [9, 99]) {
      const data = buildZip([{ name: 'x.pkl', data: Buffer.from('\x80\x02K\x01.', 'latin1') }]);
      const cd = data.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
      data.writeUInt16LE(method, cd + 10);
      const zip = await openZip(new BufferSource(data, 'm.zip'));
      const m = await zip.openEntry(zip.entries[0]!, { limits });
      expect(!m.ok && m.reason).toBe('method');
    }
  });

  it('a member patched to method 14 (LZMA) whose bytes are no LZMA stream is corrupt, not unknown', async () => {
    const { zip, src } = await openFixture('containers/unknown_method.zip');
    const m = await zip.openEntry(zip.entries[0]!, { limits });
    expect(!m.ok && m.reason).toBe('corrupt');
    await src.close();
  });

  it('throws ZipFormatError for non-zip bytes', async () => {
    await expect(openZip(new BufferSource(Buffer.from('not a zip at all, just text'), 'x'))).rejects.toThrow(
      ZipFormatError,
    );
  });

  it('classifies unsafe member paths', () => {
    expect(unsafeMemberPath('a/b.pkl')).toBeUndefined();
    expect(unsafeMemberPath('a/../../b')).toMatch(/\.\./);
    expect(unsafeMemberPath('..\\x')).toMatch(/\.\./);
    expect(unsafeMemberPath('C:/x')).toMatch(/drive/);
    expect(unsafeMemberPath('/etc/x')).toMatch(/absolute/);
  });

  it('never throws anything but ZipFormatError on mutated archives (property)', async () => {
    const base = buildZip([
      { name: 'archive/data.pkl', data: Buffer.from('\x80\x02}q\x00.', 'latin1') },
      { name: 'archive/x', data: Buffer.alloc(300, 7), method: 8 },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          const b = Buffer.from(base);
          for (const [at, v] of edits) b[at] = v;
          const t0 = Date.now();
          try {
            const zip = await openZip(new BufferSource(b, 'm.zip'));
            for (const e of zip.entries)
              await zip.openEntry(e, { limits, budget: new ExpansionBudget(1 << 24) });
          } catch (err) {
            expect(err).toBeInstanceOf(ZipFormatError);
          }
          expect(Date.now() - t0).toBeLessThan(1000);
        },
      ),
      { numRuns: 200 },
    );
  });
});
