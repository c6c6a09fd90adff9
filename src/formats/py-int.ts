/**
 * `int(text, base)` as CPython parses a string (Objects/longobject.c `PyLong_FromString`): surrounding
 * whitespace, an optional sign, an optional base prefix (`0x`, `0o`, `0b` for bases 16, 8, 2, which may
 * be followed by one underscore), digits of the base with single underscores between them. Used where a
 * loader runs `int()` on bytes from a file (tarfile's header numbers, joblib's `ZF` length), so the
 * scanner accepts exactly what the loader accepts.
 */
const WHITESPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f ]*';
const DIGITS: Record<number, string> = { 2: '[01]', 8: '[0-7]', 10: '[0-9]', 16: '[0-9a-fA-F]' };
const PREFIX: Record<number, string> = { 2: '0[bB]', 8: '0[oO]', 16: '0[xX]' };

function build(base: number): RegExp {
  const d = DIGITS[base]!;
  const prefix = PREFIX[base] ? `(?:${PREFIX[base]}_?)?` : '';
  return new RegExp(`^${WHITESPACE}([+-]?)${prefix}(${d}+(?:_${d}+)*)${WHITESPACE}$`);
}

const PATTERNS: Readonly<Record<number, RegExp>> = { 2: build(2), 8: build(8), 10: build(10), 16: build(16) };

/** The value of `int(text, base)` (base 2, 8, 10 or 16), or undefined where Python raises ValueError. */
export function pyInt(text: string, base: 2 | 8 | 10 | 16): bigint | undefined {
  const m = PATTERNS[base]!.exec(text);
  if (!m) return undefined;
  const digits = m[2]!.replaceAll('_', '');
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  const v = BigInt(`${prefix}${digits}`);
  return m[1] === '-' ? -v : v;
}
