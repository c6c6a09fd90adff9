/**
 * The `.npy` header: numpy parses it with ast.literal_eval; this is a small literal parser of our own
 * (strings, numbers, booleans, None, tuples, lists, dicts) with a depth limit, so a hostile header is
 * a finding rather than a crash; and the item size of its dtype.
 */
import { BaseError } from '../../core/errors.ts';
import { NUMPY_TYPE_SIZES } from './dtype.ts';

export type Py = string | number | boolean | null | Py[] | { tuple: Py[] } | Map<string, Py>;

/** A .npy header that is not the Python literal subset numpy writes. */
export class NpyHeaderError extends BaseError<'NPY_HEADER'> {
  constructor(message: string) {
    super('NPY_HEADER', message);
    this.name = 'NpyHeaderError';
  }
}

/** Parses the subset of Python literals that .npy headers use. Throws NpyHeaderError on anything else. */
export function parsePyLiteral(text: string): Py {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const value = (depth: number): Py => {
    if (depth > 32) throw new NpyHeaderError('header nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const m = new Map<string, Py>();
      for (;;) {
        ws();
        if (text[i] === '}') {
          i++;
          return m;
        }
        const k = value(depth + 1);
        if (typeof k !== 'string') throw new NpyHeaderError('dict key is not a string');
        ws();
        if (text[i++] !== ':') throw new NpyHeaderError('":" expected');
        m.set(k, value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') throw new NpyHeaderError('"," or "}" expected');
      }
    }
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const items: Py[] = [];
      for (;;) {
        ws();
        if (text[i] === close) {
          i++;
          return c === '(' ? { tuple: items } : items;
        }
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== close) throw new NpyHeaderError(`"," or "${close}" expected`);
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new NpyHeaderError('unterminated string');
      const s = text.slice(i + 1, end);
      if (s.includes('\\')) throw new NpyHeaderError('escapes in header strings are not supported');
      i = end + 1;
      return s;
    }
    const m = /^(True|False|None|[+-]?\d+(\.\d+)?([eE][+-]?\d+)?L?)/.exec(text.slice(i, i + 64));
    if (!m) throw new NpyHeaderError(`unexpected ${JSON.stringify(text.slice(i, i + 10))}`);
    i += m[0].length;
    if (m[0] === 'True') return true;
    if (m[0] === 'False') return false;
    if (m[0] === 'None') return null;
    return Number(m[0].replace(/L$/, ''));
  };
  const v = value(0);
  ws();
  if (i !== text.length) throw new NpyHeaderError('text after the header dict');
  return v;
}

/** itemsize of a descr, or 'object' when it holds Python objects anywhere; null when unknown. */
export function descrInfo(d: Py, depth = 0): number | 'object' | null {
  if (depth > 16) return null;
  if (typeof d === 'string') {
    const m = /^[<>|=]?([a-zA-Z?])(\d*)(\[\w+\])?$/.exec(d);
    if (!m) return null;
    const kind = m[1]!;
    if (kind === 'O') return 'object';
    const n = m[2] ? Number(m[2]) : undefined;
    if (kind === 'U') return n === undefined ? null : n * 4;
    if (n !== undefined) return 'biufcSaVMm'.includes(kind) ? n : null;
    return NUMPY_TYPE_SIZES[kind] ?? null;
  }
  if (Array.isArray(d)) {
    // Structured: [(name, descr[, shape]), ...]
    let total = 0;
    for (const f of d) {
      if (f === null || typeof f !== 'object' || !('tuple' in f)) return null;
      const [, sub, shape] = f.tuple;
      if (sub === undefined) return null;
      const s = descrInfo(sub, depth + 1);
      if (s === null || s === 'object') return s;
      let count = 1;
      if (shape !== undefined) {
        const dims =
          typeof shape === 'number'
            ? [shape]
            : shape !== null && typeof shape === 'object' && 'tuple' in shape
              ? shape.tuple
              : null;
        if (!dims || dims.some((x) => typeof x !== 'number' || x < 0)) return null;
        for (const x of dims) count *= x as number;
      }
      total += s * count;
    }
    return total;
  }
  return null;
}
