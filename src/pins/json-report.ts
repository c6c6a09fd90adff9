/**
 * package.json and notebooks read with the project's JSON reader (core/json.ts); a text the reader
 * (Python's json semantics) cannot read becomes one pin/unparseable hit, and the part read before
 * the error is still checked.
 */
import { type JsonValue, PYTHON_MAX_DEPTH, readJson } from '../core/json.ts';
import { NESTING } from '../core/parse-guard.ts';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

const MAX_PIN_JSON_DEPTH = 10_000;

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
  // Deeper than any reader these files meet (Python's json stops near 990 levels, Go's at 10,000):
  // nothing there is read by a loader, and building it would cost memory per level.
  const deep = NESTING.json(text, MAX_PIN_JSON_DEPTH);
  if (deep >= 0) {
    sink({
      rule: UNPARSEABLE,
      offset: deep,
      text: text.slice(deep, deep + 40),
      message: `${what} nests deeper than ${MAX_PIN_JSON_DEPTH} levels (Python's json reads ${PYTHON_MAX_DEPTH}); ${consequence}`,
    });
    return undefined;
  }
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
