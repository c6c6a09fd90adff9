/** JSON with positions (jsonc-parser: tolerant, reports errors with offsets, never throws). */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

/** Deepest nesting jsonc-parser is given: its tree builder recurses, and real files nest a few levels. */
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

/** Parses `text`; the first syntax error becomes a pin/unparseable hit saying `consequence`. */
export function parseJsonReporting(
  text: string,
  sink: HitSink,
  what: string,
  consequence: string,
): Node | undefined {
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
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const e = errors[0];
  if (e) {
    sink({
      rule: UNPARSEABLE,
      offset: e.offset,
      text: text.slice(e.offset, e.offset + 40),
      message: `${what} is not valid JSON (${printParseErrorCode(e.error)}); ${consequence}`,
    });
  }
  return root;
}

/** The value node of `key` in an object node. */
export function jsonProp(obj: Node, key: string): Node | undefined {
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}
