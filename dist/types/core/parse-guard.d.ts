import { BaseError } from './errors.ts';
export type ParseFailureReason = 'too-large' | 'too-deep' | 'too-costly' | 'stack-overflow' | 'internal-error';
/** Thrown by a parse step that stops itself at its work bound (see pins/python.ts). */
export declare class ParseBudgetError extends BaseError<'PARSE_BUDGET'> {
    constructor(message: string);
}
export interface ParseFailure {
    reason: ParseFailureReason;
    /** Where in the text the problem was found (0 when it cannot be placed). */
    offset: number;
    /** One line, ours. */
    message: string;
}
export type Guarded<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    failure: ParseFailure;
};
/** Offset where nesting first goes deeper than `limit`, or -1. Linear in the text, no allocation per level. */
export type NestingScan = (text: string, limit: number) => number;
export interface GuardOptions {
    /** What is parsed, for messages: `YAML`, `TOML`, `Python`, `Jinja template`. */
    what: string;
    nesting?: NestingScan;
    /** Deepest nesting accepted (default: DEFAULT_DEPTH[what] or 64). */
    maxDepth?: number;
    /** Longest text accepted, in UTF-16 code units (default 8 Mi). */
    maxLength?: number;
}
export declare const DEFAULT_MAX_LENGTH: number;
/**
 * The `yaml` library keeps about 0.8 MiB per KiB of input while composing (23,000 flow maps in 334 KB
 * took 220 MiB, valid or not): YAML longer than this is refused before parsing so a scan stays under
 * 300 MiB. Real configs (Hydra/NeMo, workflows, conda, compose files) are a few KiB to a few dozen.
 */
export declare const YAML_MAX_LENGTH: number;
/**
 * Nesting limits. Python: CPython refuses more than 200 nested brackets (tokenizer MAXLEVEL: "too
 * many nested parentheses") and expressions nested more than about 3,000 operations deep
 * (`f()()()…`, `a+a+…`, `not not …`: "RecursionError: maximum recursion depth exceeded during
 * compilation", measured on CPython 3.11: 2,992 compiles, 2,993 does not); code past either limit
 * never runs. Real YAML, TOML and JSON configs nest a few levels.
 */
export declare const DEPTH_LIMITS: {
    readonly python: 200;
    readonly pythonExpression: 3000;
    readonly yaml: 64;
    readonly toml: 64;
    readonly json: 512;
};
/** Runs `parse(text)` behind the pre-checks and a catch-all. */
export declare function guardParse<T>(text: string, parse: (text: string) => T, options: GuardOptions): Guarded<T>;
/** Runs `step` and turns anything it throws into a ParseFailure with our own message. */
export declare function guardRun<T>(step: () => T, what: string): Guarded<T>;
/**
 * Runs a synchronous library step with no stack traces captured: `yaml` makes an Error per problem it
 * finds (50,000 of them for 100 KB of broken YAML: 0.7 s and most of 270 MiB went into their stacks),
 * and no library message or stack is ever shown. Nothing else runs meanwhile.
 */
export declare function withoutStackTraces<T>(step: () => T): T;
/** The async form of guardRun. */
export declare function guardRunAsync<T>(step: () => Promise<T>, what: string): Promise<Guarded<T>>;
/** Classifies a thrown value without repeating its text. */
export declare function failureOf(err: unknown, what: string): ParseFailure;
/** YAML flow collections, counted from the `yaml` package's own lexer (iterative, linear). */
declare function yamlFlowNesting(text: string, limit: number): number;
/** Nesting pre-checks by language. */
export declare const NESTING: {
    python: (text: string, limit: number) => number;
    /** Brackets only (to say which Python limit was passed). */
    pythonBrackets: (text: string, limit: number) => number;
    toml: (text: string, limit: number) => number;
    json: (text: string, limit: number) => number;
    yaml: typeof yamlFlowNesting;
};
/**
 * Strings longer than `max` characters in TOML text, as [start, end) spans including the quotes.
 * toml-eslint-parser builds each string value with `String.fromCodePoint(...codePoints)`, which
 * overflows the stack past about 200,000 characters; the caller blanks these before parsing.
 */
export declare function tomlLongStrings(text: string, max: number): [number, number][];
export {};
