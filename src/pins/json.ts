/**
 * JSON with positions for package.json and notebooks.
 *
 * Our own small parser rather than jsonc-parser: that package ships a UMD main whose requires
 * esbuild cannot follow and an ESM build with extension-less imports that Node cannot load, so it
 * breaks the bundled CLI/Action. This one keeps every node's offset, keeps the tree built before a
 * syntax error (the error is reported, the rest is still checked), never throws, and refuses
 * nesting deeper than MAX_JSON_DEPTH before it starts (its descent is recursive).
 */
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

export interface JsonNode {
  type: 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';
  offset: number;
  length: number;
  /** Decoded value of a string, number, boolean or null. */
  value?: unknown;
  /** Object: properties; property: [key, value]; array: elements. */
  children?: JsonNode[];
}

export interface JsonError {
  offset: number;
  message: string;
}

/** Deepest nesting accepted: real package.json files and notebooks nest a few levels. */
export const MAX_JSON_DEPTH = 512;

/** Offset where nesting first exceeds `limit` (strings skipped), or -1. */
export function tooDeep(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

class Stop {
  readonly error: JsonError;
  constructor(error: JsonError) {
    this.error = error;
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses `text` into a tree with offsets. On a syntax error the tree built so far is returned with the error. */
export function parseJsonTree(text: string): { root?: JsonNode; error?: JsonError } {
  let pos = 0;
  const fail = (message: string): never => {
    throw new Stop({ offset: Math.min(pos, text.length), message });
  };
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      pos++;
    }
  };
  const string = (into: JsonNode[]): JsonNode => {
    const start = pos;
    let i = pos + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) i++;
    }
    if (i >= text.length) fail('unterminated string');
    const node: JsonNode = { type: 'string', offset: start, length: i + 1 - start };
    try {
      node.value = JSON.parse(text.slice(start, i + 1));
    } catch {
      pos = start;
      fail('invalid string (bad escape or control character)');
    }
    into.push(node);
    pos = i + 1;
    return node;
  };
  const value = (into: JsonNode[]): void => {
    ws();
    const c = text[pos];
    if (c === '{') {
      const node: JsonNode = { type: 'object', offset: pos, length: 1, children: [] };
      into.push(node);
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
      } else {
        for (;;) {
          ws();
          if (text[pos] !== '"') fail('property name expected');
          const prop: JsonNode = { type: 'property', offset: pos, length: 0, children: [] };
          node.children!.push(prop);
          string(prop.children!);
          ws();
          if (text[pos] !== ':') fail('colon expected');
          pos++;
          value(prop.children!);
          prop.length = pos - prop.offset;
          ws();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === '}') {
            pos++;
            break;
          }
          fail('comma or } expected');
        }
      }
      node.length = pos - node.offset;
    } else if (c === '[') {
      const node: JsonNode = { type: 'array', offset: pos, length: 1, children: [] };
      into.push(node);
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
      } else {
        for (;;) {
          value(node.children!);
          ws();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === ']') {
            pos++;
            break;
          }
          fail('comma or ] expected');
        }
      }
      node.length = pos - node.offset;
    } else if (c === '"') {
      string(into);
    } else if (
      text.startsWith('true', pos) ||
      text.startsWith('false', pos) ||
      text.startsWith('null', pos)
    ) {
      const word = text.startsWith('null', pos) ? 'null' : text.startsWith('true', pos) ? 'true' : 'false';
      into.push({
        type: word === 'null' ? 'null' : 'boolean',
        offset: pos,
        length: word.length,
        value: word === 'null' ? null : word === 'true',
      });
      pos += word.length;
    } else {
      NUMBER_RE.lastIndex = pos;
      const m = NUMBER_RE.exec(text);
      if (!m) fail(pos >= text.length ? 'unexpected end of file' : 'value expected');
      into.push({ type: 'number', offset: pos, length: m![0].length, value: Number(m![0]) });
      pos += m![0].length;
    }
  };
  const top: JsonNode[] = [];
  try {
    value(top);
    ws();
    if (pos < text.length) fail('end of file expected');
    return { root: top[0] };
  } catch (err) {
    if (err instanceof Stop) return { ...(top[0] ? { root: top[0] } : {}), error: err.error };
    throw err;
  }
}

/** Parses `text`; a syntax error (or too deep nesting) becomes a pin/unparseable hit saying `consequence`. */
export function parseJsonReporting(
  text: string,
  sink: HitSink,
  what: string,
  consequence: string,
): JsonNode | undefined {
  const deep = tooDeep(text);
  if (deep >= 0) {
    sink({
      rule: UNPARSEABLE,
      offset: deep,
      text: text.slice(deep, deep + 40),
      message: `${what} nests deeper than ${MAX_JSON_DEPTH} levels; not checked (${consequence})`,
    });
    return undefined;
  }
  const { root, error } = parseJsonTree(text);
  if (error) {
    sink({
      rule: UNPARSEABLE,
      offset: error.offset,
      text: text.slice(error.offset, error.offset + 40),
      message: `${what} is not valid JSON (${error.message}); ${consequence}`,
    });
  }
  return root;
}

/** The value node of `key` in an object node. */
export function jsonProp(obj: JsonNode, key: string): JsonNode | undefined {
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}
