/**
 * Pickle opcode walker (protocols 0-5). It never executes anything: it replays the unpickler's stack
 * machine on symbolic values so that every GLOBAL, INST and STACK_GLOBAL resolves to `module.name`
 * (operands from any string opcode or memo slot), and REDUCE/OBJ/NEWOBJ/NEWOBJ_EX/INST/BUILD record
 * which of them are *called*. Semantics follow CPython's Lib/pickle.py `_Unpickler`.
 *
 * Why our own walker: a parser that throws on the first odd byte would drop what it saw before the
 * error (the nullifAI bypass) and cannot report memo tricks; this one keeps every site it resolved and
 * returns the parse error as data.
 *
 * Everything is bounded: opcodes per stream, stack depth, memo entries, retained collection items,
 * kept string bytes; every length is checked against the bytes left before anything is read.
 */
import type { PickleReader } from './reader.ts';
import { FORWARDERS } from './forwarders.ts';

export interface WalkLimits {
  maxOpcodes: number;
  maxStack: number;
  maxMemo: number;
  /** Collection items kept for inspection across one stream (the rest is counted, not kept). */
  maxRetained: number;
  /** String bytes kept per string (longer strings are skipped; as a global name they are unresolvable). */
  maxString: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxOpcodes: 50_000_000,
  maxStack: 1_000_000,
  maxMemo: 1_000_000,
  maxRetained: 200_000,
  maxString: 64 * 1024,
};

/** A global the stream names: one per GLOBAL/INST/STACK_GLOBAL opcode. */
export interface GlobalSite {
  module: string;
  name: string;
  /** Absolute offset of the opcode. */
  offset: number;
  opcode: 'GLOBAL' | 'INST' | 'STACK_GLOBAL';
  /** Set when STACK_GLOBAL operands were not literal strings (computed, truncated). */
  unresolved?: string;
  /** How it was called, if it was (REDUCE, OBJ, NEWOBJ, NEWOBJ_EX, INST). */
  calledBy?: string;
  /** How it was mutated, if it was (BUILD/SETITEM/APPEND on the global object itself). */
  mutatedBy?: string;
  /**
   * Found by walking bytes a format's loader reads as raw data (joblib array bytes) but that
   * `pickle.load` would run as opcodes; only reported when dangerous.
   */
  shadow?: boolean;
}

export interface ExtSite {
  code: number;
  offset: number;
  opcode: string;
  calledBy?: string;
}

export interface ComputedCall {
  offset: number;
  opcode: string;
  /** What the callee is, e.g. `result of numpy.dtype`. */
  callee: string;
}

export type Value =
  | { t: 'str'; s: string; bytes: boolean; len: number; trunc: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float' | 'none' | 'buffer' }
  | { t: 'bool'; v: boolean }
  | { t: 'tuple' | 'list' | 'set' | 'frozenset'; items: Value[]; dropped: number }
  | { t: 'dict'; items: [Value, Value][]; dropped: number }
  | { t: 'global'; site: GlobalSite }
  | { t: 'ext'; site: ExtSite }
  | { t: 'obj'; callee: Value; args?: Value; state?: Value; via: string; items?: Value[] }
  | { t: 'pers'; pid: Value };

export interface WalkResult {
  start: number;
  /** Offset just after STOP (or where the error was found). */
  end: number;
  /** Highest PROTO seen (0 when none). */
  protocol: number;
  globals: GlobalSite[];
  exts: ExtSite[];
  computedCalls: ComputedCall[];
  persistentIds: number;
  /** The first persistent ids (legacy PyTorch storage descriptors), up to 100,000. */
  persistent: Value[];
  opcodes: number;
  /** The value STOP returned. */
  value?: Value;
  /** Why the stream could not be walked to STOP (everything above it is still valid). */
  error?: { message: string; offset: number; limit?: string };
}

/**
 * Called after every BUILD with the object on top of the stack. Lets a format (joblib) consume bytes
 * its unpickler reads from the stream at that point. Throw a PickleError to stop the walk.
 */
export type AfterBuild = (top: Value, reader: PickleReader, result: WalkResult) => Promise<void>;

export class PickleError extends Error {
  readonly offset: number;
  readonly limit?: string;
  constructor(message: string, offset: number, limit?: string) {
    // Every text file a sniffer or polyglot probe walks ends in one: capturing a stack trace for each
    // was a measurable share of scanning 20,000 small files, and nobody reads it.
    const traces = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = traces;
    this.offset = offset;
    if (limit !== undefined) this.limit = limit;
  }
}

/** Shared values for small integers (BININT1/BININT2 and friends): no allocation per opcode. */
// Shared values for small ints, made on first use (building all 65,536 up front cost start-up time).
const SMALL_INTS: (Value | undefined)[] = new Array(65536);
function int(n: number): Value {
  if (n < 0 || n >= 65536) return { t: 'int', v: BigInt(n) };
  let v = SMALL_INTS[n];
  if (v === undefined) {
    v = { t: 'int', v: BigInt(n) };
    SMALL_INTS[n] = v;
  }
  return v;
}
const NONE: Value = { t: 'none' };
const FLOAT: Value = { t: 'float' };
const TRUE: Value = { t: 'bool', v: true };
const FALSE: Value = { t: 'bool', v: false };

/** Opcode names by byte, for messages (pickletools names). */
export const OPCODE_NAMES: Record<number, string> = {};
const OPS: [string, string][] = [
  ['(', 'MARK'],
  ['.', 'STOP'],
  ['0', 'POP'],
  ['1', 'POP_MARK'],
  ['2', 'DUP'],
  ['F', 'FLOAT'],
  ['I', 'INT'],
  ['J', 'BININT'],
  ['K', 'BININT1'],
  ['L', 'LONG'],
  ['M', 'BININT2'],
  ['N', 'NONE'],
  ['P', 'PERSID'],
  ['Q', 'BINPERSID'],
  ['R', 'REDUCE'],
  ['S', 'STRING'],
  ['T', 'BINSTRING'],
  ['U', 'SHORT_BINSTRING'],
  ['V', 'UNICODE'],
  ['X', 'BINUNICODE'],
  ['a', 'APPEND'],
  ['b', 'BUILD'],
  ['c', 'GLOBAL'],
  ['d', 'DICT'],
  ['}', 'EMPTY_DICT'],
  ['e', 'APPENDS'],
  ['g', 'GET'],
  ['h', 'BINGET'],
  ['i', 'INST'],
  ['j', 'LONG_BINGET'],
  ['l', 'LIST'],
  [']', 'EMPTY_LIST'],
  ['o', 'OBJ'],
  ['p', 'PUT'],
  ['q', 'BINPUT'],
  ['r', 'LONG_BINPUT'],
  ['s', 'SETITEM'],
  ['t', 'TUPLE'],
  [')', 'EMPTY_TUPLE'],
  ['u', 'SETITEMS'],
  ['G', 'BINFLOAT'],
  ['B', 'BINBYTES'],
  ['C', 'SHORT_BINBYTES'],
  ['\x80', 'PROTO'],
  ['\x81', 'NEWOBJ'],
  ['\x82', 'EXT1'],
  ['\x83', 'EXT2'],
  ['\x84', 'EXT4'],
  ['\x85', 'TUPLE1'],
  ['\x86', 'TUPLE2'],
  ['\x87', 'TUPLE3'],
  ['\x88', 'NEWTRUE'],
  ['\x89', 'NEWFALSE'],
  ['\x8a', 'LONG1'],
  ['\x8b', 'LONG4'],
  ['\x8c', 'SHORT_BINUNICODE'],
  ['\x8d', 'BINUNICODE8'],
  ['\x8e', 'BINBYTES8'],
  ['\x8f', 'EMPTY_SET'],
  ['\x90', 'ADDITEMS'],
  ['\x91', 'FROZENSET'],
  ['\x92', 'NEWOBJ_EX'],
  ['\x93', 'STACK_GLOBAL'],
  ['\x94', 'MEMOIZE'],
  ['\x95', 'FRAME'],
  ['\x96', 'BYTEARRAY8'],
  ['\x97', 'NEXT_BUFFER'],
  ['\x98', 'READONLY_BUFFER'],
];
for (const [c, n] of OPS) OPCODE_NAMES[c.charCodeAt(0)] = n;

/** Describes a value in one short phrase (messages, computed-call evidence). */
export function describe(v: Value | undefined): string {
  if (!v) return 'nothing';
  switch (v.t) {
    case 'global':
      return `${v.site.module}.${v.site.name}`;
    case 'obj':
      return `result of ${describe(v.callee)}`;
    case 'str':
      return v.bytes ? 'bytes' : 'str';
    case 'ext':
      return `extension ${v.site.code}`;
    case 'pers':
      return 'persistent id';
    default:
      return v.t;
  }
}

/** The global a value was made from (the class of an instance, the function of a call), if any. */
export function rootGlobal(v: Value | undefined): GlobalSite | undefined {
  for (let i = 0; v && i < 64; i++) {
    if (v.t === 'global') return v.site;
    if (v.t !== 'obj') return undefined;
    v = v.callee;
  }
  return undefined;
}

/** Decodes a protocol 0 STRING argument (a Python repr: quotes and backslash escapes). */
function decodeReprString(raw: string): string | null {
  const q = raw[0];
  if (raw.length < 2 || (q !== "'" && q !== '"') || raw[raw.length - 1] !== q) return null;
  const body = raw.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === undefined) return out + '\\';
    const simple: Record<string, string> = {
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
    if (n in simple) out += simple[n];
    else if (n === 'x') {
      out += String.fromCharCode(Number.parseInt(body.slice(i + 1, i + 3), 16) || 0);
      i += 2;
    } else if (n >= '0' && n <= '7') {
      const m = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCharCode(Number.parseInt(m, 8));
      i += m.length - 1;
    } else out += `\\${n}`;
  }
  return out;
}

/** Decodes a protocol 0 UNICODE argument (raw-unicode-escape). */
function decodeRawUnicodeEscape(raw: Buffer): string {
  const s = raw.toString('latin1');
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a: string, b: string) => {
    const cp = Number.parseInt(a ?? b, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  });
}

function decodeLong(bytes: Buffer): bigint {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if (bytes[bytes.length - 1]! & 0x80) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

/** Walks one pickle stream starting at `reader.pos`, up to and including its STOP. */
export async function walkPickle(
  reader: PickleReader,
  limits: WalkLimits = DEFAULT_WALK_LIMITS,
  afterBuild?: AfterBuild,
): Promise<WalkResult> {
  const result: WalkResult = {
    start: reader.pos,
    end: reader.pos,
    protocol: 0,
    globals: [],
    exts: [],
    computedCalls: [],
    persistentIds: 0,
    persistent: [],
    opcodes: 0,
  };
  let stack: Value[] = [];
  const metastack: Value[][] = [];
  const memo = new Map<number, Value>();
  let retained = 0;
  let at = reader.pos;

  const fail = (message: string, limit?: string): never => {
    throw new PickleError(message, at, limit);
  };
  const push = (v: Value) => {
    if (stack.length + metastack.length >= limits.maxStack)
      fail(`stack deeper than ${limits.maxStack}`, 'stack');
    stack.push(v);
  };
  const pop = (): Value => {
    const v = stack.pop();
    if (v === undefined) fail('stack underflow');
    return v!;
  };
  const top = (): Value => {
    const v = stack[stack.length - 1];
    if (v === undefined) fail('stack underflow');
    return v!;
  };
  const popMark = (): Value[] => {
    const items = stack;
    const prev = metastack.pop();
    if (prev === undefined) fail('MARK missing');
    stack = prev!;
    return items;
  };
  const keep = <T>(items: T[], into: T[]): number => {
    const room = Math.max(0, Math.min(items.length, limits.maxRetained - retained));
    for (let i = 0; i < room; i++) into.push(items[i]!);
    retained += room;
    return items.length - room;
  };
  /** Items put into an instance (SETITEM/APPEND on an OrderedDict or a list subclass). */
  const keepIn = (o: Extract<Value, { t: 'obj' }>, items: Value[]) => {
    o.items ??= [];
    keep(items, o.items);
  };
  const needSlow = async (n: number) => {
    if (!(await reader.need(n))) fail(`pickle truncated: ${n} bytes needed, ${reader.remaining()} left`);
  };
  const readLength = (n: number, signed: boolean): number => {
    const b = reader.take(n);
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
    if (v < 0) fail(`negative length ${v}`);
    if (v > reader.remaining()) fail(`length ${v} exceeds the ${reader.remaining()} bytes left`);
    return v;
  };
  const length = async (n: number, signed: boolean): Promise<number> => {
    await needSlow(n);
    return readLength(n, signed);
  };
  /** A string or bytes opcode with an `n`-byte length prefix; synchronous when buffered. */
  const str = (
    n: number,
    signed: boolean,
    bytes: boolean,
    encoding: 'utf8' | 'latin1',
  ): Value | Promise<Value> => {
    if (reader.has(n)) {
      const len = readLength(n, signed);
      if (bytes) {
        // Byte strings (tensor and array data) are never needed: skipped, not copied.
        reader.skip(len);
        return { t: 'str', s: '', bytes, len, trunc: false };
      }
      if (len <= keepLength() && reader.has(len)) {
        stringBudget -= len;
        return { t: 'str', s: reader.take(len).toString(encoding), bytes, len, trunc: false };
      }
      return strBody(len, bytes, encoding);
    }
    return length(n, signed).then((len) => strBody(len, bytes, encoding));
  };
  const strBody = async (n: number, bytes: boolean, encoding: 'utf8' | 'latin1'): Promise<Value> => {
    const data = await reader.bytes(n, bytes ? 0 : keepLength());
    stringBudget -= data.length;
    return { t: 'str', s: bytes ? '' : data.toString(encoding), bytes, len: n, trunc: data.length < n };
  };
  /** Text kept per stream is bounded: past the budget only short prefixes (enough for names) are kept. */
  let stringBudget = 64 * 1024 * 1024;
  const keepLength = () => (stringBudget > 0 ? limits.maxString : Math.min(256, limits.maxString));
  /** A protocol 0 argument line; names and numbers longer than the string limit are an error. */
  const line = async (): Promise<Buffer> => {
    const l = await longLine();
    if (l.length > limits.maxString)
      fail(`protocol 0 argument longer than ${limits.maxString} bytes`, 'string');
    return l.text;
  };
  /** A protocol 0 string line: any length (bounded by the bytes left), only a prefix kept. */
  const longLine = async (): Promise<{ text: Buffer; length: number }> => {
    const l = await reader.line(limits.maxString);
    if (l === null) fail('pickle truncated: newline expected');
    return l!;
  };
  const newGlobal = (
    module: string,
    name: string,
    opcode: GlobalSite['opcode'],
    unresolved?: string,
  ): GlobalSite => {
    const site: GlobalSite = { module, name, offset: at, opcode };
    if (unresolved !== undefined) site.unresolved = unresolved;
    result.globals.push(site);
    return site;
  };
  const call = (callee: Value, opcode: string) => {
    if (callee.t === 'global') callee.site.calledBy ??= opcode;
    else if (callee.t === 'ext') callee.site.calledBy ??= opcode;
    else result.computedCalls.push({ offset: at, opcode, callee: describe(callee) });
  };
  /** Marks the globals in `v` (itself, or inside containers up to 3 levels) as called. */
  const callInside = (v: Value | undefined, how: string, depth: number): void => {
    if (!v || depth > 5) return;
    if (v.t === 'global' || v.t === 'ext') call(v, how);
    else if (v.t === 'dict') for (const [, x] of v.items.slice(0, 1000)) callInside(x, how, depth + 1);
    else if (v.t === 'tuple' || v.t === 'list')
      for (const x of v.items.slice(0, 1000)) callInside(x, how, depth + 1);
    else if (v.t === 'obj') {
      // An instance (OrderedDict of hooks): what was put into it and what it was built from.
      for (const x of (v.items ?? []).slice(0, 1000)) callInside(x, how, depth + 1);
      callInside(v.args, how, depth + 1);
    }
  };
  const mutate = (target: Value, opcode: string) => {
    if (target.t === 'global') target.site.mutatedBy ??= opcode;
  };
  const memoPut = (key: number, v: Value) => {
    if (!memo.has(key) && memo.size >= limits.maxMemo)
      fail(`memo larger than ${limits.maxMemo} entries`, 'memo');
    memo.set(key, v);
  };
  const memoGet = (key: number): Value => {
    const v = memo.get(key);
    if (v === undefined) fail(`memo key ${key} was never stored`);
    return v!;
  };
  const asInt = (raw: string): bigint => {
    // int(x, 0) syntax as LONG accepts it: sign, 0x/0o/0b prefixes, underscores between digits.
    const t = raw
      .trim()
      .replace(/[lL]$/, '')
      .replace(/(?<=[0-9a-fA-F])_(?=[0-9a-fA-F])/g, '');
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.exec(t);
    if (!m) fail(`invalid integer ${JSON.stringify(raw.slice(0, 40))}`);
    const v = BigInt(m![2]!);
    return m![1] === '-' ? -v : v;
  };

  try {
    for (;;) {
      at = reader.pos;
      if (++result.opcodes > limits.maxOpcodes) fail(`more than ${limits.maxOpcodes} opcodes`, 'opcodes');
      if (!reader.has(1) && !(await reader.need(1))) fail('pickle truncated: no STOP opcode');
      const op = reader.byte();
      switch (op) {
        case 0x28: // MARK
          if (metastack.length + stack.length >= limits.maxStack)
            fail(`stack deeper than ${limits.maxStack}`, 'stack');
          metastack.push(stack);
          stack = [];
          break;
        case 0x2e: // STOP
          result.value = pop();
          result.end = reader.pos;
          return result;
        case 0x30: // POP
          if (stack.length) stack.pop();
          else popMark();
          break;
        case 0x31: // POP_MARK
          popMark();
          break;
        case 0x32: // DUP
          push(top());
          break;
        case 0x46: {
          // FLOAT
          const l = (await line()).toString('latin1');
          if (Number.isNaN(Number(l.trim())) && !/^\s*[+-]?(nan|inf|infinity)\s*$/i.test(l))
            fail('invalid FLOAT');
          push(FLOAT);
          break;
        }
        case 0x49: {
          // INT
          const l = (await line()).toString('latin1');
          if (l === '01') push(TRUE);
          else if (l === '00') push(FALSE);
          else push({ t: 'int', v: asInt(l) });
          break;
        }
        case 0x4a: // BININT
          if (!reader.has(4)) await needSlow(4);
          push(int(reader.i32()));
          break;
        case 0x4b: // BININT1
          if (!reader.has(1)) await needSlow(1);
          push(int(reader.byte()));
          break;
        case 0x4c: // LONG
          push({ t: 'int', v: asInt((await line()).toString('latin1')) });
          break;
        case 0x4d: // BININT2
          if (!reader.has(2)) await needSlow(2);
          push(int(reader.u16()));
          break;
        case 0x4e: // NONE
          push(NONE);
          break;
        case 0x50: {
          // PERSID
          const l = await line();
          const pid: Value = { t: 'str', s: l.toString('latin1'), bytes: false, len: l.length, trunc: false };
          if (result.persistentIds++ < 100_000) result.persistent.push(pid);
          push({ t: 'pers', pid });
          break;
        }
        case 0x51: {
          // BINPERSID
          const pid = pop();
          if (result.persistentIds++ < 100_000) result.persistent.push(pid);
          push({ t: 'pers', pid });
          break;
        }
        case 0x52: {
          // REDUCE
          const args = pop();
          const callee = pop();
          call(callee, 'REDUCE');
          // Reconstructors that instantiate the classes they are given (protocol 0/1 objects, __reduce_ex__):
          // those classes are called too.
          const fwd =
            callee.t === 'global' ? FORWARDERS.get(`${callee.site.module}.${callee.site.name}`) : undefined;
          if (fwd && args.t === 'tuple') {
            for (const i of fwd) callInside(args.items[i], `REDUCE via ${describe(callee)}`, 0);
          }
          push({ t: 'obj', callee, args, via: 'REDUCE' });
          break;
        }
        case 0x53: {
          // STRING
          const l = await longLine();
          if (l.length > limits.maxString) {
            push({ t: 'str', s: '', bytes: false, len: l.length, trunc: true });
            break;
          }
          const s = decodeReprString(l.text.toString('latin1').trimEnd());
          if (s === null) fail('STRING argument is not a quoted string');
          push({ t: 'str', s: s!, bytes: false, len: s!.length, trunc: false });
          break;
        }
        case 0x54: // BINSTRING
          {
            const v = str(4, true, false, 'latin1');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x55: // SHORT_BINSTRING
          {
            const v = str(1, false, false, 'latin1');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x56: {
          // UNICODE
          const l = await longLine();
          const s = decodeRawUnicodeEscape(l.text);
          push({ t: 'str', s, bytes: false, len: l.length, trunc: l.length > l.text.length });
          break;
        }
        case 0x58: // BINUNICODE
          {
            const v = str(4, false, false, 'utf8');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x8c: // SHORT_BINUNICODE
          {
            const v = str(1, false, false, 'utf8');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x8d: // BINUNICODE8
          {
            const v = str(8, false, false, 'utf8');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x42: // BINBYTES
          {
            const v = str(4, false, true, 'latin1');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x43: // SHORT_BINBYTES
          {
            const v = str(1, false, true, 'latin1');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x8e: // BINBYTES8
        case 0x96: // BYTEARRAY8
          {
            const v = str(8, false, true, 'latin1');
            push(v instanceof Promise ? await v : v);
          }
          break;
        case 0x97: // NEXT_BUFFER: an out-of-band buffer the caller supplies.
          push({ t: 'buffer' });
          break;
        case 0x98: // READONLY_BUFFER
          top();
          break;
        case 0x61: {
          // APPEND
          const v = pop();
          const list = top();
          mutate(list, 'APPEND');
          if (list.t === 'list') list.dropped += keep([v], list.items);
          else if (list.t === 'obj') keepIn(list, [v]);
          break;
        }
        case 0x65: {
          // APPENDS
          const items = popMark();
          const list = top();
          mutate(list, 'APPENDS');
          if (list.t === 'list') list.dropped += keep(items, list.items);
          else if (list.t === 'obj') keepIn(list, items);
          break;
        }
        case 0x90: {
          // ADDITEMS
          const items = popMark();
          const set = top();
          mutate(set, 'ADDITEMS');
          if (set.t === 'set') set.dropped += keep(items, set.items);
          break;
        }
        case 0x62: {
          // BUILD: calls obj.__setstate__(state) or updates obj.__dict__.
          const state = pop();
          const obj = top();
          mutate(obj, 'BUILD');
          if (obj.t === 'obj') obj.state = state;
          // Functions and classes stored in an object's state are what estimators call when used
          // (FunctionTransformer.func, a tokenizer, a metric): count them as called.
          callInside(state, 'BUILD state (called when the object is used)', 0);
          if (afterBuild) await afterBuild(obj, reader, result);
          break;
        }
        case 0x63: {
          // GLOBAL
          const module = (await line()).toString('utf8');
          const name = (await line()).toString('utf8');
          push({ t: 'global', site: newGlobal(module, name, 'GLOBAL') });
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = pop();
          const module = pop();
          const literal = (v: Value) => v.t === 'str' && !v.bytes && !v.trunc;
          if (literal(module) && literal(name)) {
            push({
              t: 'global',
              site: newGlobal((module as { s: string }).s, (name as { s: string }).s, 'STACK_GLOBAL'),
            });
          } else if (
            module.t === 'str' ||
            name.t === 'str' ||
            module.t === 'obj' ||
            name.t === 'obj' ||
            module.t === 'pers' ||
            name.t === 'pers' ||
            module.t === 'ext' ||
            name.t === 'ext' ||
            module.t === 'global' ||
            name.t === 'global'
          ) {
            // Computed or truncated operands: what they name cannot be known statically.
            const why = `module is ${describe(module)}${module.t === 'str' && module.trunc ? ' (too long)' : ''}, name is ${describe(name)}${name.t === 'str' && name.trunc ? ' (too long)' : ''}`;
            const show = (v: Value) => (v.t === 'str' && !v.bytes ? v.s.slice(0, 200) : '?');
            push({ t: 'global', site: newGlobal(show(module), show(name), 'STACK_GLOBAL', why) });
          } else {
            fail(`STACK_GLOBAL operands are ${describe(module)} and ${describe(name)}, not strings`);
          }
          break;
        }
        case 0x69: {
          // INST: module, name lines; instantiates the class with the items above MARK.
          const module = (await line()).toString('utf8');
          const name = (await line()).toString('utf8');
          // The unpickler imports the class before it looks for the MARK: record it first.
          const site = newGlobal(module, name, 'INST');
          const args = popMark();
          site.calledBy = 'INST';
          const callee: Value = { t: 'global', site };
          push({ t: 'obj', callee, args: { t: 'tuple', items: args.slice(0, 64), dropped: 0 }, via: 'INST' });
          break;
        }
        case 0x6f: {
          // OBJ: class and args above MARK.
          const items = popMark();
          const cls = items[0];
          if (cls === undefined) fail('OBJ without a class');
          call(cls!, 'OBJ');
          push({
            t: 'obj',
            callee: cls!,
            args: { t: 'tuple', items: items.slice(1, 65), dropped: 0 },
            via: 'OBJ',
          });
          break;
        }
        case 0x81: {
          // NEWOBJ: cls.__new__(cls, *args)
          const args = pop();
          const cls = pop();
          call(cls, 'NEWOBJ');
          push({ t: 'obj', callee: cls, args, via: 'NEWOBJ' });
          break;
        }
        case 0x92: {
          // NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)
          pop();
          const args = pop();
          const cls = pop();
          call(cls, 'NEWOBJ_EX');
          push({ t: 'obj', callee: cls, args, via: 'NEWOBJ_EX' });
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4: a global looked up in the copyreg extension registry.
          const n = op === 0x82 ? 1 : op === 0x83 ? 2 : 4;
          if (!reader.has(n)) await needSlow(n);
          const b = reader.take(n);
          const code = n === 1 ? b[0]! : n === 2 ? b.readUInt16LE(0) : b.readInt32LE(0);
          const site: ExtSite = { code, offset: at, opcode: OPCODE_NAMES[op]! };
          result.exts.push(site);
          push({ t: 'ext', site });
          break;
        }
        case 0x64: {
          // DICT
          const items = popMark();
          if (items.length % 2) fail('DICT with an odd number of items');
          const pairs: [Value, Value][] = [];
          for (let i = 0; i + 1 < items.length; i += 2) pairs.push([items[i]!, items[i + 1]!]);
          const d: Value = { t: 'dict', items: [], dropped: 0 };
          d.dropped = keep(pairs, d.items);
          push(d);
          break;
        }
        case 0x7d: // EMPTY_DICT
          push({ t: 'dict', items: [], dropped: 0 });
          break;
        case 0x73: {
          // SETITEM
          const v = pop();
          const k = pop();
          const d = top();
          mutate(d, 'SETITEM');
          if (d.t === 'dict') d.dropped += keep([[k, v] as [Value, Value]], d.items);
          else if (d.t === 'obj') keepIn(d, [v]);
          break;
        }
        case 0x75: {
          // SETITEMS
          const items = popMark();
          if (items.length % 2) fail('SETITEMS with an odd number of items');
          const d = top();
          mutate(d, 'SETITEMS');
          if (d.t === 'obj') keepIn(d, items);
          else if (d.t === 'dict') {
            const pairs: [Value, Value][] = [];
            for (let i = 0; i + 1 < items.length; i += 2) pairs.push([items[i]!, items[i + 1]!]);
            d.dropped += keep(pairs, d.items);
          }
          break;
        }
        case 0x6c: // LIST
        case 0x74: // TUPLE
        case 0x91: {
          // FROZENSET
          const items = popMark();
          const v: Value = {
            t: op === 0x6c ? 'list' : op === 0x74 ? 'tuple' : 'frozenset',
            items: [],
            dropped: 0,
          };
          v.dropped = keep(items, v.items);
          push(v);
          break;
        }
        case 0x5d: // EMPTY_LIST
          push({ t: 'list', items: [], dropped: 0 });
          break;
        case 0x29: // EMPTY_TUPLE
          push({ t: 'tuple', items: [], dropped: 0 });
          break;
        case 0x8f: // EMPTY_SET
          push({ t: 'set', items: [], dropped: 0 });
          break;
        case 0x85: // TUPLE1
        case 0x86: // TUPLE2
        case 0x87: {
          // TUPLE3
          const n = op - 0x84;
          if (stack.length < n) fail('stack underflow');
          const items = stack.splice(stack.length - n, n);
          push({ t: 'tuple', items, dropped: 0 });
          break;
        }
        case 0x88: // NEWTRUE
          push(TRUE);
          break;
        case 0x89: // NEWFALSE
          push(FALSE);
          break;
        case 0x8a: {
          // LONG1
          const n = await length(1, false);
          push({ t: 'int', v: decodeLong(await reader.bytes(n, n)) });
          break;
        }
        case 0x8b: {
          // LONG4: huge integers are skipped, not decoded.
          const n = await length(4, true);
          const data = await reader.bytes(n, 64);
          push({ t: 'int', v: n <= 64 ? decodeLong(data) : 0n });
          break;
        }
        case 0x47: // BINFLOAT
          if (!reader.has(8)) await needSlow(8);
          reader.skip(8);
          push(FLOAT);
          break;
        case 0x80: {
          // PROTO
          if (!reader.has(1)) await needSlow(1);
          const p = reader.byte();
          if (p > 5) fail(`unsupported pickle protocol ${p}`);
          result.protocol = Math.max(result.protocol, p);
          break;
        }
        case 0x95: // FRAME: the frame's bytes are ordinary opcodes; only its length is checked.
          await length(8, false);
          break;
        case 0x67: {
          // GET
          push(memoGet(Number(asInt((await line()).toString('latin1')))));
          break;
        }
        case 0x68: // BINGET
          if (!reader.has(1)) await needSlow(1);
          push(memoGet(reader.byte()));
          break;
        case 0x6a: // LONG_BINGET
          if (!reader.has(4)) await needSlow(4);
          push(memoGet(reader.u32()));
          break;
        case 0x70: {
          // PUT
          const key = asInt((await line()).toString('latin1'));
          if (key < 0n) fail('negative PUT argument');
          memoPut(Number(key), top());
          break;
        }
        case 0x71: // BINPUT
          if (!reader.has(1)) await needSlow(1);
          memoPut(reader.byte(), top());
          break;
        case 0x72: // LONG_BINPUT
          if (!reader.has(4)) await needSlow(4);
          memoPut(reader.u32(), top());
          break;
        case 0x94: // MEMOIZE
          memoPut(memo.size, top());
          break;
        default:
          fail(`invalid opcode 0x${op.toString(16).padStart(2, '0')}`);
      }
    }
  } catch (err) {
    if (!(err instanceof PickleError)) throw err;
    result.end = Math.max(err.offset, result.start);
    result.error = { message: err.message, offset: err.offset, ...(err.limit ? { limit: err.limit } : {}) };
    return result;
  }
}
