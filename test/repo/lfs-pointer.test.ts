import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLfsPointer } from '../../src/repo/lfs-pointer.ts';

const OID = 'a'.repeat(64);

describe('parseLfsPointer', () => {
  it('parses a spec pointer', () => {
    expect(
      parseLfsPointer(`version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 12345\n`),
    ).toEqual({
      version: 'https://git-lfs.github.com/spec/v1',
      oid: OID,
      size: 12345,
    });
  });

  it('keeps unknown keys out of the way and rejects malformed pointers', () => {
    expect(parseLfsPointer(`version x\next-0-foo sha256:1\noid sha256:${OID}\nsize 1\n`)?.size).toBe(1);
    expect(parseLfsPointer(`version x\noid md5:${OID}\nsize 1\n`)).toBeUndefined();
    expect(parseLfsPointer(`version x\noid sha256:${OID}\nsize -1\n`)).toBeUndefined();
    expect(parseLfsPointer('version x\nsize 1\n')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseLfsPointer(s);
      }),
    );
  });
});
