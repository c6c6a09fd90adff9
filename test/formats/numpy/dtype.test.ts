/** numpy dtypes rebuilt from a pickle exactly as numpy's arraydescr_setstate does (src/formats/numpy/dtype.ts). */
import { describe, expect, it } from 'vitest';
import { pickledDtype } from '../../../src/formats/numpy/dtype.ts';
import type { Value } from '../../../src/formats/pickle/walker.ts';

describe('numpy dtype as arraydescr_setstate rebuilds it', () => {
  const site = {
    module: 'numpy',
    name: 'dtype',
    offset: 0,
    opcode: 'GLOBAL' as const,
    protocol: 2,
    count: 1,
  };
  const dtype = (code: string, state?: Value[]): Value => ({
    t: 'obj',
    via: 'REDUCE',
    callee: { t: 'global', site },
    root: site,
    depth: 1,
    args: {
      t: 'tuple',
      dropped: 0,
      items: [{ t: 'str', s: code, bytes: false, len: code.length, trunc: false }],
    },
    ...(state ? { state: { t: 'tuple', dropped: 0, items: state } } : {}),
  });
  const int = (v: number): Value => ({ t: 'int', v: BigInt(v) });
  const str = (s: string): Value => ({ t: 'str', s, bytes: false, len: s.length, trunc: false });
  const none: Value = { t: 'none' };
  const fields = (entries: [string, Value][]): Value => ({
    t: 'dict',
    dropped: 0,
    items: entries.map(([k, v]) => [str(k), { t: 'tuple', dropped: 0, items: [v, int(0)] }]),
  });

  it('version >= 3 takes the flags as they are, even for an O dtype', () => {
    expect(
      pickledDtype(dtype('O8', [int(3), str('|'), none, none, none, int(-1), int(-1), int(63)]))?.hasObject,
    ).toBe(true);
    expect(
      pickledDtype(dtype('O8', [int(3), str('|'), none, none, none, int(-1), int(-1), int(0)]))?.hasObject,
    ).toBe(false);
    // Flags in [-128, 0) get 128 added (numpy used a char).
    expect(
      pickledDtype(dtype('V8', [int(3), str('|'), none, none, none, int(8), int(1), int(-127)]))?.hasObject,
    ).toBe(true);
  });

  it('version < 3 recomputes hasobject from kind, flags and fields', () => {
    const obj = dtype('O8', [int(3), str('|'), none, none, none, int(-1), int(-1), int(63)]);
    const f4 = dtype('f4', [int(3), str('<'), none, none, none, int(-1), int(-1), int(0)]);
    const v2 = (fs: Value) => dtype('V8', [int(2), str('|'), none, none, fs, int(8), int(1)]);
    expect(pickledDtype(v2(fields([['a', obj]])))?.hasObject).toBe(true);
    expect(pickledDtype(v2(fields([['a', f4]])))).toEqual({ itemsize: 8, hasObject: false });
    // Six items: (version, endian, subarray, fields, elsize, alignment).
    expect(
      pickledDtype(dtype('V8', [int(1), str('|'), none, fields([['a', obj]]), int(8), int(1)]))?.hasObject,
    ).toBe(true);
    expect(pickledDtype(dtype('O8', [int(2), str('|'), none, none, none, int(-1), int(-1)]))?.hasObject).toBe(
      true,
    );
  });

  it('flexible item sizes come from the state, the others from the code; bad states are unreadable', () => {
    expect(
      pickledDtype(dtype('U3', [int(3), str('<'), none, none, none, int(12), int(4), int(8)]))?.itemsize,
    ).toBe(12);
    expect(
      pickledDtype(dtype('f8', [int(3), str('<'), none, none, none, int(99), int(8), int(0)]))?.itemsize,
    ).toBe(8);
    expect(
      pickledDtype(dtype('f8', [int(7), str('<'), none, none, none, int(-1), int(-1), int(0)])),
    ).toBeNull();
    expect(pickledDtype(dtype('f8', [int(3), str('<')]))).toBeNull();
  });
});
