/**
 * Handlers for the opcodes that only build data: literals, strings and bytes, containers, the memo and
 * stack bookkeeping. Semantics follow CPython's Lib/pickle.py `_Unpickler` (and _pickle.c where the two
 * differ, see operands.ts). Handlers that call or import things are in handlers-calls.ts.
 */
import { embeddedKind, mayEmbed } from './embedded-kind.ts';
import { type Counted, EMBED_HEAD, type Line } from './operand-readers.ts';
import {
  decodeLong,
  decodeRawUnicodeEscape,
  decodeReprString,
  isFloatOperand,
  parseIntOperand,
  parseLongOperand,
  parseMemoKey,
} from './operands.ts';
import { type Embedded, memoKey, type WalkState } from './state.ts';
import {
  FALSE,
  FLOAT,
  intValue,
  type ListLike,
  NONE,
  type StrValue,
  strValue,
  TRUE,
  type Value,
} from './values.ts';

/** Operands shorter than this cannot hold a pickle that does anything (`cos\nsystem\n` is 14 bytes). */
const MIN_EMBEDDED = 8;

// --- numbers -------------------------------------------------------------------------------------

export function int(st: WalkState, l: Line): void {
  const parsed = parseIntOperand(l.text.toString('latin1'));
  if (parsed === undefined) {
    st.fail(`invalid INT ${JSON.stringify(l.text.subarray(0, 40).toString('latin1'))}`);
    return;
  }
  if (parsed.bool !== undefined) st.push(parsed.bool ? TRUE : FALSE);
  else st.push({ t: 'int', v: parsed.value ?? 0n });
}

export function long(st: WalkState, l: Line): void {
  const parsed = parseLongOperand(l.text.toString('latin1'));
  if (parsed === undefined) {
    st.fail(`invalid LONG ${JSON.stringify(l.text.subarray(0, 40).toString('latin1'))}`);
    return;
  }
  st.push({ t: 'int', v: parsed.value ?? 0n });
}

export function float(st: WalkState, l: Line): void {
  if (!isFloatOperand(l.text.toString('latin1'))) {
    st.fail('invalid FLOAT');
    return;
  }
  st.push(FLOAT);
}

export const smallInt = (st: WalkState, n: number): void => st.push(intValue(n));

/** LONG1/LONG4: the payload is decoded when short (the legacy PyTorch magic number), skipped otherwise. */
export function longBytes(st: WalkState, c: Counted): void {
  st.push({ t: 'int', v: c.len <= 64 ? decodeLong(c.data) : 0n });
}

export const longPayload = (st: WalkState): number => Math.min(64, st.limits.maxString);

// --- strings and bytes ---------------------------------------------------------------------------

/** Records a bytes/str operand that starts like a pickle or an archive, for a nested scan. */
function sniffEmbedded(
  st: WalkState,
  head: Buffer,
  start: number,
  length: number,
  encoding: Embedded['encoding'],
): void {
  if (length < MIN_EMBEDDED || !mayEmbed(head[0] ?? 0, length)) return;
  const kind = embeddedKind(head, length);
  if (kind === null) return;
  const max = st.limits.maxEmbedded ?? 10_000;
  if (st.result.embedded.length >= max) {
    if (!st.budget.embeddedHit) {
      st.budget.embeddedHit = true;
      st.noteLimit('embedded', `more than ${max} embedded pickles or archives; the rest were not scanned`);
    }
    return;
  }
  st.result.embedded.push({ offset: st.at, opcode: st.opName, start, length, encoding, kind });
}

/** Latin-1 bytes of a string's head when every character fits (what `_codecs.encode(s, 'latin1')` gives). */
function latin1Head(s: string): Buffer | null {
  const head = s.slice(0, EMBED_HEAD);
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) > 0xff) return null;
  return Buffer.from(head, 'latin1');
}

/** A text operand worth a look: long enough, and its first character can start a pickle or an archive. */
function textMayEmbed(st: WalkState, s: string, length: number): boolean {
  return (
    st.hooks.embedded === true && length >= MIN_EMBEDDED && s.length > 0 && mayEmbed(s.charCodeAt(0), length)
  );
}

/** BINSTRING/SHORT_BINSTRING (latin1 text for us; raw bytes to a loader with encoding='bytes'/'latin1'). */
export function binString(st: WalkState, v: StrValue): void {
  st.push(v);
  if (textMayEmbed(st, v.s, v.len))
    sniffEmbedded(st, Buffer.from(v.s.slice(0, EMBED_HEAD), 'latin1'), st.operandStart, v.len, 'raw');
}

/** BINUNICODE/SHORT_BINUNICODE/BINUNICODE8: UTF-8 text. */
export function binUnicode(st: WalkState, v: StrValue): void {
  st.push(v);
  if (!textMayEmbed(st, v.s, v.len)) return;
  const head = latin1Head(v.s);
  const raw = head ?? Buffer.from(v.s.slice(0, EMBED_HEAD), 'utf8');
  sniffEmbedded(st, raw, st.operandStart, v.len, head ? 'utf8' : 'raw');
}

/** BINBYTES/SHORT_BINBYTES/BINBYTES8/BYTEARRAY8: only the head is read (tensor and array data). */
export function binBytes(st: WalkState, c: Counted): void {
  if (st.hooks.embedded) sniffEmbedded(st, c.data, c.start, c.len, 'raw');
  st.push(strValue('', true, c.len, false));
}

/** STRING: a Python repr on one line; a line longer than the string limit is kept as a truncated value. */
export function reprString(st: WalkState, l: Line): void {
  if (l.length > l.text.length) {
    st.push(strValue('', false, l.length, true));
    return;
  }
  // Both unpicklers take the line as is (no whitespace stripped) and need a quote at each end.
  const s = decodeReprString(l.text.toString('latin1'));
  if (s === null) {
    st.fail('STRING argument is not a quoted string');
    return;
  }
  if (textMayEmbed(st, s, s.length))
    sniffEmbedded(st, Buffer.from(s.slice(0, EMBED_HEAD), 'latin1'), l.start, l.length, 'repr');
  st.push(strValue(s, false, s.length, false));
}

/** UNICODE: raw-unicode-escape text on one line. */
export function rawUnicode(st: WalkState, l: Line): void {
  const s = decodeRawUnicodeEscape(l.text);
  const head = textMayEmbed(st, s, s.length) ? latin1Head(s) : null;
  if (head) sniffEmbedded(st, head, l.start, l.length, 'raw-unicode-escape');
  st.push(strValue(s, false, l.length, l.length > l.text.length));
}

// --- containers ----------------------------------------------------------------------------------

function mutate(target: Value, opcode: string): void {
  if (target.t === 'global') target.site.mutatedBy ??= opcode;
}

function keepIn(st: WalkState, o: Extract<Value, { t: 'obj' }>, items: Value[]): void {
  o.items ??= [];
  st.keep(items, o.items);
}

export function collection(t: ListLike['t']): (st: WalkState) => void {
  return (st) => {
    const items = st.popMark();
    const v: ListLike = { t, items: [], dropped: 0 };
    v.dropped = st.keep(items, v.items);
    st.push(v);
  };
}

export function empty(t: ListLike['t'] | 'dict'): (st: WalkState) => void {
  return (st) => st.push({ t, items: [], dropped: 0 } as Value);
}

export function smallTuple(n: number): (st: WalkState) => void {
  return (st) => {
    if (st.stack.length < n) {
      st.fail('stack underflow');
      return;
    }
    st.push({ t: 'tuple', items: st.stack.splice(st.stack.length - n, n), dropped: 0 });
  };
}

function pairs(st: WalkState, items: Value[], opcode: string): [Value, Value][] {
  if (items.length % 2) {
    st.fail(`${opcode} with an odd number of items`);
    return [];
  }
  const out: [Value, Value][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i]!, items[i + 1]!]);
  return out;
}

export function dict(st: WalkState): void {
  const d: Value = { t: 'dict', items: [], dropped: 0 };
  d.dropped = st.keep(pairs(st, st.popMark(), 'DICT'), d.items);
  st.push(d);
}

export function append(st: WalkState): void {
  const v = st.pop();
  addItems(st, st.top(), [v], 'APPEND');
}

export function appends(st: WalkState): void {
  const items = st.popMark();
  addItems(st, st.top(), items, 'APPENDS');
}

function addItems(st: WalkState, target: Value, items: Value[], opcode: string): void {
  mutate(target, opcode);
  if (target.t === 'list') target.dropped += st.keep(items, target.items);
  else if (target.t === 'obj') keepIn(st, target, items);
}

export function addSetItems(st: WalkState): void {
  const items = st.popMark();
  const set = st.top();
  mutate(set, 'ADDITEMS');
  if (set.t === 'set') set.dropped += st.keep(items, set.items);
}

export function setItem(st: WalkState): void {
  const v = st.pop();
  const k = st.pop();
  const d = st.top();
  mutate(d, 'SETITEM');
  if (d.t === 'dict') d.dropped += st.keep([[k, v] as [Value, Value]], d.items);
  else if (d.t === 'obj') keepIn(st, d, [v]);
}

export function setItems(st: WalkState): void {
  const items = st.popMark();
  if (items.length % 2) {
    st.fail('SETITEMS with an odd number of items');
    return;
  }
  const d = st.top();
  mutate(d, 'SETITEMS');
  if (d.t === 'obj') keepIn(st, d, items);
  else if (d.t === 'dict') d.dropped += st.keep(pairs(st, items, 'SETITEMS'), d.items);
}

// --- stack and memo ------------------------------------------------------------------------------

export function pop(st: WalkState): void {
  if (st.stack.length) st.stack.pop();
  else st.popMark();
}

export const dup = (st: WalkState): void => st.push(st.top());

export function get(st: WalkState, l: Line): void {
  const key = parseMemoKey(l.text.toString('latin1'));
  if (key === undefined || key === null) {
    st.fail('invalid GET argument');
    return;
  }
  st.push(st.memoGet(memoKey(key)));
}

export function put(st: WalkState, l: Line): void {
  const key = parseMemoKey(l.text.toString('latin1'));
  if (key === undefined || key === null) {
    st.fail('invalid PUT argument');
    return;
  }
  if (key < 0n) {
    st.fail('negative PUT argument');
    return;
  }
  st.memoPut(memoKey(key), st.top());
}

export const binGet = (st: WalkState, key: number): void => st.push(st.memoGet(key));
export const binPut = (st: WalkState, key: number): void => st.memoPut(key, st.top());
export const memoize = (st: WalkState): void => st.memoize(st.top());

export function proto(st: WalkState, p: number): void {
  if (p > 5) {
    st.fail(`unsupported pickle protocol ${p}`);
    return;
  }
  st.proto = p;
  st.result.protocol = Math.max(st.result.protocol, p);
}

export const none = (st: WalkState): void => st.push(NONE);
export const newTrue = (st: WalkState): void => st.push(TRUE);
export const newFalse = (st: WalkState): void => st.push(FALSE);
export const binFloat = (st: WalkState): void => st.push(FLOAT);
