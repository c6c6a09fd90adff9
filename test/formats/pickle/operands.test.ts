/**
 * Protocol 0 text operands read as CPython reads them: fixtures/pickle/operands.json records what
 * `_pickle.c` (pickle.loads) and `Lib/pickle.py` (pickle._loads) make of each INT/LONG/FLOAT/GET/PUT
 * argument (fixtures/scripts/pickle_operands.py). The walker must accept an operand exactly when either
 * reader does, with the C reader's value when it has one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { PickleReader } from '../../../src/formats/pickle/reader.ts';
import { BASE_HOOKS } from '../../../src/formats/pickle/hooks.ts';
import { DEFAULT_WALK_LIMITS, walkPickle } from '../../../src/formats/pickle/walker.ts';
import { FIXTURES } from './helpers.ts';

interface Row {
  opcode: 'INT' | 'LONG' | 'FLOAT' | 'GET' | 'PUT';
  arg: string;
  c: string;
  python: string;
}

const table: { python: string; rows: Row[] } = JSON.parse(
  readFileSync(join(FIXTURES, 'pickle/operands.json'), 'utf8'),
);

/** The same tiny pickle the recorder unpickled, walked: what the walker makes of the operand. */
async function ours(row: Row): Promise<string> {
  const bytes = {
    INT: `I${row.arg}\n.`,
    LONG: `L${row.arg}\n.`,
    FLOAT: `F${row.arg}\n.`,
    GET: `N\x94g${row.arg}\n.`,
    PUT: `Np${row.arg}\n0g0\n.`,
  }[row.opcode];
  const r = await walkPickle(
    new PickleReader(new BufferSource(Buffer.from(bytes, 'latin1'), 'x')),
    DEFAULT_WALK_LIMITS,
    BASE_HOOKS,
  );
  if (r.error) return 'error';
  const v = r.value;
  if (v?.t === 'bool') return v.v ? 'True' : 'False';
  if (v?.t === 'int') return String(v.v);
  return v?.t === 'float' ? 'float' : 'None';
}

describe(`text operands (recorded with CPython ${table.python})`, () => {
  for (const row of table.rows) {
    const accepted = row.c !== 'error' || row.python !== 'error';
    it(`${row.opcode} ${JSON.stringify(row.arg)}: C ${row.c}, Python ${row.python}`, async () => {
      const got = await ours(row);
      if (!accepted) expect(got).toBe('error');
      else if (row.opcode === 'FLOAT') expect(got).toBe('float');
      else if (row.opcode === 'GET' || row.opcode === 'PUT') expect(got).toBe('None');
      // The C reader's value where it has one (INT `010` is octal 8 there, an error in Lib/pickle.py).
      else expect(got).toBe(row.c !== 'error' ? row.c : row.python);
    });
  }
});

describe('long number operands', () => {
  const walk = (data: Buffer) =>
    walkPickle(new PickleReader(new BufferSource(data, 'x')), DEFAULT_WALK_LIMITS, BASE_HOOKS);

  it('walks past a 70,000-digit hex LONG (every CPython accepts it) and a decimal one', async () => {
    for (const digits of ['0x' + 'f'.repeat(70_000), '1'.repeat(70_000)]) {
      const r = await walk(Buffer.from(`L${digits}\n0cposix\nsystem\n.`, 'latin1'));
      expect(r.error).toBeUndefined();
      expect(r.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['posix.system']);
    }
  });

  it('validates the tail of a number longer than the kept prefix', async () => {
    const bad = Buffer.from(`L${'1'.repeat(2 * 1024 * 1024)}z\n.`, 'latin1');
    expect((await walk(bad)).error?.message).toMatch(/invalid number/);
    const good = Buffer.from(`L${'1'.repeat(2 * 1024 * 1024)}\nN.`, 'latin1');
    expect((await walk(good)).error).toBeUndefined();
  });
});

describe('STRING (a Python repr on one line)', () => {
  const walk = (data: string) =>
    walkPickle(
      new PickleReader(new BufferSource(Buffer.from(data, 'latin1'), 'x')),
      DEFAULT_WALK_LIMITS,
      BASE_HOOKS,
    );

  it.each([
    ["S'abc' \n.", false], // trailing space: "the STRING opcode argument must be quoted"
    ["S'abc'\r\n.", false],
    ["S'a\\xzz'\n.", false], // invalid \x escape
    ["S'abc\\'\n.", false], // trailing backslash
    ["S'a\\q'\n.", true], // unknown escapes are kept
    ['S"a\\x41\\101\\n"\n.', true],
  ])('%j parses: %s (as both CPython unpicklers)', async (data, ok) => {
    expect((await walk(data)).error === undefined).toBe(ok);
  });
});
