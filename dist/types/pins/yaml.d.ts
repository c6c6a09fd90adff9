/**
 * YAML for the pin checkers (workflows, conda environments, compose files), read with the `yaml`
 * package behind the parse guard: nesting past the limit, or anything the library throws, becomes
 * one pin/unparseable hit for this file with our own message; YAML syntax errors are reported with
 * the library's description of the syntax problem (that text names the mistake, it is not a crash).
 */
import { type Document, type Scalar } from 'yaml';
import type { HitSink } from './hits.ts';
/** Parses `text`; reports a failure or the first syntax error as `what … ${consequence}`. Undefined when nothing can be read. */
export declare function readYaml(text: string, hit: HitSink, what: string, consequence: string): Document | undefined;
/** Offset of a scalar's value (after the opening quote). */
export declare function scalarOffset(node: Scalar): number;
