/**
 * The one JSON reader for scanned files (model configs, tokenizer configs, safetensors headers,
 * shard indexes, package.json, notebooks).
 *
 * It reads the way CPython's `json` module reads (Lib/json/decoder.py and Modules/_json.c, the
 * reader transformers, tokenizers' Python side and llama-cpp-python use): `NaN`, `Infinity` and
 * `-Infinity` are values, `\ud800` escapes give lone surrogates, the last of two equal keys wins
 * (both are kept here, in order, and the duplicate is reported), control characters inside strings
 * are errors (strict mode), and whitespace is space, tab, CR and LF only. Where RFC 8259 readers
 * (serde_json in the safetensors reference) are stricter, the difference is reported in
 * `nonStandard` instead of refusing the text, so each caller applies its loader's rule and nothing
 * Python would read is hidden. Where Python itself gives up on text this reader can still read
 * (recursion depth, the 4300-digit int limit, a UTF-8 BOM in a str) that is in `pythonRejects`.
 *
 * Why our own: `JSON.parse` rejects NaN, keeps the last duplicate silently, rounds big integers,
 * gives no offsets and throws on the first error; jsonc-parser's ESM build cannot be bundled. This
 * reader is iterative (an explicit stack, no recursion limit: 100,000 levels cost memory linear in
 * the input), keeps every node's offset, keeps numbers as their source text, keeps the tree read
 * before a syntax error, and never throws.
 */

export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

interface Span {
  /** Offset of the first character of the value (UTF-16 units of the text, or bytes for `readJsonBytes`). */
  offset: number;
  /** Offset just past the value. */
  end: number;
}
export interface JsonEntry {
  key: string;
  /** Offset of the key's opening quote. */
  offset: number;
  value: JsonValue;
}
export interface JsonObject extends Span {
  t: 'object';
  /** Entries in source order, duplicates included (Python keeps the last one's value). */
  entries: JsonEntry[];
}
export interface JsonArray extends Span {
  t: 'array';
  items: JsonValue[];
}
export interface JsonString extends Span {
  t: 'string';
  value: string;
}
export interface JsonNumber extends Span {
  t: 'number';
  /** As written: `12`, `-0.5`, `1e3`, or `NaN`, `Infinity`, `-Infinity`. */
  raw: string;
}
export interface JsonLiteral extends Span {
  t: 'true' | 'false' | 'null';
}

export interface JsonDuplicate {
  key: string;
  /** Offset of the later occurrence. */
  offset: number;
  /** Dotted path of the object holding it (`''` for the top level, `a.b[2]`). */
  where: string;
}

export interface JsonIssue {
  kind:
    | 'syntax'
    | 'invalid-utf8'
    | 'non-finite'
    | 'lone-surrogate'
    | 'deep'
    | 'recursion'
    | 'int-digits'
    | 'bom';
  message: string;
  offset: number;
}

export interface JsonRead {
  /** The value; after a syntax error, what was read before it (containers closed there). */
  value?: JsonValue;
  /** The first syntax error: Python's json raises JSONDecodeError here. */
  error?: JsonIssue;
  duplicates: JsonDuplicate[];
  /** Read by Python's json but rejected by RFC 8259 readers (serde_json): NaN/Infinity, lone surrogates, depth > 128. */
  nonStandard: JsonIssue[];
  /** Read here, but Python's json raises on it: RecursionError, the int digit limit, a BOM in a str. */
  pythonRejects: JsonIssue[];
  /** Deepest nesting of arrays and objects. */
  depth: number;
}

/** serde_json's default recursion limit (safetensors headers): deeper is an error there. */
export const SERDE_MAX_DEPTH = 128;
/**
 * Nesting at which CPython's C scanner raises RecursionError: it enters one recursion level per
 * array or object against sys.getrecursionlimit() (1000), less the frames of its caller, so 990
 * levels read from a bare script and fewer from inside transformers.
 */
export const PYTHON_MAX_DEPTH = 990;
/** CPython >= 3.11 refuses int literals longer than this (sys.get_int_max_str_digits()). */
export const PYTHON_INT_MAX_DIGITS = 4300;
/** Issues and duplicates kept per document (a count past that is still reported). */
const MAX_ISSUES = 1000;

/** Reads `text` as Python's `json.loads(text)` does; offsets are UTF-16 units of `text`. Never throws. */
export function readJson(text: string): JsonRead {
  return new Reader(text, false).read();
}

/**
 * Reads UTF-8 bytes (what `open(path, encoding='utf-8')` then `json.load` sees, and what serde's
 * `from_slice` sees); offsets are byte offsets. Invalid UTF-8 is an error at its byte, and the rest
 * is still read with replacement characters so nothing readable is hidden.
 *
 * The structure of JSON is ASCII, so the bytes are scanned as latin1 (one character per byte, so
 * offsets are byte offsets) and only string contents are decoded as UTF-8.
 */
export function readJsonBytes(bytes: Uint8Array): JsonRead {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = firstInvalidUtf8(buf);
  const r = new Reader(buf.toString('latin1'), true).read();
  if (bad >= 0) {
    r.error = { kind: 'invalid-utf8', message: `invalid UTF-8 at byte ${bad}`, offset: bad };
  }
  return r;
}

/** The value of the last entry named `key` (what Python's json and serde maps keep). */
export function jsonGet(obj: JsonObject, key: string): JsonValue | undefined {
  for (let k = obj.entries.length - 1; k >= 0; k--) {
    if (obj.entries[k]!.key === key) return obj.entries[k]!.value;
  }
  return undefined;
}

/** A non-negative integer written without fraction or exponent, as a BigInt; undefined otherwise. */
export function jsonUint(v: JsonValue | undefined): bigint | undefined {
  if (v?.t !== 'number' || !/^(0|[1-9][0-9]*)$/.test(v.raw)) return undefined;
  return BigInt(v.raw);
}

/** Converts to a plain JS value as Python would see it (last duplicate wins, NaN/Infinity as numbers). */
export function toPlain(root: JsonValue): unknown {
  const convert = (v: JsonValue): unknown => {
    switch (v.t) {
      case 'object':
        return Object.create(null) as Record<string, unknown>;
      case 'array':
        return new Array(v.items.length);
      case 'string':
        return v.value;
      case 'number':
        // An integer -0 is Python's int 0; -0.0 stays a negative zero float.
        return /[.eEN]/.test(v.raw) ? Number(v.raw) : Number(v.raw) + 0;
      case 'true':
        return true;
      case 'false':
        return false;
      default:
        return null;
    }
  };
  const out = convert(root);
  const stack: Array<[JsonValue, unknown]> = [[root, out]];
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (node.t === 'object') {
      const o = into as Record<string, unknown>;
      for (const e of node.entries) {
        const c = convert(e.value);
        // Python keeps the first position of a repeated key and the last value.
        o[e.key] = c;
        stack.push([e.value, c]);
      }
    } else if (node.t === 'array') {
      const a = into as unknown[];
      node.items.forEach((item, i) => {
        a[i] = convert(item);
        stack.push([item, a[i]]);
      });
    }
  }
  return out;
}

/** Every value of the tree, parents before children (iterative: any depth). */
export function* jsonNodes(root: JsonValue): Generator<JsonValue> {
  const stack: JsonValue[] = [root];
  while (stack.length) {
    const v = stack.pop()!;
    yield v;
    if (v.t === 'object') for (let i = v.entries.length - 1; i >= 0; i--) stack.push(v.entries[i]!.value);
    else if (v.t === 'array') for (let i = v.items.length - 1; i >= 0; i--) stack.push(v.items[i]!);
  }
}

/** An open container; `fresh` until its first member is read. */
type Container =
  | { node: JsonObject; fresh: boolean; key?: string; keyAt?: number; seen?: Set<string> }
  | { node: JsonArray; fresh: boolean };

type ObjectFrame = Extract<Container, { node: JsonObject }>;

class SyntaxStop {
  readonly issue: JsonIssue;
  constructor(message: string, offset: number) {
    this.issue = { kind: 'syntax', message: `${message} (char ${offset})`, offset };
  }
}

/** One pass over the text with an explicit stack of open containers. */
class Reader {
  private pos = 0;
  private readonly stack: Container[] = [];
  private readonly out: JsonRead = { duplicates: [], nonStandard: [], pythonRejects: [], depth: 0 };
  private readonly text: string;
  /** The text is UTF-8 bytes as latin1: string contents are decoded from UTF-8. */
  private readonly utf8: boolean;

  constructor(text: string, utf8: boolean) {
    this.text = text;
    this.utf8 = utf8;
  }

  read(): JsonRead {
    const bom = this.utf8 ? this.text.startsWith('\u00ef\u00bb\u00bf') : this.text.charCodeAt(0) === 0xfeff;
    if (bom) {
      this.issue(
        this.out.pythonRejects,
        'bom',
        'starts with a UTF-8 byte order mark (json.loads of a str refuses it)',
        0,
      );
      this.pos = this.utf8 ? 3 : 1;
    }
    try {
      this.run();
    } catch (err) {
      if (err instanceof SyntaxStop) this.out.error = err.issue;
      else if (!(err instanceof Done)) throw err;
    }
    return this.out;
  }

  private run() {
    let value = this.value();
    for (;;) {
      if (value !== undefined) {
        if (!this.attach(value)) return this.trailing();
      }
      const top = this.stack[this.stack.length - 1]!;
      if (top.fresh) {
        top.fresh = false;
        value = top.node.t === 'array' ? this.value() : this.member(top as ObjectFrame);
        continue;
      }
      this.ws();
      const c = this.text[this.pos];
      if (top.node.t === 'array') {
        if (c === ']') value = this.close();
        else if (c === ',') {
          this.pos++;
          value = this.value();
        } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
      } else if (c === '}') value = this.close();
      else if (c === ',') {
        this.pos++;
        value = this.member(top as ObjectFrame);
      } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
    }
  }

  /** Attaches a finished value to the open container; false when it was the top-level value. */
  private attach(value: JsonValue): boolean {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.out.value = value;
      return false;
    }
    if (top.node.t === 'array') top.node.items.push(value);
    else this.addEntry(top as ObjectFrame, value);
    return true;
  }

  private addEntry(top: ObjectFrame, value: JsonValue) {
    const key = top.key!;
    const entries = top.node.entries;
    let dup: boolean;
    if (top.seen) dup = top.seen.has(key);
    else {
      dup = entries.some((e) => e.key === key);
      if (entries.length >= 16) top.seen = new Set(entries.map((e) => e.key));
    }
    top.seen?.add(key);
    if (dup && this.out.duplicates.length < MAX_ISSUES) {
      this.out.duplicates.push({ key, offset: top.keyAt!, where: this.path() });
    }
    entries.push({ key, offset: top.keyAt!, value });
  }

  /** Dotted path of the innermost open object (only built for a duplicate). */
  private path(): string {
    let out = '';
    for (let i = 0; i < this.stack.length - 1; i++) {
      const c = this.stack[i]!;
      if (c.node.t === 'array') out += `[${c.node.items.length - 1}]`;
      else {
        const key = (c as { key?: string }).key ?? '';
        out += out ? `.${key}` : key;
      }
    }
    return out;
  }

  private trailing() {
    this.ws();
    if (this.pos < this.text.length) throw new SyntaxStop('Extra data', this.pos);
  }

  /** Reads a value; a container is opened and undefined returned (its members follow). */
  private value(): JsonValue | undefined {
    this.ws();
    const at = this.pos;
    const c = this.text[at];
    if (c === '{' || c === '[') return this.open(c, at);
    if (c === '"') {
      const value = this.string();
      return { t: 'string', value, offset: at, end: this.pos };
    }
    return this.scalar(at);
  }

  private open(c: string, at: number): JsonValue | undefined {
    this.pos++;
    const depth = this.stack.length + 1;
    if (depth > this.out.depth) {
      this.out.depth = depth;
      if (depth === SERDE_MAX_DEPTH + 1)
        this.issue(
          this.out.nonStandard,
          'deep',
          `nests deeper than ${SERDE_MAX_DEPTH} levels (serde_json's limit)`,
          at,
        );
      if (depth === PYTHON_MAX_DEPTH)
        this.issue(
          this.out.pythonRejects,
          'recursion',
          `nests ${PYTHON_MAX_DEPTH} levels deep: Python's json raises RecursionError`,
          at,
        );
    }
    if (c === '[') {
      const node: JsonArray = { t: 'array', items: [], offset: at, end: at + 1 };
      this.attachOpen(node);
      this.stack.push({ node, fresh: true });
      this.ws();
      if (this.text[this.pos] === ']') return this.close();
      return undefined;
    }
    const node: JsonObject = { t: 'object', entries: [], offset: at, end: at + 1 };
    this.attachOpen(node);
    this.stack.push({ node, fresh: true });
    this.ws();
    if (this.text[this.pos] === '}') return this.close();
    return undefined;
  }

  /** Links a new container into its parent at once, so a later syntax error keeps it in the tree. */
  private attachOpen(node: JsonObject | JsonArray) {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.out.value = node;
    else if (top.node.t === 'array') top.node.items.push(node);
    else this.addEntry(top as ObjectFrame, node);
  }

  /** `"key": value` inside an object. */
  private member(frame: ObjectFrame): JsonValue | undefined {
    this.ws();
    if (this.text[this.pos] !== '"')
      throw new SyntaxStop('Expecting property name enclosed in double quotes', this.pos);
    frame.keyAt = this.pos;
    frame.key = this.string();
    this.ws();
    if (this.text[this.pos] !== ':') throw new SyntaxStop("Expecting ':' delimiter", this.pos);
    this.pos++;
    return this.value();
  }

  /** Closes the innermost container; returns undefined (it is already linked into its parent). */
  private close(): JsonValue | undefined {
    this.pos++;
    const frame = this.stack.pop()!;
    frame.fresh = false;
    frame.node.end = this.pos;
    if (this.stack.length === 0) {
      this.trailing();
      throw new Done();
    }
    return undefined;
  }

  private scalar(at: number): JsonValue {
    const t = this.text;
    const c = t.charCodeAt(at);
    const word =
      c === 0x74
        ? 'true'
        : c === 0x66
          ? 'false'
          : c === 0x6e
            ? 'null'
            : c === 0x4e
              ? 'NaN'
              : c === 0x49
                ? 'Infinity'
                : c === 0x2d && t.charCodeAt(at + 1) === 0x49
                  ? '-Infinity'
                  : undefined;
    if (word !== undefined) {
      if (!t.startsWith(word, at)) throw new SyntaxStop('Expecting value', at);
      this.pos = at + word.length;
      if (c === 0x74 || c === 0x66 || c === 0x6e)
        return { t: word as 'true' | 'false' | 'null', offset: at, end: this.pos };
      this.issue(this.out.nonStandard, 'non-finite', `${word} is not a JSON number (Python reads it)`, at);
      return { t: 'number', raw: word, offset: at, end: this.pos };
    }
    return this.number(at);
  }

  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as CPython's scanner matches numbers. */
  private number(at: number): JsonNumber {
    const t = this.text;
    let i = at;
    if (t.charCodeAt(i) === 0x2d) i++;
    const intStart = i;
    if (t.charCodeAt(i) === 0x30) i++;
    else i = digits(t, i);
    if (i === intStart) throw new SyntaxStop('Expecting value', at);
    const intDigits = i - intStart;
    let integer = true;
    if (t.charCodeAt(i) === 0x2e && isDigit(t.charCodeAt(i + 1))) {
      i = digits(t, i + 1);
      integer = false;
    }
    const e = t.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let j = i + 1;
      if (t.charCodeAt(j) === 0x2b || t.charCodeAt(j) === 0x2d) j++;
      if (isDigit(t.charCodeAt(j))) {
        i = digits(t, j);
        integer = false;
      }
    }
    this.pos = i;
    if (integer && intDigits > PYTHON_INT_MAX_DIGITS)
      this.issue(
        this.out.pythonRejects,
        'int-digits',
        `an integer of ${intDigits} digits exceeds Python's ${PYTHON_INT_MAX_DIGITS}-digit limit (ValueError)`,
        at,
      );
    return { t: 'number', raw: t.slice(at, i), offset: at, end: i };
  }

  /** A string starting at the opening quote; decodes escapes the way CPython's scanstring does. */
  private string(): string {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let out = '';
    for (;;) {
      let j = i;
      let high = false;
      let c = t.charCodeAt(j);
      while (c !== 0x22 && c !== 0x5c && c >= 0x20) {
        if (c >= 0x80) high = true;
        c = t.charCodeAt(++j);
      }
      if (j > i)
        out += high && this.utf8 ? Buffer.from(t.slice(i, j), 'latin1').toString('utf8') : t.slice(i, j);
      i = j;
      if (i >= t.length) throw new SyntaxStop('Unterminated string starting at', start);
      if (c === 0x22) {
        this.pos = i + 1;
        return out;
      }
      if (c < 0x20) throw new SyntaxStop('Invalid control character at', i);
      const [text, next] = this.escape(i);
      out += text;
      i = next;
    }
  }

  /** One backslash escape at `i`; returns its text and the offset after it. */
  private escape(i: number): [string, number] {
    const t = this.text;
    const e = t[i + 1];
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    if (simple !== undefined) return [simple, i + 2];
    if (e !== 'u') throw new SyntaxStop('Invalid \\escape', i);
    const unit = hex4(t, i + 2);
    if (unit < 0) throw new SyntaxStop('Invalid \\uXXXX escape', i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && t[i + 6] === '\\' && t[i + 7] === 'u') {
      const low = hex4(t, i + 8);
      if (low >= 0xdc00 && low <= 0xdfff) return [String.fromCharCode(unit, low), i + 12];
    }
    if (unit >= 0xd800 && unit <= 0xdfff)
      this.issue(
        this.out.nonStandard,
        'lone-surrogate',
        'a \\u escape gives a lone surrogate (Python keeps it)',
        i,
      );
    return [String.fromCharCode(unit), i + 6];
  }

  private ws() {
    const t = this.text;
    let i = this.pos;
    for (
      let c = t.charCodeAt(i);
      c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
      c = t.charCodeAt(++i)
    );
    this.pos = i;
  }

  private issue(list: JsonIssue[], kind: JsonIssue['kind'], message: string, offset: number) {
    if (list.length < MAX_ISSUES) list.push({ kind, message, offset });
  }
}

/** Thrown by `close` when the top-level container ends: unwinds `run` without a sentinel check per value. */
class Done {}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Offset after the run of ASCII digits starting at `i`. */
function digits(t: string, i: number): number {
  while (isDigit(t.charCodeAt(i))) i++;
  return i;
}

function hex4(t: string, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = t.charCodeAt(at + k);
    const d =
      c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
          ? c - 0x57
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

function isAscii(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return false;
  return true;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  if (isAscii(buf)) return -1;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return -1;
  } catch {
    // Find the byte: decode growing prefixes would be quadratic; walk the sequences instead.
  }
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const cp =
      need === 0
        ? b
        : need === 1
          ? ((b & 0x1f) << 6) | (buf[i + 1]! & 0x3f)
          : need === 2
            ? ((b & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f)
            : ((b & 0x07) << 18) |
              ((buf[i + 1]! & 0x3f) << 12) |
              ((buf[i + 2]! & 0x3f) << 6) |
              (buf[i + 3]! & 0x3f);
    const overlong = (need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff));
    if (overlong || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
