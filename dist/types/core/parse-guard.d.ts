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
    /** Deepest nesting accepted (default: DEFAULT_MAX_DEPTH, parse-limits.ts). */
    maxDepth?: number;
    /** Longest text accepted, in UTF-16 code units (default: DEFAULT_MAX_LENGTH, parse-limits.ts). */
    maxLength?: number;
}
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
