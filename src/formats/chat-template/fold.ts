/**
 * Constant values of a template and the Python operations on them (str(), %-formatting, str.format,
 * slicing, the string filters), so that names a template builds from literals are seen as the
 * renderer will see them.
 */

/** A dict literal or dict(...) call: keys and values in order; a value may be unknown (OPAQUE). */
export class FoldedDict {
  readonly entries: ReadonlyArray<readonly [Folded, Folded]>;
  constructor(entries: ReadonlyArray<readonly [Folded, Folded]>) {
    this.entries = entries;
  }
}
/** A value inside a folded container that is not known (only the container's shape is). */
export const OPAQUE: unique symbol = Symbol('opaque');
export type Folded = string | number | boolean | null | Folded[] | FoldedDict | typeof OPAQUE;

/** Longest string or list built by folding; longer ones are left unknown. */
export const MAX_FOLD = 4096;

export const cap = (s: string): string | undefined => (s.length <= MAX_FOLD ? s : undefined);
export const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Python's repr() of a folded value, as str() shows it inside containers. */
export function pyRepr(v: Folded): string | undefined {
  if (typeof v === 'string') return `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return pyStr(v);
}

/** Python's str() of a folded value; undefined when a part is unknown. */
export function pyStr(v: Folded): string | undefined {
  if (v === OPAQUE) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  const parts: string[] = [];
  const items = Array.isArray(v) ? v.map((x) => pyRepr(x)) : v.entries.map(([k, x]) => pair(k, x));
  for (const p of items) {
    if (p === undefined) return undefined;
    parts.push(p);
  }
  return cap(Array.isArray(v) ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`);
}
const pair = (k: Folded, v: Folded) => {
  const a = pyRepr(k);
  const b = pyRepr(v);
  return a === undefined || b === undefined ? undefined : `${a}: ${b}`;
};

/** What iterating a folded value yields (characters, items, dict keys); undefined when not iterable. */
export function iterate(v: Folded): Folded[] | undefined {
  if (typeof v === 'string') return [...v];
  if (Array.isArray(v)) return v;
  if (v instanceof FoldedDict) return v.entries.map(([k]) => k);
  return undefined;
}

/** Python slicing semantics. */
export function pySlice<T>(xs: readonly T[], start?: number, stop?: number, step = 1): T[] | undefined {
  if (step === 0 || !Number.isInteger(step)) return undefined;
  const n = xs.length;
  const norm = (v: number | undefined, dflt: number) =>
    v === undefined ? dflt : v < 0 ? Math.max(v + n, step < 0 ? -1 : 0) : Math.min(v, step < 0 ? n - 1 : n);
  const out: T[] = [];
  if (step > 0) for (let i = norm(start, 0); i < norm(stop, n); i += step) out.push(xs[i]!);
  else for (let i = norm(start, n - 1); i > norm(stop, -1); i += step) out.push(xs[i]!);
  return out.length > MAX_FOLD ? undefined : out;
}

/** `obj[key]` on folded values (index, negative index, dict key); undefined when it cannot be decided. */
export function foldItem(obj: Folded, key: Folded): Folded | undefined {
  if (obj instanceof FoldedDict) {
    const hit = obj.entries.findLast(([k]) => k === key);
    return hit && hit[1] !== OPAQUE ? hit[1] : undefined;
  }
  if (typeof key !== 'number' || !Number.isInteger(key)) return undefined;
  const items = typeof obj === 'string' ? [...obj] : Array.isArray(obj) ? obj : undefined;
  const v = items?.[key < 0 ? items.length + key : key];
  return v === OPAQUE ? undefined : v;
}

/** Filters and str methods applied to folded values; undefined when unknown or not folded. */
export function foldFilter(name: string, v: Folded, args: readonly Folded[]): Folded | undefined {
  if (v === OPAQUE || args.includes(OPAQUE)) return undefined;
  const s = typeof v === 'string' ? v : undefined;
  const items = iterate(v);
  switch (name) {
    case 'string':
      return pyStr(v);
    case 'lower':
      return s?.toLowerCase();
    case 'upper':
      return s?.toUpperCase();
    case 'trim':
    case 'strip':
      return s?.trim();
    case 'title':
      // Python's str.title: a letter after a non-letter is upper case, the others lower case.
      return s?.replace(/[A-Za-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
    case 'capitalize':
      return s === undefined ? undefined : s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    case 'reverse':
      return s !== undefined ? [...s].reverse().join('') : items ? [...items].reverse() : undefined;
    case 'list':
      return items;
    case 'sort':
      // Jinja sorts case-insensitively by default (stable).
      return items?.every((x) => typeof x === 'string')
        ? [...(items as string[])].sort((a, b) =>
            a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
          )
        : items?.every((x) => typeof x === 'number')
          ? [...(items as number[])].sort((a, b) => a - b)
          : undefined;
    case 'unique': {
      // Case-insensitive by default: the first of each spelling is kept.
      if (!items) return undefined;
      const seen = new Set<unknown>();
      return items.filter((x) => {
        const k = typeof x === 'string' ? x.toLowerCase() : x;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    case 'first':
      return items?.[0];
    case 'last':
      return items?.at(-1);
    case 'length':
    case 'count':
      return items?.length;
    case 'items':
      return v instanceof FoldedDict ? v.entries.map(([k, x]) => [k, x]) : undefined;
    case 'keys':
      return v instanceof FoldedDict ? v.entries.map(([k]) => k) : undefined;
    case 'values':
      return v instanceof FoldedDict ? v.entries.map(([, x]) => x) : undefined;
    case 'join':
      return join(items, args[0] ?? '');
    case 'map': {
      // map('lower') applies a filter to each item; map(attribute=...) is not folded.
      if (!items || typeof args[0] !== 'string' || args[0] === 'map') return undefined;
      const out: Folded[] = [];
      for (const x of items) {
        const r = foldFilter(args[0], x, args.slice(1));
        if (r === undefined) return undefined;
        out.push(r);
      }
      return out;
    }
    case 'replace':
      return s !== undefined && typeof args[0] === 'string' && typeof args[1] === 'string'
        ? cap(s.split(args[0]).join(args[1]))
        : undefined;
    case 'format':
      return s === undefined ? undefined : printf(s, args);
    case 'int':
      return typeof v === 'number'
        ? Math.trunc(v)
        : s !== undefined && /^\s*-?\d+\s*$/.test(s)
          ? Number(s)
          : 0;
    default:
      return undefined;
  }
}

function join(items: Folded[] | undefined, sep: Folded): string | undefined {
  if (!items || typeof sep !== 'string') return undefined;
  const parts: string[] = [];
  for (const x of items) {
    const p = pyStr(x);
    if (p === undefined) return undefined;
    parts.push(p);
  }
  return cap(parts.join(sep));
}

/** str methods with Python semantics on a folded receiver. */
export function foldMethod(self: Folded, method: string, args: readonly Folded[]): Folded | undefined {
  if (typeof self !== 'string') {
    if (self instanceof FoldedDict && (method === 'items' || method === 'keys' || method === 'values'))
      return foldFilter(method, self, []);
    if (self instanceof FoldedDict && method === 'get') {
      const hit = self.entries.findLast(([k]) => k === args[0]);
      return hit ? (hit[1] === OPAQUE ? undefined : hit[1]) : (args[1] ?? null);
    }
    return undefined;
  }
  if (method === 'join') return join(iterate(args[0] ?? OPAQUE), self);
  if (method === 'format') return pyFormat(self, args);
  if (method === 'split' && (args.length === 0 || typeof args[0] === 'string'))
    return args.length ? self.split(args[0] as string) : self.trim().split(/\s+/);
  if (method === 'startswith' || method === 'endswith')
    return typeof args[0] === 'string'
      ? self[method === 'startswith' ? 'startsWith' : 'endsWith'](args[0])
      : undefined;
  if (method === 'lstrip') return self.trimStart();
  if (method === 'rstrip') return self.trimEnd();
  return foldFilter(method, self, args);
}

/** One printf conversion: `%s`, `%-5d`, `%(name)s`, `%%` (Python's % operator and the |format filter). */
const PRINTF = /%(?:\((\w*)\))?([-#0 +]*)(\d*)(?:\.(\d+))?([diouxXcrsa%])/;

/**
 * Python printf-style formatting (`'%c%c' % (95, 95)`, `'%s'|format(x)`, `'%(a)s' % {'a': x}`);
 * undefined for anything it does not reproduce exactly (`*` widths, floats, a stray `%`).
 */
export function printf(fmt: string, args: readonly Folded[]): string | undefined {
  const named = args.length === 1 && args[0] instanceof FoldedDict ? args[0] : undefined;
  let i = 0;
  let bad = false;
  let consumed = 0;
  const out = fmt.replace(
    new RegExp(PRINTF.source, 'g'),
    (m, key: string | undefined, flags: string, width: string, _prec, conv: string, at: number) => {
      if (at !== consumed && fmt.slice(consumed, at).includes('%')) bad = true;
      consumed = at + m.length;
      if (conv === '%') return '%';
      const a = key !== undefined ? (named ? foldItem(named, key) : undefined) : args[i++];
      const r = a === undefined || a === OPAQUE ? undefined : convert(conv, a);
      if (r === undefined) {
        bad = true;
        return '';
      }
      const w = Number(width || 0);
      return r.length >= w
        ? r
        : flags.includes('-')
          ? r.padEnd(w)
          : r.padStart(w, flags.includes('0') && /[dioxX]/.test(conv) ? '0' : ' ');
    },
  );
  if (fmt.slice(consumed).includes('%')) bad = true;
  return bad ? undefined : cap(out);
}

function convert(conv: string, a: Folded): string | undefined {
  if (conv === 'c') {
    if (typeof a === 'number' && Number.isInteger(a) && a >= 0 && a <= 0x10ffff)
      return String.fromCodePoint(a);
    return typeof a === 'string' && [...a].length === 1 ? a : undefined;
  }
  if ('diouxX'.includes(conv)) {
    if (typeof a !== 'number' && typeof a !== 'boolean') return undefined;
    const n = Math.trunc(Number(a));
    return conv === 'x'
      ? n.toString(16)
      : conv === 'X'
        ? n.toString(16).toUpperCase()
        : conv === 'o'
          ? n.toString(8)
          : String(n);
  }
  return conv === 'r' || conv === 'a' ? pyRepr(a) : pyStr(a);
}

/** str.format with positional fields only (`'{}{}'.format('_', '_')`, `'{0}{0}'`); undefined otherwise. */
export function pyFormat(fmt: string, args: readonly Folded[]): string | undefined {
  if (/[{}]/.test(fmt.replace(/\{\d*\}/g, ''))) return undefined; // named fields, {{ }}, {0.attr}, {:>3}
  let i = 0;
  let bad = false;
  const out = fmt.replace(/\{(\d*)\}/g, (_m, idx: string) => {
    const a = args[idx === '' ? i++ : Number(idx)];
    const s = a === undefined ? undefined : pyStr(a);
    if (s === undefined) bad = true;
    return s ?? '';
  });
  return bad ? undefined : cap(out);
}

/** Python string escapes, as Jinja's lexer decodes them (hex, unicode, octal, a few \N{...} names). */
export function decodeEscapes(s: string): string {
  const NAMED: Record<string, string> = { 'LOW LINE': '_', 'FULL STOP': '.', 'SPACING UNDERSCORE': '_' };
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z -]+\}|.)/g,
    (_m, e: string) => {
      if (e.length > 1 && 'xuU'.includes(e[0]!)) return safeCodePoint(Number.parseInt(e.slice(1), 16));
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
      if (e.startsWith('N{')) return NAMED[e.slice(2, -1)] ?? e;
      return e;
    },
  );
}

function safeCodePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
