/**
 * The state of one template analysis, passed to every step (no module-level state): the reporter,
 * the work budget, namespace ids and the macro memo.
 */
import type { Report } from './access.ts';
import type { Val } from './value.ts';
import { BaseError } from '../../core/errors.ts';
export type Node = any;
export interface Run {
    report: Report;
    /** Evaluation steps left; a template that needs more is reported, never passed. */
    steps: number;
    /** Expression nesting of the current evaluation. */
    depth: number;
    nextNamespace: number;
    /** Output (and namespace writes) of a macro for one set of argument values (key: name and signature). */
    macroMemo: Map<string, {
        out: Val;
        writes: Map<string, Val>;
    }>;
    /** Macros being evaluated (recursion gets an unknown result instead of another level). */
    macroStack: Set<string>;
    /** Macro bodies evaluated so far; past the cap every call is evaluated with unknown arguments. */
    macroRuns: number;
}
/** Evaluation work per template: real chat templates need a few thousand steps. */
export declare const MAX_STEPS = 400000;
/** Deepest expression nesting walked (the parser already bounds it in practice). */
export declare const MAX_DEPTH = 400;
export declare const MAX_MACRO_RUNS = 400;
/** Loop bodies over literal lists are run once per item up to this many items. */
export declare const MAX_UNROLL = 64;
export declare class TooComplex extends BaseError<'TEMPLATE_TOO_COMPLEX'> {
    readonly why: string;
    constructor(why: string);
}
export declare function newRun(report: Report): Run;
export declare function tick(run: Run): void;
/** Context of an expression: inside a lookup key, literal strings are names, not dunder strings. */
export interface Ctx {
    inName?: boolean;
}
