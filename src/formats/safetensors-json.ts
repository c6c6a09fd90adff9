/**
 * A strict JSON reader for model metadata (safetensors headers, shard indexes, tokenizer configs).
 *
 * Why our own: `JSON.parse` silently keeps the last of two equal keys, turns 2^64 into a rounded
 * double and accepts lone UTF-16 surrogates. Loaders disagree on all three (serde_json in the
 * safetensors reference, Python's json, C++ readers), and a header that two parsers read
 * differently is how a hostile file shows one thing to a scanner and another to a loader. This
 * reader keeps every key in order, reports duplicates with their byte offset, keeps numbers as
 * their source text (callers convert with BigInt) and rejects what RFC 8259 rejects.
 */

export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

export interface JsonObject {
  t: 'object';
  /** Entries in source order, duplicates included. */
  entries: Array<{ key: string; value: JsonValue; offset: number }>;
  offset: number;
}
export interface JsonArray {
  t: 'array';
  items: JsonValue[];
  offset: number;
}
export interface JsonString {
  t: 'string';
  value: string;
  offset: number;
}
export interface JsonNumber {
  t: 'number';
  /** The number as written (`12`, `-0.5`, `1e3`). */
  raw: string;
  offset: number;
}
export interface JsonLiteral {
  t: 'true' | 'false' | 'null';
  offset: number;
}

export interface DuplicateKey {
  key: string;
  /** Byte offset of the second occurrence. */
  offset: number;
  /** Dotted path of the object holding it (`''` for the top level). */
  where: string;
}

export interface JsonParseResult {
  value?: JsonValue;
  /** Set when the text is not JSON; `offset` is the byte where it went wrong. */
  error?: { message: string; offset: number };
  duplicates: DuplicateKey[];
}

export const MAX_JSON_DEPTH = 128;

class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses UTF-8 JSON bytes. Never throws: syntax problems come back in `error`. */
export function parseStrictJson(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): JsonParseResult {
  const duplicates: DuplicateKey[] = [];
  let i = 0;
  const n = bytes.length;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** Keys of the enclosing objects (array items push their index), joined only to name a duplicate. */
  const path: string[] = [];

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWs = () => {
    for (;;) {
      const b = bytes[i];
      if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return;
      i++;
    }
  };
  const expectWord = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (bytes[i + k] !== word.charCodeAt(k)) fail(`invalid literal, expected ${word}`);
    }
    i += word.length;
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    // Fast path: plain ASCII with no escape, the usual tensor name or dtype.
    let k = i;
    while (k < n) {
      const b = bytes[k]!;
      if (b === 0x22 || b === 0x5c || b < 0x20 || b >= 0x80) break;
      k++;
    }
    if (k < n && bytes[k] === 0x22) {
      const text = buf.toString('latin1', i, k);
      i = k + 1;
      return text;
    }
    let out = '';
    let runStart = i;
    const flush = (end: number) => {
      if (end > runStart) {
        try {
          out += utf8.decode(bytes.subarray(runStart, end));
        } catch {
          fail('invalid UTF-8 in string', runStart);
        }
      }
    };
    for (;;) {
      if (i >= n) fail('unterminated string', start);
      const b = bytes[i]!;
      if (b === 0x22) {
        flush(i);
        i++;
        return out;
      }
      if (b < 0x20) fail('control character in string');
      if (b !== 0x5c) {
        i++;
        continue;
      }
      flush(i);
      const esc = bytes[i + 1];
      i += 2;
      switch (esc) {
        case 0x22:
          out += '"';
          break;
        case 0x5c:
          out += '\\';
          break;
        case 0x2f:
          out += '/';
          break;
        case 0x62:
          out += '\b';
          break;
        case 0x66:
          out += '\f';
          break;
        case 0x6e:
          out += '\n';
          break;
        case 0x72:
          out += '\r';
          break;
        case 0x74:
          out += '\t';
          break;
        case 0x75: {
          const unit = readHex4(i - 2);
          if (unit >= 0xd800 && unit <= 0xdbff) {
            // A high surrogate must be followed by an escaped low surrogate (serde_json rejects lone ones).
            if (bytes[i] !== 0x5c || bytes[i + 1] !== 0x75) fail('lone surrogate in \\u escape', i - 6);
            i += 2;
            const low = readHex4(i - 2);
            if (low < 0xdc00 || low > 0xdfff) fail('lone surrogate in \\u escape', i - 6);
            out += String.fromCharCode(unit, low);
          } else if (unit >= 0xdc00 && unit <= 0xdfff) {
            fail('lone surrogate in \\u escape', i - 6);
          } else {
            out += String.fromCharCode(unit);
          }
          break;
        }
        default:
          fail('invalid escape in string', i - 2);
      }
      runStart = i;
    }
  };
  const readHex4 = (escAt: number): number => {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = bytes[i + k];
      const d =
        c === undefined
          ? -1
          : c >= 0x30 && c <= 0x39
            ? c - 0x30
            : c >= 0x61 && c <= 0x66
              ? c - 0x57
              : c >= 0x41 && c <= 0x46
                ? c - 0x37
                : -1;
      if (d < 0) fail('invalid \\u escape', escAt);
      v = v * 16 + d;
    }
    i += 4;
    return v;
  };

  const parseNumber = (): JsonNumber => {
    const start = i;
    if (bytes[i] === 0x2d) i++;
    const digits = () => {
      const s = i;
      while (i < n && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) i++;
      return i - s;
    };
    if (bytes[i] === 0x30) i++;
    else if (digits() === 0) fail('invalid number', start);
    if (bytes[i] === 0x2e) {
      i++;
      if (digits() === 0) fail('invalid number', start);
    }
    if (bytes[i] === 0x65 || bytes[i] === 0x45) {
      i++;
      if (bytes[i] === 0x2b || bytes[i] === 0x2d) i++;
      if (digits() === 0) fail('invalid number', start);
    }
    return { t: 'number', raw: buf.toString('latin1', start, i), offset: start };
  };

  const parseValue = (depth: number): JsonValue => {
    skipWs();
    if (i >= n) fail('unexpected end of input');
    const at = i;
    const b = bytes[i]!;
    if (b === 0x7b) {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`);
      i++;
      const obj: JsonObject = { t: 'object', entries: [], offset: at };
      // Small objects (tensor entries) are searched linearly; big ones get a Set.
      let seen: Set<string> | undefined;
      skipWs();
      if (bytes[i] === 0x7d) {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (bytes[i] !== 0x22) fail('expected a string key');
        const keyAt = i;
        const key = parseString();
        skipWs();
        if (bytes[i] !== 0x3a) fail("expected ':' after key");
        i++;
        path.push(key);
        const value = parseValue(depth + 1);
        path.pop();
        let dup: boolean;
        if (seen) dup = seen.has(key);
        else {
          dup = obj.entries.some((e) => e.key === key);
          if (obj.entries.length >= 16) seen = new Set(obj.entries.map((e) => e.key));
        }
        if (dup) duplicates.push({ key, offset: keyAt, where: path.join('.').replaceAll('.[', '[') });
        seen?.add(key);
        obj.entries.push({ key, value, offset: keyAt });
        skipWs();
        if (bytes[i] === 0x2c) {
          i++;
          continue;
        }
        if (bytes[i] === 0x7d) {
          i++;
          return obj;
        }
        fail("expected ',' or '}' in object");
      }
    }
    if (b === 0x5b) {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth}`);
      i++;
      const arr: JsonArray = { t: 'array', items: [], offset: at };
      skipWs();
      if (bytes[i] === 0x5d) {
        i++;
        return arr;
      }
      for (;;) {
        path.push(`[${arr.items.length}]`);
        arr.items.push(parseValue(depth + 1));
        path.pop();
        skipWs();
        if (bytes[i] === 0x2c) {
          i++;
          continue;
        }
        if (bytes[i] === 0x5d) {
          i++;
          return arr;
        }
        fail("expected ',' or ']' in array");
      }
    }
    if (b === 0x22) return { t: 'string', value: parseString(), offset: at };
    if (b === 0x74) {
      expectWord('true');
      return { t: 'true', offset: at };
    }
    if (b === 0x66) {
      expectWord('false');
      return { t: 'false', offset: at };
    }
    if (b === 0x6e) {
      expectWord('null');
      return { t: 'null', offset: at };
    }
    if (b === 0x2d || (b >= 0x30 && b <= 0x39)) return parseNumber();
    return fail(`unexpected character 0x${b.toString(16).padStart(2, '0')}`);
  };

  try {
    const value = parseValue(0);
    skipWs();
    if (i < n) fail('trailing content after the JSON value');
    return { value, duplicates };
  } catch (err) {
    if (err instanceof JsonSyntaxError)
      return { error: { message: err.message, offset: err.offset }, duplicates };
    throw err;
  }
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

/** Converts to a plain JS value (last duplicate wins); numbers become JS numbers. For display and light checks. */
export function toPlain(v: JsonValue): unknown {
  switch (v.t) {
    case 'object': {
      const o: Record<string, unknown> = Object.create(null);
      for (const e of v.entries) o[e.key] = toPlain(e.value);
      return o;
    }
    case 'array':
      return v.items.map(toPlain);
    case 'string':
      return v.value;
    case 'number':
      return Number(v.raw);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      return null;
  }
}
