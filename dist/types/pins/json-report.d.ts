/**
 * package.json and notebooks read with the project's JSON reader (core/json.ts); a text the reader
 * (Python's json semantics) cannot read becomes one pin/unparseable hit, and the part read before
 * the error is still checked.
 */
import { type JsonValue } from '../core/json.ts';
import type { HitSink } from './hits.ts';
/**
 * Reads `text`; a syntax error becomes a pin/unparseable hit saying `consequence`. With
 * `jsOnly` (package.json, read by npm with JSON.parse) NaN and Infinity are errors too.
 */
export declare function parseJsonReporting(text: string, sink: HitSink, what: string, consequence: string, jsOnly?: boolean): JsonValue | undefined;
