/** Typed errors with stable codes, so callers and tests match on `code`, never on text. */
export type ErrorCode = 'USAGE' | 'NOT_FOUND' | 'UNREADABLE' | 'CHANGED_WHILE_READING' | 'READ_OUT_OF_BOUNDS' | 'READ_TOO_LARGE' | 'NOT_A_REGULAR_FILE' | 'REMOTE_NOT_FOUND' | 'REMOTE_AUTH' | 'REMOTE_RATE_LIMITED' | 'REMOTE_UNREACHABLE' | 'REMOTE_BAD_RESPONSE'
/** `merge`: a partial result that cannot be combined (other inputs, a slice missing or twice, not a partial). */
 | 'PARTIAL_REFUSED' | 'INTERNAL';
export declare class ModelvetError extends Error {
    readonly code: ErrorCode;
    /** The file the error is about, when there is one. */
    readonly path?: string;
    constructor(code: ErrorCode, message: string, options?: {
        path?: string;
        cause?: unknown;
    });
}
/** One line, naming the file, from any error (node errors carry `code` and `path`). */
export declare function describeError(err: unknown, path?: string): string;
