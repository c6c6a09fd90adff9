/**
 * Protocol Buffers text format, read the way TensorFlow reads `saved_model.pbtxt`: with the C++
 * TextFormat parser (protobuf src/google/protobuf/text_format.cc on io/tokenizer.cc, shell-style
 * comments). What matters for a scanner, because a regex gets each of these wrong:
 * - adjacent string literals are one value (`op: "Read" 'File'`),
 * - escapes: `\ooo` octal (1-3 digits), `\xh`/`\xhh`, `\u`/`\U` code points, `\n`-style letters,
 * - `#` starts a comment to the end of the line, outside strings only,
 * - `:` is optional before a message value; messages use `{...}` or `<...>`,
 * - repeated fields may use list syntax `field: [v1, v2]`, fields may end with `,` or `;`,
 * - field names may be `[extension.name]` or `[type.googleapis.com/pkg.Type]` (Any).
 *
 * The parser is schema-less: it returns the tree of named fields and leaves meaning to the caller.
 * Strings are byte strings (latin1 in, bytes out), as protobuf's are. Why not a library: protobufjs'
 * text support needs the schemas and throws on the first unknown field, and no other npm package
 * follows the C++ tokenizer's escape and concatenation rules.
 */

import { BaseError } from '../../core/errors.ts';

export class TextFormatError extends BaseError<'PROTOBUF_TEXT_SYNTAX'> {
  readonly line: number;
  constructor(message: string, line: number) {
    super('PROTOBUF_TEXT_SYNTAX', message);
    this.name = 'TextFormatError';
    this.line = line;
  }
}

export interface TextScalar {
  kind: 'string' | 'identifier' | 'number';
  /** Identifier or number text; for strings the decoded bytes as latin1. */
  text: string;
}
export interface TextField {
  name: string;
  line: number;
  value: TextMessage | TextScalar;
}
export interface TextMessage {
  fields: TextField[];
}

type TokKind = 'identifier' | 'number' | 'string' | 'symbol';
interface Tok {
  kind: TokKind;
  /** Raw text (strings include their quotes). */
  text: string;
  line: number;
}

/** protobuf's default recursion limit, which the text parser also enforces. */
export const TEXT_MAX_DEPTH = 100;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);

/** io::Tokenizer with SH comment style. Input is latin1 (one char per byte). */
export function tokenizeText(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 10) line++;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < s.length && s.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c < 32 || c === 127) throw new TextFormatError('invalid control character', line);
    const start = i;
    if (isLetter(c)) {
      while (i < s.length && isAlnum(s.charCodeAt(i))) i++;
      out.push({ kind: 'identifier', text: s.slice(start, i), line });
    } else if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(i + 1)))) {
      i = numberEnd(s, i);
      out.push({ kind: 'number', text: s.slice(start, i), line });
    } else if (c === 34 || c === 39) {
      i = stringEnd(s, i, line);
      out.push({ kind: 'string', text: s.slice(start, i), line });
    } else {
      i++;
      out.push({ kind: 'symbol', text: s[start]!, line });
    }
  }
  return out;
}

function numberEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    const prev = s.charCodeAt(j - 1);
    if (isAlnum(c) || c === 46 || ((c === 43 || c === 45) && (prev === 101 || prev === 69))) j++;
    else break;
  }
  return j;
}

function stringEnd(s: string, i: number, line: number): number {
  const quote = s.charCodeAt(i);
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) throw new TextFormatError('string literal runs past the end of the line', line);
    if (c === 92) {
      const e = s[j + 1];
      if (e === undefined) break;
      if (!/[abfnrtv\\?'"0-7xXuU]/.test(e)) throw new TextFormatError('invalid escape sequence', line);
      j += 2;
      continue;
    }
    j++;
  }
  throw new TextFormatError('unterminated string literal', line);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '?': '?',
  "'": "'",
  '"': '"',
};

/** Tokenizer::ParseStringAppend: the bytes of one literal (quotes included in `raw`). */
export function unescapeText(raw: string): string {
  let out = '';
  const end = raw.length - 1;
  for (let i = 1; i < end; i++) {
    const c = raw[i]!;
    if (c !== '\\' || i + 1 >= end) {
      out += c;
      continue;
    }
    const e = raw[++i]!;
    if (e >= '0' && e <= '7') {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && raw[i + 1]! >= '0' && raw[i + 1]! <= '7' && i + 1 < end; k++)
        code = code * 8 + raw.charCodeAt(++i) - 48;
      out += String.fromCharCode(code & 0xff);
    } else if (e === 'x' || e === 'X') {
      let code = 0;
      for (let k = 0; k < 2 && i + 1 < end && /[0-9a-fA-F]/.test(raw[i + 1]!); k++)
        code = code * 16 + Number.parseInt(raw[++i]!, 16);
      out += String.fromCharCode(code);
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = raw.slice(i + 1, i + 1 + n);
      if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex) && Number.parseInt(hex, 16) <= 0x10ffff) {
        out += Buffer.from(String.fromCodePoint(Number.parseInt(hex, 16)), 'utf8').toString('latin1');
        i += n;
      } else out += e;
    } else out += SIMPLE_ESCAPES[e] ?? e;
  }
  return out;
}

class TextParser {
  private pos = 0;
  private readonly toks: Tok[];
  constructor(toks: Tok[]) {
    this.toks = toks;
  }
  private peek(): Tok | undefined {
    return this.toks[this.pos];
  }
  private line(): number {
    return this.peek()?.line ?? this.toks.at(-1)?.line ?? 1;
  }
  private isSym(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'symbol' && t.text === text;
  }
  private expectSym(text: string): void {
    if (!this.isSym(text)) throw new TextFormatError(`expected "${text}"`, this.line());
    this.pos++;
  }

  /** A message body up to `close` (or the end for the top level). */
  message(close: string | undefined, depth: number): TextMessage {
    if (depth > TEXT_MAX_DEPTH)
      throw new TextFormatError('messages nested deeper than protobuf allows', this.line());
    const fields: TextField[] = [];
    while (this.peek() && !(close && this.isSym(close))) {
      this.field(fields, depth);
      if (this.isSym(';') || this.isSym(',')) this.pos++;
    }
    if (close) this.expectSym(close);
    return { fields };
  }

  private fieldName(): string {
    const t = this.peek();
    if (t?.kind === 'identifier') {
      this.pos++;
      return t.text;
    }
    if (!this.isSym('[')) throw new TextFormatError('expected a field name', this.line());
    // [ext.name] or [type.googleapis.com/pkg.Type]
    this.pos++;
    let name = '[';
    while (this.peek() && !this.isSym(']')) {
      const p = this.peek()!;
      if (p.kind !== 'identifier' && !(p.kind === 'symbol' && (p.text === '.' || p.text === '/')))
        throw new TextFormatError('invalid extension name', p.line);
      name += p.text;
      this.pos++;
    }
    this.expectSym(']');
    return `${name}]`;
  }

  private field(into: TextField[], depth: number): void {
    const line = this.line();
    const name = this.fieldName();
    const colon = this.isSym(':');
    if (colon) this.pos++;
    // List syntax; for repeated messages the ':' is optional here too.
    if (this.isSym('[')) {
      this.pos++;
      while (!this.isSym(']')) {
        into.push({ name, line: this.line(), value: this.value(depth) });
        if (this.isSym(']')) break;
        this.expectSym(',');
      }
      this.pos++;
      return;
    }
    if (!colon && !this.isSym('{') && !this.isSym('<'))
      throw new TextFormatError(`expected ":" after ${name}`, line);
    into.push({ name, line, value: this.value(depth) });
  }

  private value(depth: number): TextMessage | TextScalar {
    if (this.isSym('{') || this.isSym('<')) {
      const close = this.peek()!.text === '{' ? '}' : '>';
      this.pos++;
      return this.message(close, depth + 1);
    }
    const t = this.peek();
    if (!t) throw new TextFormatError('expected a value', this.line());
    if (t.kind === 'string') {
      let bytes = '';
      while (this.peek()?.kind === 'string') bytes += unescapeText(this.toks[this.pos++]!.text);
      return { kind: 'string', text: bytes };
    }
    let sign = '';
    if (this.isSym('-')) {
      sign = '-';
      this.pos++;
    }
    const v = this.peek();
    if (v?.kind === 'identifier' || v?.kind === 'number') {
      this.pos++;
      return { kind: v.kind, text: sign + v.text };
    }
    throw new TextFormatError('expected a value', this.line());
  }
}

/** Parses a whole text-format message. Throws TextFormatError with the line of the problem. */
export function parseTextFormat(latin1: string): TextMessage {
  const toks = tokenizeText(latin1);
  return new TextParser(toks).message(undefined, 0);
}

/** Field values by name, in order (repeated fields and list syntax alike). */
export function fieldsNamed(m: TextMessage, name: string): (TextMessage | TextScalar)[] {
  return m.fields.filter((f) => f.name === name).map((f) => f.value);
}

export const isMessage = (v: TextMessage | TextScalar | undefined): v is TextMessage =>
  v !== undefined && 'fields' in v;

/** The UTF-8 text of a string scalar (protobuf `string` fields hold UTF-8 bytes). */
export function scalarText(v: TextMessage | TextScalar | undefined): string | undefined {
  if (!v || isMessage(v)) return undefined;
  return v.kind === 'string' ? Buffer.from(v.text, 'latin1').toString('utf8') : v.text;
}
