/**
 * package.json and notebooks read with the project's JSON reader (core/json.ts); a text the reader
 * (Python's json semantics) cannot read becomes one pin/unparseable hit, and the part read before
 * the error is still checked.
 */
import { type JsonValue, readJson } from '../core/json.ts';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

/**
 * Reads `text`; a syntax error becomes a pin/unparseable hit saying `consequence`. With
 * `jsOnly` (package.json, read by npm with JSON.parse) NaN and Infinity are errors too.
 */
export function parseJsonReporting(
  text: string,
  sink: HitSink,
  what: string,
  consequence: string,
  jsOnly = false,
): JsonValue | undefined {
  const r = readJson(text);
  const bad = r.error ?? (jsOnly ? r.nonStandard.find((x) => x.kind === 'non-finite') : undefined);
  if (bad) {
    sink({
      rule: UNPARSEABLE,
      offset: bad.offset,
      text: text.slice(bad.offset, bad.offset + 40),
      message: `${what} is not valid JSON (${bad.message}); ${consequence}`,
    });
  }
  return r.value;
}
