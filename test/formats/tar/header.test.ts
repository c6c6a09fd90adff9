/** Tar headers as Python's tarfile reads them (src/formats/tar-header.ts), with fast-check properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nti, nts, parseHeader, parsePax } from '../../../src/formats/tar/header.ts';

const record = (key: string, value: string) => {
  const body = ` ${key}=${value}\n`;
  let n = Buffer.byteLength(body) + 1;
  while (String(n).length + Buffer.byteLength(body) !== n) n = String(n).length + Buffer.byteLength(body);
  return `${n}${body}`;
};

describe('PAX records by their length prefix (tarfile _proc_pax)', () => {
  it('reads records, the last value of a keyword winning', () => {
    const r = parsePax(Buffer.from(record('path', 'a/b') + record('comment', 'x') + record('path', 'c')), 0);
    expect(r.refused).toBeUndefined();
    expect([...r.values]).toEqual([
      ['path', 'c'],
      ['comment', 'x'],
    ]);
    expect(r.mismatched).toEqual([]);
  });

  it('a value holding a newline is one record for tarfile and is reported', () => {
    const text = record('comment', 'x\n19 path=notes.txt');
    const r = parsePax(Buffer.from(text), 100);
    expect(r.values.get('comment')).toBe('x\n19 path=notes.txt');
    expect(r.values.has('path')).toBe(false);
    expect(r.mismatched).toEqual([{ keyword: 'comment', offset: 100 }]);
  });

  it('refuses what tarfile refuses: bad length, no newline at the declared end, no "="', () => {
    expect(parsePax(Buffer.from('3 x=\n'), 0).refused).toBeDefined();
    expect(parsePax(Buffer.from('10 path=ab\n'), 0).refused).toBeDefined();
    expect(parsePax(Buffer.from('9 pathab\n'), 0).refused).toBeDefined();
    expect(parsePax(Buffer.from('99 path=ab\n'), 0).refused).toBeDefined();
    // Stops at a NUL (block padding).
    expect(
      parsePax(Buffer.concat([Buffer.from(record('path', 'x')), Buffer.alloc(100)]), 0).refused,
    ).toBeUndefined();
  });

  it('property: any bytes give values or a refusal, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = parsePax(Buffer.from(bytes), 0);
        expect(r.values instanceof Map).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('header fields (tarfile frombuf, nti, nts)', () => {
  it('numbers are int(field, 8) or base-256', () => {
    expect(nti(Buffer.from('0000644\0'))).toBe(420);
    expect(nti(Buffer.from('   \0    '))).toBe(0);
    expect(nti(Buffer.from('0o17\0\0\0\0'))).toBe(15);
    expect(nti(Buffer.from('9\0\0\0\0\0\0\0'))).toBeUndefined();
    expect(nti(Buffer.from([0x80, 0, 0, 0, 0, 0, 1, 0]))).toBe(256);
    expect(nti(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(-1);
  });

  it('names stop at the first NUL; a ustar prefix is joined with a slash', () => {
    expect(nts(Buffer.from('pickle\0junk'))).toBe('pickle');
    const block = Buffer.alloc(512);
    block.write('data.pkl', 0);
    block.write('archive', 345);
    block.write('0', 156);
    block.write('00000000000\0', 124);
    const h = parseHeader(block);
    expect(h.name).toBe('archive/data.pkl');
    expect(h.type).toBe('File');
  });

  it('property: any 512 bytes parse without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 512, maxLength: 512 }), (bytes) => {
        const h = parseHeader(bytes);
        expect(typeof h.name).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
