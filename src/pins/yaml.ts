/**
 * YAML for the pin checkers (workflows, conda environments, compose files), read with the `yaml`
 * package behind the parse guard: nesting past the limit, or anything the library throws, becomes
 * one pin/unparseable hit for this file with our own message; YAML syntax errors are reported with
 * the library's description of the syntax problem (that text names the mistake, it is not a crash).
 */
import { type Document, parseDocument, type Scalar } from 'yaml';
import { guardParse, NESTING } from '../core/parse-guard.ts';
import { DEPTH_LIMITS, LENGTH_LIMITS } from '../core/parse-limits.ts';
import type { HitSink } from './hits.ts';
import { reportFailure, reportSyntax } from './unparsed.ts';

/** Parses `text`; reports a failure or the first syntax error as `what … ${consequence}`. Undefined when nothing can be read. */
export function readYaml(
  text: string,
  hit: HitSink,
  what: string,
  consequence: string,
): Document | undefined {
  const parsed = guardParse(text, (t) => parseDocument(t, { uniqueKeys: false, prettyErrors: false }), {
    what: 'YAML',
    nesting: NESTING.yaml,
    maxDepth: DEPTH_LIMITS.yaml,
    maxLength: LENGTH_LIMITS.pinYaml,
  });
  if (!parsed.ok) {
    reportFailure(hit, text, parsed.failure, what, consequence);
    return undefined;
  }
  const doc = parsed.value;
  const e = doc.errors[0];
  if (e)
    reportSyntax(
      hit,
      text,
      { offset: e.pos[0], message: e.message.split('\n')[0]! },
      'YAML',
      what,
      consequence,
    );
  return doc;
}

/** Offset of a scalar's value (after the opening quote). */
export function scalarOffset(node: Scalar): number {
  const start = node.range?.[0] ?? 0;
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? start + 1 : start;
}
