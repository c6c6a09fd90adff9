/** The one pin/unparseable hit for a file a parser could not read (a guard failure or a syntax error). */
import type { ParseFailure } from '../core/parse-guard.ts';
import type { HitSink } from './hits.ts';
import { UNPARSEABLE } from './rules.ts';

/** `what: <our message>; consequence`, at the failure's offset. */
export function reportFailure(
  hit: HitSink,
  text: string,
  failure: ParseFailure,
  what: string,
  consequence: string,
): void {
  hit({
    rule: UNPARSEABLE,
    offset: failure.offset,
    text: text.slice(failure.offset, failure.offset + 40),
    message: `${what}: ${failure.message}; ${consequence}`,
    evidence: { reason: failure.reason },
  });
}

/** `what is not valid LANGUAGE (the parser's description of the mistake); consequence`. */
export function reportSyntax(
  hit: HitSink,
  text: string,
  at: { offset: number; message: string },
  language: string,
  what: string,
  consequence: string,
): void {
  hit({
    rule: UNPARSEABLE,
    offset: at.offset,
    text: text.slice(at.offset, at.offset + 40),
    message: `${what} is not valid ${language} (${at.message}); ${consequence}`,
  });
}
