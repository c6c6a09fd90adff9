import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { atLeast, type Severity } from '../../../src/core/finding.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import { FIXTURES, probe, probeSource } from '../container-probe.ts';
import { buildZip } from './zip-builder.ts';

const serious = (r: { findings: { severity: string; rule: string }[] }) =>
  r.findings.filter((f) => atLeast(f.severity as Severity, 'medium')).map((f) => f.rule);

describe('zip analyzer: real artifacts', () => {
  it('torch.save state_dict: data.pkl scanned as pickle, storages peeked only, nothing at medium+', async () => {
    const r = await probe('torch/state_dict.pt');
    expect(r.kind).toBe('zip');
    expect(r.pickles).toEqual(['state_dict/data.pkl']);
    expect(r.seen.some((s) => s.startsWith('state_dict/data/'))).toBe(false);
    expect(r.seen).toContain('state_dict/version:text');
    expect(serious(r)).toEqual([]);
  });

  it('TorchScript archive: data.pkl and constants.pkl reach the pickle analyzers', async () => {
    const r = await probe('torch/scripted.pt');
    expect(r.pickles).toEqual(expect.arrayContaining(['scripted/data.pkl', 'scripted/constants.pkl']));
    expect(r.seen).toContain('scripted/code/__torch__.py:text'); // deflated code members are inflated and sniffed
    expect(serious(r)).toEqual([]);
    // Marked for the pickle analyzer: the TorchScript C++ unpickler reads these, not Python's.
    expect(r.torchscript.sort()).toEqual([
      'scripted/code/__torch__.py.debug_pkl',
      'scripted/code/__torch__/torch/nn/modules/linear.py.debug_pkl',
      'scripted/constants.pkl',
      'scripted/data.pkl',
    ]);
    expect((await probe('torch/state_dict.pt')).torchscript).toEqual([]);
  });

  it('TorchScript constants.pkl replaced by a payload is dispatched as a pickle', async () => {
    const r = await probe('torch/scripted_constants_payload.pt');
    expect(r.pickles).toContain('scripted/constants.pkl');
  });

  it('np.savez and np.savez_compressed: every array member dispatched as numpy, CRCs fine', async () => {
    for (const f of ['containers/arrays.npz', 'containers/arrays_compressed.npz']) {
      const r = await probe(f);
      expect(r.seen.sort()).toEqual(['bias.npy:numpy', 'weights.npy:numpy']);
      expect(r.rules).not.toContain('zip/bad-crc');
    }
  });
});

describe('zip analyzer: ways to hide a pickle in a zip', () => {
  it('PyTorch-style zip with a payload data.pkl', async () => {
    expect((await probe('containers/torch_payload.zip')).pickles).toEqual(['archive/data.pkl']);
  });

  it('payload in an innocently named, extensionless member (protocol 0, no magic: CVE-2025-1889 class) is dispatched', async () => {
    const r = await probe('containers/innocent_member.zip');
    expect(r.seen.map((s) => s.split(':')[0])).toContain('archive/extra/readme');
    const t = await probe('torch/state_dict_extra_member.pt');
    expect(t.seen.map((s) => s.split(':')[0])).toContain('state_dict/extra');
  });

  it('zip inside zip, stored and deflated: inner data.pkl scanned at depth 2', async () => {
    for (const f of ['containers/zip_in_zip.zip', 'containers/zip_in_zip_deflated.zip']) {
      expect((await probe(f)).pickles).toEqual(['model/inner.bin > archive/data.pkl']);
    }
  });

  it('CVE-2025-1944 local-header name mismatch: reported and still scanned', async () => {
    const r = await probe('containers/name_mismatch.zip');
    expect(r.rules).toContain('zip/name-mismatch');
    expect(r.pickles).toEqual(['archive/data.pkl']);
  });

  it('CVE-2025-1945 flag bits 0x1, 0x20, 0x40: reported and still scanned', async () => {
    for (const bits of ['0x1', '0x20', '0x40']) {
      const r = await probe(`containers/flag_${bits}.zip`);
      expect(r.rules).toContain('zip/flag-bits');
      expect(r.pickles).toEqual(['archive/data.pkl']);
    }
  });

  it('CVE-2025-10156 bad CRC: reported and still scanned', async () => {
    const r = await probe('containers/bad_crc.zip');
    expect(r.rules).toContain('zip/bad-crc');
    expect(r.pickles).toEqual(['archive/data.pkl']);
  });

  it('duplicate names: every copy scanned', async () => {
    const r = await probe('containers/duplicate_names.zip');
    expect(r.rules).toContain('zip/duplicate-name');
    expect(r.pickles).toEqual(['archive/data.pkl', 'archive/data.pkl']);
  });

  it('overlapping entries and zip64 records', async () => {
    expect((await probe('containers/overlap.zip')).rules).toContain('zip/overlapping-entries');
    expect((await probe('containers/zip64.zip')).pickles).toEqual(['archive/data.pkl']);
  });

  it('a local entry hidden from the central directory is reported and scanned', async () => {
    const r = await probe('containers/hidden_entry.zip');
    expect(r.rules).toEqual(['zip/hidden-entry']);
    expect(r.pickles).toEqual(['archive/data.pkl', 'archive/hidden.pkl']);
    // Data descriptors after entries (torch.save writes them) are not gaps.
    expect((await probe('torch/state_dict.pt')).rules).toEqual([]);
  });

  it('path traversal and absolute member names', async () => {
    const r = await probe('containers/traversal.zip');
    expect(r.findings.filter((f) => f.rule === 'archive/path-traversal')).toHaveLength(2);
  });

  it('a prefix before the archive (polyglot) is reported and the zip part scanned', async () => {
    const r = await probe('containers/prefixed.zip');
    expect(r.rules).toContain('zip/prefix-data');
    expect(r.pickles).toEqual(['archive/data.pkl']);
  });

  it('a pickle head with a zip behind it (polyglot): both views scanned', async () => {
    const r = await probe('containers/polyglot_pickle_zip.pt');
    expect(r.kind).toBe('pickle');
    expect(r.rules).toContain('zip/polyglot');
    expect(r.pickles).toEqual(['archive/data.pkl']);
    // Real single-format files are not polyglots.
    expect((await probe('torch/state_dict.pt')).rules).not.toContain('zip/polyglot');
  });

  it('zip bomb by ratio is a finding, bounded in time and memory', async () => {
    const t0 = Date.now();
    const r = await probe('containers/bomb.zip');
    expect(r.rules).toEqual(['archive/bomb']);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('overlapping-entry bomb (one deflate stream, 300 entries): bounded by the budget, one finding', async () => {
    const one = buildZip([{ name: 'z', data: Buffer.alloc(1024 * 1024), method: 8 }]);
    const cdAt = one.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    const eocdAt = one.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    const entry = one.subarray(cdAt, eocdAt);
    const n = 300;
    const cd = Buffer.concat(Array.from({ length: n }, () => entry));
    const end = Buffer.from(one.subarray(eocdAt));
    end.writeUInt16LE(n, 8);
    end.writeUInt16LE(n, 10);
    end.writeUInt32LE(cd.length, 12);
    const zip = Buffer.concat([one.subarray(0, cdAt), cd, end]);
    const limits = { ...DEFAULT_LIMITS, maxExpandedBytes: 64 * 1024 * 1024 };
    const t0 = Date.now();
    const r = await probeSource(new BufferSource(zip, 'overlap-bomb.zip'), 'overlap-bomb.zip', limits);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.rules).toEqual(
      expect.arrayContaining(['archive/bomb', 'zip/duplicate-name', 'zip/overlapping-entries']),
    );
    const bombs = r.findings.filter((f) => f.rule === 'archive/bomb');
    expect(bombs.length).toBeLessThanOrEqual(2);
    expect(r.findings.filter((f) => f.rule === 'zip/overlapping-entries').length).toBeLessThanOrEqual(20);
  });

  it('deep nesting stops at the depth limit with a finding', async () => {
    const r = await probe('containers/deep_nesting.zip');
    expect(r.rules).toContain('archive/depth-limit');
    expect(r.pickles).toEqual([]);
    const shallow = await probe('containers/deep_nesting.zip', { ...DEFAULT_LIMITS, maxDepth: 8 });
    expect(shallow.pickles).toHaveLength(1);
    expect(shallow.rules).not.toContain('archive/depth-limit');
  });

  it('member count and total expansion limits are findings', async () => {
    const few = { ...DEFAULT_LIMITS, maxMembers: 1 };
    const r = await probe('containers/torch_payload.zip', few);
    expect(r.rules).toEqual(['archive/too-many-members']);
    expect(r.pickles).toEqual(['archive/data.pkl']);
    const tight = { ...DEFAULT_LIMITS, maxExpandedBytes: 100 };
    const b = await probe('containers/zip_in_zip_deflated.zip', tight);
    expect(b.rules).toEqual(['archive/bomb']);
    expect(b.findings.find((f) => f.rule === 'archive/bomb')?.evidence?.limit).toBe('total');
  });

  it('modelscan#354: a corrupt entry before data.pkl does not stop the scan of later entries', async () => {
    const zip = buildZip([
      { name: 'archive/broken', data: Buffer.alloc(2000, 7), method: 8 },
      { name: 'archive/data.pkl', data: Buffer.from('\x80\x02cposix\nsystem\n.', 'latin1') },
    ]);
    const dataAt = 30 + 'archive/broken'.length;
    zip.fill(0xff, dataAt, dataAt + 8); // invalid deflate block type
    const r = await probeSource(new BufferSource(zip, 'c.zip'), 'c.zip');
    expect(r.rules).toEqual(['archive/unsupported-compression']);
    expect(r.pickles).toEqual(['archive/data.pkl']);
  });

  it('a compression method PyTorch cannot read either is fail-closed', async () => {
    expect((await probe('containers/unknown_method.zip')).rules).toEqual(['archive/unsupported-compression']);
  });

  it('no central directory: zip/malformed, and the local entries are scanned as a streaming reader sees them', async () => {
    const r = await probe('containers/no_central_directory.zip');
    expect(r.rules).toEqual(['zip/malformed']);
    expect(r.pickles).toEqual(['archive/data.pkl']);
  });

  it('a zip signature with nothing readable behind it is zip/malformed', async () => {
    const r = await probeSource(
      new BufferSource(Buffer.from('PK\x03\x04 truncated', 'latin1'), 'x.zip'),
      'x.zip',
    );
    expect(r.rules).toEqual(['zip/malformed']);
  });

  it('two central directories (miniz reads the stated one, zipfile the one before the end record): a loader differential, both scanned', async () => {
    const pkl = (v: number) => Buffer.from(`\x80\x02K${String.fromCharCode(v)}.`, 'latin1');
    const both = buildZip([
      { name: 'a.pkl', data: pkl(1) },
      { name: 'b.pkl', data: pkl(2) },
    ]);
    const cdX = both.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    const cdY = both.indexOf(Buffer.from('PK\x01\x02', 'latin1'), cdX + 4);
    const eocd = both.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    const end = Buffer.from(both.subarray(eocd));
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(eocd - cdY, 12); // size of the second directory: implied start = cdY
    end.writeUInt32LE(cdX, 16); // stated start = cdX
    const zip = Buffer.concat([both.subarray(0, eocd), end]);
    const r = await probeSource(new BufferSource(zip, 'two.zip'), 'two.zip');
    // zipfile shifts offsets by the difference (concat), so its b.pkl header is not where it looks:
    // b.pkl is found as a hidden local entry and scanned all the same.
    expect(r.rules).toContain('zip/loader-differential');
    expect(r.rules).toContain('zip/hidden-entry');
    expect(r.pickles.sort()).toEqual(['a.pkl', 'b.pkl']);
  });

  it('classic and zip64 end records pointing at different directories: both loaders take the zip64 one, the entry of the other directory is hidden and scanned', async () => {
    const pkl = (v: number) => Buffer.from(`\x80\x02K${String.fromCharCode(v)}.`, 'latin1');
    const zip = buildZip(
      [
        { name: 'a.pkl', data: pkl(1) },
        { name: 'b.pkl', data: pkl(2) },
      ],
      { zip64End: true },
    );
    const sig = Buffer.from('PK\x01\x02', 'latin1');
    const cdX = zip.indexOf(sig);
    const cdY = zip.indexOf(sig, cdX + 4);
    const z64 = zip.indexOf(Buffer.from('PK\x06\x06', 'latin1'));
    const eocd = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    zip.writeBigUInt64LE(1n, z64 + 24);
    zip.writeBigUInt64LE(1n, z64 + 32);
    zip.writeBigUInt64LE(BigInt(z64 - cdY), z64 + 40);
    zip.writeBigUInt64LE(BigInt(cdY), z64 + 48);
    zip.writeUInt16LE(1, eocd + 8);
    zip.writeUInt16LE(1, eocd + 10);
    zip.writeUInt32LE(cdY - cdX, eocd + 12);
    zip.writeUInt32LE(cdX, eocd + 16);
    const r = await probeSource(new BufferSource(zip, 'z.zip'), 'z.zip');
    expect(r.rules).toContain('zip/hidden-entry');
    expect(r.rules).not.toContain('zip/loader-differential');
    expect(r.pickles.sort()).toEqual(['a.pkl', 'b.pkl']);
  });

  it('an end record announcing fewer entries than the directory holds: miniz reads by count, zipfile by size; a loader differential, all scanned', async () => {
    const zip = buildZip([
      { name: 'a.txt', data: Buffer.from('hello\n') },
      { name: 'b.pkl', data: Buffer.from('\x80\x02K\x01.', 'latin1') },
    ]);
    const eocd = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    zip.writeUInt16LE(1, eocd + 8);
    zip.writeUInt16LE(1, eocd + 10);
    const r = await probeSource(new BufferSource(zip, 'c.zip'), 'c.zip');
    expect(r.rules).toEqual(['zip/loader-differential']);
    expect(r.pickles).toEqual(['b.pkl']);
  });

  it('a stored member whose recorded sizes differ is zip/size-mismatch', async () => {
    const zip = buildZip([{ name: 'x.txt', data: Buffer.from('hello world\n') }]);
    const cd = zip.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    zip.writeUInt32LE(4, cd + 24); // uncompressed size 4, compressed 12
    const r = await probeSource(new BufferSource(zip, 's.zip'), 's.zip');
    // miniz refuses a stored entry with differing sizes (when its method and time fields are zero).
    expect(r.rules).toEqual(['zip/loader-differential', 'zip/size-mismatch']);
  });

  it('a symlink member pointing outside the archive is archive/link-escape', async () => {
    const zip = buildZip([{ name: 'link', data: Buffer.from('../../etc/passwd') }]);
    // Mark the entry as a Unix symlink: external attributes 0o120777 << 16.
    const cd = zip.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    zip.writeUInt32LE((0o120777 << 16) >>> 0, cd + 38);
    const r = await probeSource(new BufferSource(zip, 'l.zip'), 'l.zip');
    expect(r.rules).toEqual(['archive/link-escape']);
  });

  it('a re-zipped checkpoint (deflated storages over the member limit) is peeked, not inflated', async () => {
    const zip = buildZip([
      { name: 'm/data.pkl', data: Buffer.from('\x80\x02}q\x00.', 'latin1') },
      { name: 'm/data/0', data: Buffer.alloc(4 * 1024 * 1024, 1), method: 8 },
    ]);
    const limits = { ...DEFAULT_LIMITS, maxMemberBytes: 1024 * 1024 };
    const r = await probeSource(new BufferSource(zip, 'rezipped.pt'), 'rezipped.pt', limits);
    expect(r.rules).toEqual([]);
    expect(r.pickles).toEqual(['m/data.pkl']);
    // The same bytes under a non-storage name are inflated and hit the limit.
    const plain = buildZip([{ name: 'blob', data: Buffer.alloc(4 * 1024 * 1024, 1), method: 8 }]);
    expect((await probeSource(new BufferSource(plain, 'b.zip'), 'b.zip', limits)).rules).toEqual([
      'archive/bomb',
    ]);
  });

  it('bytes read: a multi-GB PyTorch zip costs a few KB (sparse 6 GiB storage, zip64)', async () => {
    const dir = await makeTmpDir();
    const path = join(dir, 'big.pt');
    const pkl = Buffer.from('\x80\x02}q\x00X\x01\x00\x00\x00aq\x01K\x01s.', 'latin1');
    const big = 6 * 1024 ** 3;
    const fh = await open(path, 'w');
    try {
      const local = (name: string, size: number, crc: number) => {
        const h = Buffer.alloc(30);
        h.writeUInt32LE(0x04034b50, 0);
        h.writeUInt16LE(45, 4);
        h.writeUInt32LE(crc, 14);
        h.writeUInt32LE(Math.min(size, 0xffffffff), 18);
        h.writeUInt32LE(Math.min(size, 0xffffffff), 22);
        h.writeUInt16LE(Buffer.byteLength(name), 26);
        return Buffer.concat([h, Buffer.from(name)]);
      };
      const pklHeader = local('big/data.pkl', pkl.length, zlib.crc32(pkl));
      await fh.write(Buffer.concat([pklHeader, pkl]), 0, undefined, 0);
      const storageAt = pklHeader.length + pkl.length;
      const storageHeader = local('big/data/0', big, 0);
      await fh.write(storageHeader, 0, undefined, storageAt);
      const dataEnd = storageAt + storageHeader.length + big;
      // Central directory and end records, written after the sparse hole.
      const entry = (name: string, size: number, crc: number, offset: number, z64: boolean) => {
        const c = Buffer.alloc(46);
        c.writeUInt32LE(0x02014b50, 0);
        c.writeUInt16LE(45, 6);
        c.writeUInt32LE(crc, 16);
        c.writeUInt32LE(z64 ? 0xffffffff : size, 20);
        c.writeUInt32LE(z64 ? 0xffffffff : size, 24);
        c.writeUInt16LE(Buffer.byteLength(name), 28);
        c.writeUInt16LE(z64 ? 20 : 0, 30);
        c.writeUInt32LE(offset, 42);
        const extra = Buffer.alloc(z64 ? 20 : 0);
        if (z64) {
          extra.writeUInt16LE(1, 0);
          extra.writeUInt16LE(16, 2);
          extra.writeBigUInt64LE(BigInt(size), 4);
          extra.writeBigUInt64LE(BigInt(size), 12);
        }
        return Buffer.concat([c, Buffer.from(name), extra]);
      };
      const cd = Buffer.concat([
        entry('big/data.pkl', pkl.length, zlib.crc32(pkl), 0, false),
        entry('big/data/0', big, 0, storageAt, true),
      ]);
      const z64 = Buffer.alloc(56);
      z64.writeUInt32LE(0x06064b50, 0);
      z64.writeBigUInt64LE(44n, 4);
      z64.writeBigUInt64LE(2n, 24);
      z64.writeBigUInt64LE(2n, 32);
      z64.writeBigUInt64LE(BigInt(cd.length), 40);
      z64.writeBigUInt64LE(BigInt(dataEnd), 48);
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      loc.writeBigUInt64LE(BigInt(dataEnd + cd.length), 8);
      loc.writeUInt32LE(1, 16);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(2, 8);
      end.writeUInt16LE(2, 10);
      end.writeUInt32LE(cd.length, 12);
      end.writeUInt32LE(0xffffffff, 16);
      await fh.write(Buffer.concat([cd, z64, loc, end]), 0, undefined, dataEnd);
    } finally {
      await fh.close();
    }
    const source = await FileSource.open(path, 'big.pt');
    try {
      const r = await probeSource(source, 'big.pt');
      expect(r.pickles).toEqual(['big/data.pkl']);
      expect(serious(r)).toEqual([]);
      expect(source.size).toBeGreaterThan(big);
      // Sniffing the outer file reads its head and 64 KiB tail; the 6 GiB storage is never read.
      expect(source.bytesRead).toBeLessThan(256 * 1024);
      expect(source.bytesRead / source.size).toBeLessThan(1e-4);
    } finally {
      await source.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('zip analyzer: property tests', () => {
  const names = [
    'torch/state_dict.pt',
    'containers/name_mismatch.zip',
    'containers/zip_in_zip_deflated.zip',
    'containers/arrays_compressed.npz',
  ];
  it('mutated real and hostile zips never throw and finish fast', async () => {
    const bases = await Promise.all(names.map((n) => readFile(join(FIXTURES, n))));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bases.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        async (which, edits, cut) => {
          let b = Buffer.from(bases[which]!);
          // Half the edits land in the last 200 bytes, where the central directory lives.
          for (const [at, v] of edits) {
            const i = at < 0.5 ? Math.floor(at * 2 * b.length) : b.length - 1 - Math.floor((at - 0.5) * 400);
            if (i >= 0 && i < b.length) b[i] = v;
          }
          if (cut !== null) b = b.subarray(0, Math.floor(cut * b.length));
          const t0 = Date.now();
          const r = await probeSource(new BufferSource(b, 'm.zip'), 'm.zip');
          expect(Array.isArray(r.findings)).toBe(true);
          expect(r.findings.some((f) => f.rule === 'scan/read-error')).toBe(false);
          expect(Date.now() - t0).toBeLessThan(1000);
        },
      ),
      { numRuns: 200 },
    );
  });
});
