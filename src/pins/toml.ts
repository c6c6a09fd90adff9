/**
 * TOML for the pin checkers (pyproject.toml, Pipfile, PEP 723 script metadata), read with
 * toml-eslint-parser (TOML 1.0, maintained, gives every node's range) behind the parse guard.
 *
 * Two shapes break that library, so they are handled before it runs: nesting (its descent is
 * recursive; refused past the limit) and strings longer than MAX_STRING (it builds each value with
 * a spread of its code points, which overflows the stack near 200,000 characters). A long string is
 * blanked in place (same length, same line breaks, so every other offset stays right) and reported:
 * the rest of the file is still checked.
 */
import { type AST, parseTOML } from 'toml-eslint-parser';
import { guardParse, NESTING, tomlLongStrings } from '../core/parse-guard.ts';
import { DEPTH_LIMITS, LENGTH_LIMITS } from '../core/parse-limits.ts';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';
import { reportFailure, reportSyntax } from './unparsed.ts';

/** Longest string read as is. */
export const MAX_STRING = 65_536;

type TomlRead = { program: AST.TOMLProgram } | { syntax: { offset: number; message: string } };

function parseOrSyntaxError(text: string): TomlRead {
  try {
    return { program: parseTOML(text) };
  } catch (err) {
    // A syntax error names the mistake and where; anything else (a crash) goes to the guard.
    const e = err as { name?: string; index?: unknown; message?: unknown };
    if (e?.name === 'ParseError' && typeof e.index === 'number' && typeof e.message === 'string') {
      return { syntax: { offset: e.index, message: e.message.split('\n')[0]!.slice(0, 200) } };
    }
    throw err;
  }
}

function blankLongStrings(text: string, hit: HitSink, what: string): string {
  const spans = tomlLongStrings(text, MAX_STRING);
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [from, to] of spans) {
    const q = text[from]!;
    out += text.slice(last, from) + q + q + text.slice(from + 2, to).replace(/[^\n\r]/g, ' ');
    last = to;
    hit({
      rule: UNPARSEABLE,
      severity: 'low',
      offset: from,
      text: text.slice(from, from + 40),
      message: `${what}: a ${to - from}-character string was not read (longer than ${MAX_STRING}); if it names a dependency, that dependency was not checked`,
      evidence: { length: to - from },
    });
  }
  return out + text.slice(last);
}

/** Parses `text`; reports what could not be read as `what … ${consequence}`. Undefined when nothing can be read. */
export function readToml(
  text: string,
  hit: HitSink,
  what: string,
  consequence: string,
): AST.TOMLProgram | undefined {
  const prepared = blankLongStrings(text, hit, what);
  const parsed = guardParse(prepared, parseOrSyntaxError, {
    what: 'TOML',
    nesting: NESTING.toml,
    maxDepth: DEPTH_LIMITS.toml,
    maxLength: LENGTH_LIMITS.pinToml,
  });
  if (!parsed.ok) {
    reportFailure(hit, text, parsed.failure, what, consequence);
    return undefined;
  }
  if ('syntax' in parsed.value) {
    reportSyntax(hit, text, parsed.value.syntax, 'TOML', what, consequence);
    return undefined;
  }
  return parsed.value.program;
}
