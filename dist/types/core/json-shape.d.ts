import { BaseError } from './errors.ts';
export type DocumentErrorCode = 'INVALID_JSON' | 'INVALID_SHAPE';
export declare class DocumentError extends BaseError<DocumentErrorCode> {
    /** Where in the document (`predicate.resources[2].digest`); '' for the whole document. */
    readonly at: string;
    constructor(code: DocumentErrorCode, at: string, message: string);
}
/** Checks `value` found at `at` and returns it typed; throws DocumentError otherwise. */
export type Shape<T> = (value: unknown, at: string) => T;
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;
export declare const string: Shape<string>;
export declare const boolean: Shape<boolean>;
/** A string matching `pattern` (described as `what` in the error). */
export declare function matching(pattern: RegExp, what: string): Shape<string>;
/** A whole number from `min` (default 0) to Number.MAX_SAFE_INTEGER. */
export declare function wholeNumber(min?: number): Shape<number>;
export declare function literal<const T extends string>(expected: T): Shape<T>;
export declare function optional<T>(shape: Shape<T>): Shape<T | undefined>;
/** A list of items of one shape, at most `max` long (a cap before anything is allocated per item). */
export declare function listOf<T>(item: Shape<T>, options?: {
    min?: number;
    max?: number;
}): Shape<T[]>;
export declare const isPlainObject: (v: unknown) => v is Record<string, unknown>;
/** Any JSON object, fields unchecked. */
export declare const anyObject: Shape<Record<string, unknown>>;
type Fields = Record<string, Shape<unknown>>;
type Checked<F extends Fields> = {
    [K in keyof F]: ShapeOf<F[K]>;
};
/** An object with these fields (other fields are allowed and kept out of the result). */
export declare function object<F extends Fields>(fields: F): Shape<Checked<F>>;
/**
 * Reads one of our own documents (lock, manifest, bundle, trusted root) with the project's JSON
 * reader; a syntax error or a NaN/Infinity (which Go's and strict readers refuse) is a DocumentError
 * INVALID_JSON with our own one-line text.
 */
export declare function parseJson(text: string | Uint8Array): unknown;
/** Parses JSON text and checks it against `shape`. */
export declare function readDocument<T>(text: string | Uint8Array, shape: Shape<T>): T;
export {};
