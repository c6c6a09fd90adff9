/** CPython int() parsing (src/formats/py-int.ts), used for tarfile's numbers and joblib's ZF header. */
import { describe, expect, it } from 'vitest';
import { pyInt } from '../../src/formats/py-int.ts';

describe('pyInt', () => {
  it('reads int(x, base) as CPython does', () => {
    expect(pyInt('0x1f               ', 16)).toBe(31n);
    expect(pyInt(' 1_f ', 16)).toBe(31n);
    expect(pyInt('0x_1f', 16)).toBe(31n);
    expect(pyInt('0x', 16)).toBeUndefined();
    expect(pyInt('1__f', 16)).toBeUndefined();
    expect(pyInt('-0o17', 8)).toBe(-15n);
    expect(pyInt('8', 8)).toBeUndefined();
  });

  it('accepts what tarfile numbers hold (octal, spaces, NUL-stripped by the caller)', () => {
    expect(pyInt('0000644', 8)).toBe(420n);
    expect(pyInt(' 17 ', 8)).toBe(15n);
    expect(pyInt('', 8)).toBeUndefined();
    expect(pyInt('0o_7', 8)).toBe(7n);
  });
});
