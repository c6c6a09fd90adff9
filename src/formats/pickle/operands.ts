/**
 * Protocol 0 text operands, read the way CPython reads them. Two unpicklers matter and they differ:
 *
 * - `_pickle.c` (what `pickle.load`, `torch.load` and `numpy.load` run) works on the NUL-terminated C
 *   string of the line: INT tries `strtol(s, &end, 0)` first (so `010` is octal 8 and ` 1` is True),
 *   then `PyLong_FromString(s, NULL, 0)`; LONG drops one trailing `L` and calls `PyLong_FromString`;
 *   GET/PUT call `PyLong_FromString(s, NULL, 10)`; FLOAT calls `PyOS_string_to_double` and accepts
 *   only `\n` or NUL after the number (no whitespace, no underscores, overflow is an error). Anything
 *   after a NUL byte is never looked at.
 * - `Lib/pickle.py` (`pickle._Unpickler`, which joblib's NumpyUnpickler subclasses) calls `int(data, 0)`,
 *   `int(data)` and `float(data)` on the bytes: whitespace around, underscores between digits, no NUL.
 *
 * The walker accepts an operand when either reader does (it must keep walking wherever a loader keeps
 * running). Python's 4,300-digit `int()` limit (3.11+, switchable off) is not applied: older Pythons and
 * `PYTHONINTMAXSTRDIGITS=0` accept any length. Numbers longer than `MAX_DIGITS` are validated but not
 * converted: no decision needs their value.
 */

/** Digits converted to a bigint; longer numbers are only validated (their value is never needed). */
const MAX_DIGITS = 4096;

export interface IntText {
  /** The value, or null when the text is valid but longer than `MAX_DIGITS`. */
  value: bigint | null;
  /** INT's `00`/`01` (and the C reader's 3-byte lines that parse to 0 or 1). */
  bool?: boolean;
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** The C string of a line: everything before the first NUL. */
function cString(line: string): string {
  const nul = line.indexOf('\0');
  return nul < 0 ? line : line.slice(0, nul);
}

const PY_INT_BASE0 =
  /^([+-]?)(?:0[xX]((?:_?[0-9a-fA-F])+)|0[oO]((?:_?[0-7])+)|0[bB]((?:_?[01])+)|(0(?:_?0)*)|([1-9](?:_?[0-9])*))$/;
const PY_INT_BASE10 = /^([+-]?)([0-9](?:_?[0-9])*)$/;

function toBigInt(sign: string, digits: string, radix: 16 | 8 | 2 | 10): bigint | null {
  const clean = digits.replaceAll('_', '');
  if (clean.length > MAX_DIGITS) return null;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const v = BigInt(prefix + clean);
  return sign === '-' ? -v : v;
}

/** Python's `int(text, 0)` on bytes (surrounding whitespace allowed), or undefined when it raises. */
export function pyIntBase0(text: string): bigint | null | undefined {
  const m = PY_INT_BASE0.exec(trimSpace(text));
  if (!m) return undefined;
  const sign = m[1]!;
  if (m[2] !== undefined) return toBigInt(sign, m[2], 16);
  if (m[3] !== undefined) return toBigInt(sign, m[3], 8);
  if (m[4] !== undefined) return toBigInt(sign, m[4], 2);
  return toBigInt(sign, m[5] ?? m[6]!, 10);
}

/** Python's `int(text)` (base 10, leading zeros allowed), or undefined when it raises. */
export function pyIntBase10(text: string): bigint | null | undefined {
  const m = PY_INT_BASE10.exec(trimSpace(text));
  return m ? toBigInt(m[1]!, m[2]!, 10) : undefined;
}

/** C `strtol(s, &end, 0)` followed by `*end == '\n'`: the whole C string must be the number. */
function cStrtol(s: string): bigint | undefined {
  const m = /^[\t\n\v\f\r ]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(s);
  if (!m) return undefined;
  const sign = m[1]!;
  const v =
    m[2] !== undefined
      ? toBigInt(sign, m[2], 16)
      : m[3] !== undefined
        ? toBigInt(sign, m[3], 8)
        : toBigInt(sign, m[4]!, 10);
  // strtol overflows long (ERANGE) into the PyLong path, which reads the same text in base 0.
  if (v === null || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return undefined;
  return v;
}

/** INT's argument line (without its newline): either reader's value, or undefined when both raise. */
export function parseIntOperand(line: string): IntText | undefined {
  // Lib/pickle.py: exactly `00`/`01` are bools, anything else is int(data, 0) (which raises on a NUL).
  if (line === '00') return { value: 0n, bool: false };
  if (line === '01') return { value: 1n, bool: true };
  const c = cString(line);
  // _pickle.c: strtol must stop exactly at the newline; a NUL (or anything else) sends the C string
  // to PyLong_FromString(s, NULL, 0), which for text without a NUL is Python's int(data, 0).
  const viaStrtol = c.length === line.length ? cStrtol(c) : undefined;
  if (viaStrtol !== undefined) {
    // A 3-byte line (two characters and the newline) that strtol reads as 0 or 1 is a bool.
    const bool = line.length === 2 && (viaStrtol === 0n || viaStrtol === 1n);
    return bool ? { value: viaStrtol, bool: viaStrtol === 1n } : { value: viaStrtol };
  }
  const value = pyIntBase0(c);
  return value === undefined ? undefined : { value };
}

/**
 * LONG's argument line: one trailing `L` is dropped, then int(x, 0). Without a NUL both readers agree;
 * with one, only _pickle.c accepts it, reading the C string before the NUL.
 */
export function parseLongOperand(line: string): IntText | undefined {
  const value = pyIntBase0(cString(line.endsWith('L') ? line.slice(0, -1) : line));
  return value === undefined ? undefined : { value };
}

/** GET/PUT's argument line: int(x) in base 10 (_pickle.c stops at a NUL, Lib/pickle.py raises on it). */
export function parseMemoKey(line: string): bigint | null | undefined {
  return pyIntBase10(cString(line));
}

const C_FLOAT = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)$/i;
const PY_FLOAT =
  /^[+-]?(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$/i;

/** FLOAT's argument line: true when `PyOS_string_to_double` (_pickle.c) or Python's `float()` accepts it. */
export function isFloatOperand(line: string): boolean {
  // _pickle.c: the number must run to the newline or a NUL, with no whitespace or underscores, and a
  // value out of range raises OverflowError (`1e400`); Python's float() returns inf for it.
  const c = cString(line);
  if (C_FLOAT.test(c) && (Number.isFinite(Number(c)) || /^[+-]?(inf|infinity|nan)$/i.test(c))) return true;
  return !line.includes('\0') && PY_FLOAT.test(trimSpace(line));
}

/** Decodes a protocol 0 STRING argument (a Python repr: quotes and backslash escapes). */
export function decodeReprString(raw: string): string | null {
  const q = raw[0];
  if (raw.length < 2 || (q !== "'" && q !== '"') || raw[raw.length - 1] !== q) return null;
  const body = raw.slice(1, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    // codecs.escape_decode (both unpicklers) raises on a trailing backslash and on \x without two hex digits.
    if (n === undefined) return null;
    const simple = REPR_ESCAPES[n];
    if (simple !== undefined) out += simple;
    else if (n === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else if (n >= '0' && n <= '7') {
      const m = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))![0];
      out += String.fromCharCode(Number.parseInt(m, 8));
      i += m.length - 1;
    } else out += `\\${n}`;
  }
  return out;
}

const REPR_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/** Decodes a protocol 0 UNICODE argument (raw-unicode-escape). */
export function decodeRawUnicodeEscape(raw: Buffer): string {
  const s = raw.toString('latin1');
  if (!s.includes('\\')) return s;
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a: string, b: string) => {
    const cp = Number.parseInt(a ?? b, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** Two's-complement little-endian integer (LONG1/LONG4 payloads). */
export function decodeLong(bytes: Buffer): bigint {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if (bytes[bytes.length - 1]! & 0x80) v -= 1n << BigInt(bytes.length * 8);
  return v;
}
