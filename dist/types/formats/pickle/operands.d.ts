/**
 * Protocol 0 text operands, read the way CPython reads them. Two unpicklers matter and they differ:
 *
 * - `_pickle.c` (what `pickle.load`, `torch.load` and `numpy.load` run) works on the NUL-terminated C
 *   string of the line: INT tries `strtol(s, &end, 0)` first (so `010` is octal 8 and ` 1` is True),
 *   then `PyLong_FromString(s, NULL, 0)`; LONG drops one trailing `L` and calls `PyLong_FromString`;
 *   GET/PUT call `PyLong_FromString(s, NULL, 10)`; FLOAT calls `PyOS_string_to_double` and accepts
 *   only `\n` or NUL after the number (no whitespace, no underscores, overflow is an error). Anything
 *   after a NUL byte is never looked at.
 * - `Lib/pickle.py` (`pickle._Unpickler`, which joblib's NumpyUnpickler subclasses) calls `int(data, 0)`,
 *   `int(data)` and `float(data)` on the bytes: whitespace around, underscores between digits, no NUL.
 *
 * The walker accepts an operand when either reader does (it must keep walking wherever a loader keeps
 * running). Python's 4,300-digit `int()` limit (3.11+, switchable off) is not applied: older Pythons and
 * `PYTHONINTMAXSTRDIGITS=0` accept any length. Numbers longer than `MAX_DIGITS` are validated but not
 * converted: no decision needs their value.
 */
export interface IntText {
    /** The value, or null when the text is valid but longer than `MAX_DIGITS`. */
    value: bigint | null;
    /** INT's `00`/`01` (and the C reader's 3-byte lines that parse to 0 or 1). */
    bool?: boolean;
}
/** Python's `int(text, 0)` on bytes (surrounding whitespace allowed), or undefined when it raises. */
export declare function pyIntBase0(text: string): bigint | null | undefined;
/** Python's `int(text)` (base 10, leading zeros allowed), or undefined when it raises. */
export declare function pyIntBase10(text: string): bigint | null | undefined;
/** INT's argument line (without its newline): either reader's value, or undefined when both raise. */
export declare function parseIntOperand(line: string): IntText | undefined;
/**
 * LONG's argument line: one trailing `L` is dropped, then int(x, 0). Without a NUL both readers agree;
 * with one, only _pickle.c accepts it, reading the C string before the NUL.
 */
export declare function parseLongOperand(line: string): IntText | undefined;
/** GET/PUT's argument line: int(x) in base 10 (_pickle.c stops at a NUL, Lib/pickle.py raises on it). */
export declare function parseMemoKey(line: string): bigint | null | undefined;
/** FLOAT's argument line: true when `PyOS_string_to_double` (_pickle.c) or Python's `float()` accepts it. */
export declare function isFloatOperand(line: string): boolean;
/** Decodes a protocol 0 STRING argument (a Python repr: quotes and backslash escapes). */
export declare function decodeReprString(raw: string): string | null;
/** Decodes a protocol 0 UNICODE argument (raw-unicode-escape). */
export declare function decodeRawUnicodeEscape(raw: Buffer): string;
/** Two's-complement little-endian integer (LONG1/LONG4 payloads). */
export declare function decodeLong(bytes: Buffer): bigint;
