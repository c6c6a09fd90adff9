import { defaultScanner } from '../../src/builtins.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isText, sniff } from '../../src/core/sniff.ts';
import { BufferSource } from '../../src/core/source.ts';

const kindOf = async (bytes: Buffer | string, name = 'file') =>
  (
    await sniff(
      new BufferSource(Buffer.from(bytes as string, 'latin1'), name),
      name,
      defaultScanner().sniffers,
    )
  ).kind;

describe('sniff', () => {
  const cases: [string, Buffer | string, string][] = [
    ['empty', '', 'empty'],
    ['zip', 'PK\x03\x04rest', 'zip'],
    ['gzip', '\x1f\x8b\x08\x00', 'gzip'],
    ['bzip2', 'BZh91AY&SY', 'bzip2'],
    ['xz', '\xfd7zXZ\x00\x00', 'xz'],
    ['zstd', '\x28\xb5\x2f\xfd\x00', 'zstd'],
    ['7z', "7z\xbc\xaf'\x1c\x00\x04", '7z'],
    ['rar', 'Rar!\x1a\x07\x01\x00', 'rar'],
    ['numpy', "\x93NUMPY\x01\x00v\x00{'descr': '<f4'", 'numpy'],
    ['gguf', 'GGUF\x03\x00\x00\x00', 'gguf'],
    ['hdf5', '\x89HDF\r\n\x1a\n\x00', 'hdf5'],
    ['pickle protocol 2', '\x80\x02}q\x00.', 'pickle'],
    ['pickle protocol 5', '\x80\x05\x95\x00', 'pickle'],
    ['ELF', '\x7fELF\x02\x01', 'executable'],
    ['PNG', '\x89PNG\r\n\x1a\n\x00', 'image'],
    ['LFS pointer', 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 1\n', 'lfs-pointer'],
    ['script', '#!/bin/sh\necho hi\n', 'script'],
    ['json', '  {"a": 1}', 'json'],
    ['text', 'hello world\n', 'text'],
    ['binary', '\x00\x01\x02\x03\xff\xfe', 'unknown'],
  ];
  for (const [name, bytes, kind] of cases) {
    it(`names ${name} as ${kind}`, async () => {
      expect(await kindOf(bytes)).toBe(kind);
    });
  }

  it('decides by content, not by extension', async () => {
    expect(await kindOf('\x80\x04\x95\x00', 'model.safetensors')).toBe('pickle');
    expect(await kindOf('PK\x03\x04', 'weights.json')).toBe('zip');
  });

  it('recognises safetensors by its header length and JSON object', async () => {
    const header = Buffer.from('{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    expect(await kindOf(Buffer.concat([len, header, Buffer.alloc(4)]), 'x.bin')).toBe('safetensors');
  });

  it('finds a zip whose end record is preceded by other bytes', async () => {
    const eocd = Buffer.from('PK\x05\x06' + '\x00'.repeat(18), 'latin1');
    expect(await kindOf(Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n\x00\x01'), eocd]))).toBe('zip');
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (bytes) => {
        const kind = (await sniff(new BufferSource(bytes, 'x'), 'x', defaultScanner().sniffers)).kind;
        expect(typeof kind).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('treats valid UTF-8 as text even when the head cuts a character', () => {
    const s = Buffer.from('héllo wörld ✓');
    expect(isText(s.subarray(0, s.length - 1))).toBe(true);
    expect(isText(Buffer.from([0x68, 0x00, 0x69]))).toBe(false);
  });
});

describe('several kinds at once: structure decides', () => {
  it('a safetensors header of 0x280 bytes (starts 80 02, the pickle magic) is safetensors', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const data = await readFile(
      join(import.meta.dirname, '..', '..', 'fixtures', 'containers', 'safetensors_len_0x280.safetensors'),
    );
    expect(data.subarray(0, 2)).toEqual(Buffer.from([0x80, 0x02]));
    const { BufferSource } = await import('../../src/core/source.ts');
    expect(
      (await sniff(new BufferSource(data, 'm.safetensors'), 'm.safetensors', defaultScanner().sniffers)).kind,
    ).toBe('safetensors');
    // The same start with a length that does not fit the file is what its first bytes say: PROTO 3.
    const broken = Buffer.from(data);
    broken.writeUInt32LE(0x380, 0);
    expect((await sniff(new BufferSource(broken, 'x.bin'), 'x.bin', defaultScanner().sniffers)).kind).toBe(
      'pickle',
    );
  });
});
