/** The first-byte checks every file pays for agree with the walker's opcode table. */
import { describe, expect, it } from 'vitest';
import {
  FIRST_OPCODES,
  mayStartPickle,
  PICKLE_OPCODE_BYTES,
} from '../../../src/formats/pickle/first-bytes.ts';
import { OPCODES } from '../../../src/formats/pickle/opcodes.ts';

describe('pickle first bytes', () => {
  it('PICKLE_OPCODE_BYTES is exactly the opcode table', () => {
    expect([...PICKLE_OPCODE_BYTES].sort((a, b) => a - b)).toEqual(
      OPCODES.map((o) => o.code).sort((a, b) => a - b),
    );
  });

  it('every opcode that may start a pickle is an opcode', () => {
    for (const b of FIRST_OPCODES) expect(PICKLE_OPCODE_BYTES.has(b)).toBe(true);
  });

  it('PROTO above 5 and an empty head start no pickle', () => {
    expect(mayStartPickle(Buffer.from([0x80, 5]))).toBe(true);
    expect(mayStartPickle(Buffer.from([0x80, 6]))).toBe(false);
    expect(mayStartPickle(Buffer.from([0x80]))).toBe(false);
    expect(mayStartPickle(Buffer.alloc(0))).toBe(false);
    expect(mayStartPickle(Buffer.from('.'))).toBe(false);
  });
});
