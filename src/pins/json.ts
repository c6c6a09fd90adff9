/** JSON with positions (jsonc-parser: tolerant, reports errors with offsets, never throws). */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

/** Parses `text`; the first syntax error becomes a pin/unparseable hit saying `consequence`. */
export function parseJsonReporting(
  text: string,
  sink: HitSink,
  what: string,
  consequence: string,
): Node | undefined {
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
