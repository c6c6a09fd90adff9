/** The one pin/unparseable hit for a file a parser could not read (a guard failure or a syntax error). */
import type { ParseFailure } from '../core/parse-guard.ts';
import type { HitSink } from './hits.ts';
/** `what: <our message>; consequence`, at the failure's offset. */
export declare function reportFailure(hit: HitSink, text: string, failure: ParseFailure, what: string, consequence: string): void;
/** `what is not valid LANGUAGE (the parser's description of the mistake); consequence`. */
export declare function reportSyntax(hit: HitSink, text: string, at: {
    offset: number;
    message: string;
}, language: string, what: string, consequence: string): void;
