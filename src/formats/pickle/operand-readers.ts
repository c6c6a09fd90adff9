/**
 * Operand readers of the opcode table: each reads one opcode's argument from the stream, synchronously
 * when the bytes are buffered (the common case) and through a promise otherwise. Every length is
 * checked against the bytes left before anything is read; large payloads are skipped unread, keeping
 * only the prefix a later step needs (names, the head of an embedded pickle).
 */
import type { WalkState } from './state.ts';
import { type StrValue, strValue } from './values.ts';

export type OperandReader<T> = (st: WalkState) => T | Promise<T>;

/** A length-prefixed operand: where its bytes start, how many there are, and the prefix kept. */
export interface Counted {
  start: number;
  len: number;
  data: Buffer;
}

/** A protocol 0 argument line: the kept prefix (without the newline) and the full length. */
export interface Line {
  text: Buffer;
  length: number;
  start: number;
}

const EMPTY = Buffer.alloc(0);

/** Bytes of a bytes operand kept to sniff an embedded pickle or archive (a tar header needs 262). */
export const EMBED_HEAD = 512;
/** Number lines longer than this are validated by character class only, never kept. */
const NUMBER_KEEP = 1024 * 1024;

/**
 * Buffers `n` bytes; false (after recording a truncation) when fewer are left. A reader that returns
 * after a recorded error returns a placeholder: the loop stops before any handler sees it.
 */
async function need(st: WalkState, n: number): Promise<boolean> {
  if (await st.reader.need(n)) return true;
  st.truncated(`pickle truncated: ${n} bytes needed, ${st.reader.remaining()} left`);
  return false;
}

export const noOperand: OperandReader<undefined> = () => undefined;

function fixed<T>(n: number, read: (st: WalkState) => T, placeholder: T): OperandReader<T> {
  return (st) => (st.reader.has(n) ? read(st) : need(st, n).then((ok) => (ok ? read(st) : placeholder)));
}

export const u1 = fixed(1, (st) => st.reader.byte(), 0);
export const u2 = fixed(2, (st) => st.reader.u16(), 0);
export const u4 = fixed(4, (st) => st.reader.u32(), 0);
export const i4 = fixed(4, (st) => st.reader.i32(), 0);
export const skip8 = fixed(8, (st) => st.reader.skip(8), undefined);

function lengthValue(st: WalkState, n: number, signed: boolean): number {
  const b = st.reader.take(n);
  const v =
    n === 1
      ? b[0]!
      : n === 2
        ? b.readUInt16LE(0)
        : n === 4
          ? signed
            ? b.readInt32LE(0)
            : b.readUInt32LE(0)
          : Number(b.readBigUInt64LE(0));
  if (v < 0) return st.fail(`negative length ${v}`) ?? 0;
  if (v > st.reader.remaining()) {
    // Past the end of the source is content no loader reads; past the end of a sniff window is not.
    const inSource = st.reader.source.size - st.reader.pos;
    const message = `length ${v} exceeds the ${st.reader.remaining()} bytes left`;
    return (v > inSource ? st.fail(message) : st.truncated(message)) ?? 0;
  }
  return v;
}

/** An `n`-byte length, checked against the bytes left (FRAME; the LONG1/LONG4 payload length). */
export function length(n: number, signed: boolean): OperandReader<number> {
  return fixed(n, (st) => lengthValue(st, n, signed), 0);
}

/**
 * A length-prefixed body keeping at most `keep(st)` bytes. Synchronous when the prefix and the kept
 * bytes are buffered.
 */
export function counted(n: number, signed: boolean, keep: (st: WalkState) => number): OperandReader<Counted> {
  const body = (st: WalkState, len: number): Counted | Promise<Counted> => {
    const start = st.reader.pos;
    if (st.error) return { start, len: 0, data: EMPTY };
    const k = Math.min(len, keep(st));
    if (st.reader.has(k)) {
      const data = st.reader.take(k);
      st.reader.skip(len - k);
      return { start, len, data };
    }
    return st.reader.bytes(len, k).then((data) => ({ start, len, data }));
  };
  return (st) =>
    st.reader.has(n)
      ? body(st, lengthValue(st, n, signed))
      : need(st, n).then((ok) =>
          ok ? body(st, lengthValue(st, n, signed)) : { start: 0, len: 0, data: EMPTY },
        );
}

/**
 * A length-prefixed text operand, decoded straight from the read buffer into the value the handler
 * pushes (no intermediate copy: vocabularies are millions of these). Where its bytes start is left in
 * `st.operandStart` for the embedded-content sniff.
 */
export function countedText(
  n: number,
  signed: boolean,
  encoding: 'latin1' | 'utf8',
): OperandReader<StrValue> {
  const body = (st: WalkState, len: number): StrValue | Promise<StrValue> => {
    st.operandStart = st.reader.pos;
    if (st.error) return strValue('', false, 0, false);
    const k = Math.min(len, textKeep(st));
    st.budget.text -= k;
    if (st.reader.has(k)) {
      const s = st.reader.takeText(k, encoding);
      st.reader.skip(len - k);
      return strValue(s, false, len, k < len);
    }
    return st.reader.bytes(len, k).then((data) => strValue(data.toString(encoding), false, len, k < len));
  };
  return (st) =>
    st.reader.has(n)
      ? body(st, lengthValue(st, n, signed))
      : need(st, n).then((ok) => (ok ? body(st, lengthValue(st, n, signed)) : strValue('', false, 0, false)));
}

/** Kept prefix of a text operand: the string limit, or 256 bytes once the walk's text budget is spent. */
export const textKeep = (st: WalkState): number =>
  st.budget.text > 0 ? st.limits.maxString : Math.min(256, st.limits.maxString);

/** Kept prefix of a bytes operand: only what the embedded-content sniff reads. */
export const bytesKeep = (st: WalkState): number => (st.hooks.embedded ? EMBED_HEAD : 0);

function readLine(st: WalkState, keep: number, rest?: (piece: Buffer) => void): Line | Promise<Line> {
  const start = st.reader.pos;
  const fast = st.reader.bufferedLine(keep);
  if (fast) return { text: fast.text, length: fast.length, start };
  return st.reader.line(keep, rest).then((l) => {
    if (l !== null) return { text: l.text, length: l.length, start };
    st.truncated('pickle truncated: newline expected');
    return { text: EMPTY, length: 0, start };
  });
}

/** A protocol 0 argument of any length (names, strings, persistent ids); only a prefix is kept. */
export const line: OperandReader<Line> = (st) => readLine(st, st.limits.maxString);

const NUMBER_TAIL = /^[0-9a-fA-F_\t\v\f\r L]*$/;

/**
 * A number line (INT, LONG, FLOAT, GET, PUT): kept whole up to 1 MiB and parsed exactly; past that the
 * tail is only checked to hold digits, underscores and trailing whitespace (CPython would accept a
 * well-formed number of that length, and no decision needs its value).
 */
export const numberLine: OperandReader<Line> = (st) => {
  let badTail = false;
  const l = readLine(st, NUMBER_KEEP, (piece) => {
    if (!badTail && !NUMBER_TAIL.test(piece.toString('latin1'))) badTail = true;
  });
  if (!(l instanceof Promise)) return l;
  return l.then((full) => {
    if (badTail) st.fail('invalid number: a long operand holds something other than digits');
    return full;
  });
};
