import { rootGlobal, type Value } from '../pickle/walker.ts';

/** Item sizes of NumPy's single-character type codes (`np.dtype(c).itemsize` on every platform we read). */
export const NUMPY_TYPE_SIZES: Readonly<Record<string, number>> = {
  '?': 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32,
};

/*
 * A numpy dtype as its unpickler rebuilds it: `numpy.dtype(code, False, True)` then `__setstate__(state)`
 * (numpy/_core/src/multiarray/descriptor.c, arraydescr_reduce and arraydescr_setstate). joblib decides
 * from `dtype.hasobject` whether an array's data in its stream is raw bytes or a nested pickle, so this
 * has to be numpy's answer exactly:
 * - the state is read by its length: 9 or 8 items carry flags, 7 (version, endian, subarray, names,
 *   fields, elsize, alignment), 6 (version, endian, subarray, fields, elsize, alignment) and 5 (no
 *   version: 0) do not; versions outside 0..4 are refused;
 * - flags are read as an unsigned long (wrapped), a value in [-128, 0) gets 128 added, anything still
 *   negative is refused; version >= 3 keeps those flags as they are (so even an `O` dtype whose state
 *   says 0 is not an object dtype), version < 3 recomputes them (`_descr_find_object`): any non-zero
 *   flag, kind `O`, or a field whose own dtype has objects makes it an object dtype; a field entry that
 *   is not `(dtype, offset[, title])` stops the search (not an object dtype);
 * - the item size of flexible types (S, U, V) comes from the state's elsize, of the others from the code.
 * Without a BUILD state the dtype is what `numpy.dtype(code)` makes.
 */
export interface PickledDtype {
  itemsize: number;
  hasObject: boolean;
}

const DTYPE_MODULE = /^numpy(\.(core|_core))?(\.(multiarray|_multiarray_umath))?$/;
const FLEXIBLE = new Set(['S', 'U', 'V', 'a']);
const HASOBJECT = 1n;

function intOf(v: Value | undefined): bigint | undefined {
  return v?.t === 'int' ? v.v : v?.t === 'bool' ? (v.v ? 1n : 0n) : undefined;
}

/** numpy's normalisation of the pickled flags, or undefined when numpy refuses them. */
function dtypeFlags(v: Value | undefined): bigint | undefined {
  const raw = intOf(v);
  if (raw === undefined) return undefined;
  let s = BigInt.asIntN(64, raw);
  if (s < 0n && s >= -128n) s += 128n;
  return s < 0n ? undefined : s;
}

interface DtypeState {
  version: number;
  fields: Value | undefined;
  elsize: bigint | undefined;
  flags: bigint;
}

/** Reads the state tuple the way arraydescr_setstate does; undefined when numpy would raise. */
function readState(items: readonly Value[]): DtypeState | undefined {
  const n = items.length;
  if (n < 5 || n > 9) return undefined;
  const version = n === 5 ? 0 : Number(intOf(items[0]) ?? -1n);
  if (version < 0 || version > 4) return undefined;
  const at = (i: number) => items[n === 5 ? i - 1 : i];
  const fields = n === 6 || n === 5 ? at(3) : items[4];
  const elsize = intOf(n === 6 || n === 5 ? at(4) : items[5]);
  const flags = n >= 8 ? dtypeFlags(items[7]) : 0n;
  if (flags === undefined) return undefined;
  return { version, fields, elsize, flags };
}

/** `_descr_find_object` for one field entry's dtype: true/false, or undefined when it is no entry. */
function fieldHasObject(entry: Value, depth: number): boolean | undefined {
  if (entry.t !== 'tuple' || entry.items.length < 2 || entry.items.length > 3) return undefined;
  if (intOf(entry.items[1]) === undefined) return undefined;
  const sub = pickledDtype(entry.items[0], depth + 1);
  return sub?.hasObject ?? false;
}

/** Whether a version < 3 dtype has objects, recomputed from its kind, flags and fields. */
function findObject(kind: string, state: DtypeState, depth: number): boolean {
  if (state.flags !== 0n || kind === 'O') return true;
  if (state.fields?.t !== 'dict') return false;
  for (const [key, entry] of state.fields.items) {
    // Versions 0 and 1 keep the names under the key -1, which setstate removes before this.
    if (state.version <= 1 && key.t === 'int' && key.v === -1n) continue;
    // A title entry repeats a field under its title: (dtype, offset, title) stored under the title.
    if (entry.t === 'tuple' && entry.items.length === 3 && sameStr(entry.items[2], key)) continue;
    const has = fieldHasObject(entry, depth);
    if (has === undefined) return false;
    if (has) return true;
  }
  return false;
}

function sameStr(a: Value | undefined, b: Value): boolean {
  return a?.t === 'str' && b.t === 'str' && a.s === b.s;
}

/** itemsize and hasobject of a pickled `numpy.dtype(code, align, copy)` + BUILD(state), or null. */
export function pickledDtype(v: Value | undefined, depth = 0): PickledDtype | null {
  if (depth > 32 || v?.t !== 'obj' || v.args?.t !== 'tuple') return null;
  const g = rootGlobal(v.callee);
  if (g?.name !== 'dtype' || !DTYPE_MODULE.test(g.module)) return null;
  const code = v.args.items[0];
  if (code?.t !== 'str' || code.trunc) return null;
  const m = /^([a-zA-Z?])(\d*)$/.exec(code.s.replace(/^[<>|=]/, ''));
  if (!m) return null;
  const kind = m[1]!;
  const digits = m[2] ? Number(m[2]) : undefined;
  const fromCode =
    kind === 'U' ? (digits ?? 0) * 4 : (digits ?? NUMPY_TYPE_SIZES[kind] ?? (kind === 'O' ? 8 : -1));
  if (v.state === undefined) return fromCode >= 0 ? { itemsize: fromCode, hasObject: kind === 'O' } : null;
  if (v.state.t !== 'tuple') return null;
  const state = readState(v.state.items);
  if (!state) return null;
  const hasObject =
    state.version >= 3 ? (state.flags & HASOBJECT) === HASOBJECT : findObject(kind, state, depth);
  const itemsize = FLEXIBLE.has(kind) ? Number(state.elsize ?? -1n) : fromCode;
  return itemsize >= 0 ? { itemsize, hasObject } : null;
}
