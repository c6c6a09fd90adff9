/**
 * The one error family: every error modelvet throws is a `BaseError<Code>` with a typed `code` that
 * callers and tests match on (never the message text) and an optional `cause`, the pattern of
 * sigstore-js (packages/verify/src/error.ts). Each part declares its own codes and subclass (PickleError,
 * ProtoError, OmsError, ...); ModelvetError carries the codes the CLI and library callers see.
 */
export declare class BaseError<Code extends string> extends Error {
    readonly code: Code;
    constructor(code: Code, message: string, options?: {
        cause?: unknown;
    });
}
export type ErrorCode = 'USAGE' | 'NOT_FOUND' | 'UNREADABLE' | 'CHANGED_WHILE_READING' | 'READ_OUT_OF_BOUNDS' | 'READ_TOO_LARGE' | 'NOT_A_REGULAR_FILE' | 'REMOTE_NOT_FOUND' | 'REMOTE_AUTH' | 'REMOTE_RATE_LIMITED' | 'REMOTE_UNREACHABLE' | 'REMOTE_BAD_RESPONSE'
/** `merge`: a partial result that cannot be combined (other inputs, a slice missing or twice, not a partial). */
 | 'PARTIAL_REFUSED'
/** A digest cache file that is not exactly a cache (it is ignored and replaced). */
 | 'CORRUPT_CACHE' | 'INTERNAL';
export declare class ModelvetError extends BaseError<ErrorCode> {
    /** The file the error is about, when there is one. */
    readonly path?: string;
    constructor(code: ErrorCode, message: string, options?: {
        path?: string;
        cause?: unknown;
    });
}
/**
 * The engine's own stack overflow (a RangeError with no code): the one error recognised by its text,
 * since JavaScript gives it nothing else to match on.
 */
export declare function isStackOverflow(err: unknown): boolean;
/** One line, naming the file, from any error (node errors carry `code` and `path`). */
export declare function describeError(err: unknown, path?: string): string;
