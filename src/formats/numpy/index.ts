/**
 * NumPy `.npy`: magic, version, header length, a Python dict literal header
 * (`{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`), then the data. When the dtype holds
 * Python objects the data is a pickle (`np.load(allow_pickle=True)` unpickles it): it is walked like any
 * pickle. Otherwise the data size must match shape × itemsize. `.npz` files are zips of `.npy` members
 * and reach this analyzer through the zip reader.
 *
 * numpy parses the header with ast.literal_eval; this is a small literal parser of our own (strings,
 * numbers, booleans, None, tuples, lists, dicts) with a depth limit, so a hostile header is a finding
 * rather than a crash.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { defineRule, finding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { label } from '../../core/source.ts';
import { MALFORMED, TRAILING_DATA } from '../pickle/rules.ts';
import { scanPickle } from '../pickle/scan.ts';
import { NUMPY_TYPE_SIZES } from './dtype.ts';
import { BaseError } from '../../core/errors.ts';

export const NPY_MALFORMED = defineRule({
  id: 'numpy/malformed-header',
  severity: 'high',
  title: 'NumPy file header that cannot be parsed',
  tags: ['numpy', 'fail-closed'],
  explain: `The .npy header (magic, version, length and the Python dict literal naming dtype, order and
shape) is invalid, so modelvet cannot tell whether the data is plain numbers or a pickle of Python objects
that np.load(allow_pickle=True) would execute. A file that cannot be vetted is not passed.
Fix: re-export the array with numpy.save.`,
});

export const NPY_OBJECT_ARRAY = defineRule({
  id: 'numpy/object-array',
  severity: 'low',
  title: 'NumPy array of Python objects (stored as a pickle)',
  tags: ['numpy', 'pickle'],
  explain: `The array's dtype holds Python objects, which NumPy stores as a pickle and loads only with
allow_pickle=True. modelvet scans that pickle (its findings are reported separately); this note says the
file needs allow_pickle to load. Prefer numeric arrays for model data.`,
});

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

export const NUMPY_ANALYZER: FileAnalyzer = {
  id: 'numpy',
  kinds: [KINDS.numpy],
  claims: [KINDS.numpy],
  async analyze(ctx) {
    const where = label(ctx.source);
    const bad = (message: string) =>
      ctx.report(finding(NPY_MALFORMED, { message: `${where}: ${message}`, evidence: { reason: message } }));
    const size = ctx.source.size;
    const pre = await ctx.source.read(0, Math.min(12, size));
    if (pre.length < 10) return bad('file too short for a .npy header');
    const major = pre[6]!;
    const lenBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : 0;
    if (!lenBytes) return bad(`unsupported .npy version ${major}.${pre[7]}`);
    if (pre.length < 8 + lenBytes) return bad('file too short for a .npy header');
    const hlen = lenBytes === 2 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
    const dataStart = 8 + lenBytes + hlen;
    // numpy refuses headers over 10,000 bytes unless told otherwise (max_header_size); we allow 1 MB.
    if (hlen > 1024 * 1024 || dataStart > size)
      return bad(`header length ${hlen} exceeds the file or the limit`);
    const raw = await ctx.source.read(8 + lenBytes, hlen);
    let header: Py;
    try {
      header = parsePyLiteral(raw.toString(major === 3 ? 'utf8' : 'latin1'));
    } catch (err) {
      return bad(`header is not a Python dict literal: ${(err as Error).message}`);
    }
    if (!(header instanceof Map) || !header.has('descr') || !header.has('shape')) {
      return bad('header lacks descr or shape');
    }
    const shape = header.get('shape');
    const dims = shape !== null && typeof shape === 'object' && 'tuple' in shape ? shape.tuple : null;
    if (!dims || dims.some((d) => typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0)) {
      return bad('shape is not a tuple of non-negative integers');
    }
    const info = descrInfo(header.get('descr')!);
    if (info === 'object' || info === null) {
      // Python objects (or a dtype we cannot size, which numpy may still load as objects): a pickle.
      if (info === 'object') {
        ctx.report(
          finding(NPY_OBJECT_ARRAY, {
            message: `${where}: array of Python objects; its data is a pickle (np.load needs allow_pickle=True)`,
            offset: dataStart,
          }),
        );
      }
      const summary = await scanPickle(ctx.source, ctx.report, {
        start: dataStart,
        options: ctx.options,
        single: true,
        nested: ctx,
      });
      if (!summary.error && summary.end < size) {
        ctx.report(
          finding(TRAILING_DATA, {
            message: `${where}: ${size - summary.end} bytes after the object array pickle`,
            offset: summary.end,
            evidence: { bytes: size - summary.end },
          }),
        );
      }
      return;
    }
    let count = 1;
    for (const d of dims as number[]) count *= d;
    const expected = count * info;
    const actual = size - dataStart;
    if (actual < expected) {
      ctx.report(
        finding(MALFORMED, {
          severity: 'medium',
          message: `${where}: array data truncated (${actual} of ${expected} bytes)`,
          offset: dataStart,
          evidence: { expected, actual },
        }),
      );
    } else if (actual > expected) {
      ctx.report(
        finding(TRAILING_DATA, {
          message: `${where}: ${actual - expected} bytes after the array data`,
          offset: dataStart + expected,
          evidence: { bytes: actual - expected },
        }),
      );
    }
  },
};
