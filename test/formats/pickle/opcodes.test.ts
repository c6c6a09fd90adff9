/**
 * The opcode table (opcodes.ts) against CPython's own (Lib/pickletools.py, recorded in
 * fixtures/pickle/opcodes.json by fixtures/scripts/pickle_operands.py): same bytes, names and stack
 * effects, nothing missing, nothing invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPCODE_NAMES, OPCODE_TABLE, OPCODES } from '../../../src/formats/pickle/opcodes.ts';
import { FIXTURES } from './helpers.ts';

const reference: { python: string; opcodes: { code: number; name: string; effect: string }[] } = JSON.parse(
  readFileSync(join(FIXTURES, 'pickle/opcodes.json'), 'utf8'),
);

describe(`opcode table (pickletools of CPython ${reference.python})`, () => {
  it('has every pickletools opcode at its byte, with its name and stack effect', () => {
    for (const ref of reference.opcodes) {
      const op = OPCODE_TABLE[ref.code];
      expect(op && { name: op.name, effect: op.effect }, ref.name).toEqual({
        name: ref.name,
        effect: ref.effect,
      });
    }
  });

  it('has nothing pickletools does not know, each byte once', () => {
    expect(OPCODES.map((o) => o.code).sort((a, c) => a - c)).toEqual(
      reference.opcodes.map((o) => o.code).sort((a, c) => a - c),
    );
    expect(Object.keys(OPCODE_NAMES)).toHaveLength(reference.opcodes.length);
  });
});
