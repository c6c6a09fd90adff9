/**
 * The one JSON reader for scanned files (model configs, tokenizer configs, safetensors headers,
 * shard indexes, package.json, notebooks).
 *
 * It reads the way CPython's `json` module reads (Lib/json/decoder.py and Modules/_json.c, the
 * reader transformers, tokenizers' Python side and llama-cpp-python use): `NaN`, `Infinity` and
 * `-Infinity` are values, `\ud800` escapes give lone surrogates, the last of two equal keys wins
 * (both are kept here, in order, and the duplicate is reported), control characters inside strings
 * are errors (strict mode), and whitespace is space, tab, CR and LF only. Where RFC 8259 readers
 * (serde_json in the safetensors reference) are stricter, the difference is reported in
 * `nonStandard` instead of refusing the text, so each caller applies its loader's rule and nothing
 * Python would read is hidden. Where Python itself gives up on text this reader can still read
 * (recursion depth, the 4300-digit int limit, a UTF-8 BOM in a str) that is in `pythonRejects`.
 *
 * Why our own: `JSON.parse` rejects NaN, keeps the last duplicate silently, rounds big integers,
 * gives no offsets and throws on the first error; jsonc-parser's ESM build cannot be bundled. This
 * reader is iterative (an explicit stack, no recursion limit: 100,000 levels cost memory linear in
 * the input), keeps every node's offset, keeps numbers as their source text, keeps the tree read
 * before a syntax error, and never throws.
 */
export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;
interface Span {
    /** Offset of the first character of the value (UTF-16 units of the text, or bytes for `readJsonBytes`). */
    offset: number;
    /** Offset just past the value. */
    end: number;
}
export interface JsonEntry {
    key: string;
    /** Offset of the key's opening quote. */
    offset: number;
    value: JsonValue;
}
export interface JsonObject extends Span {
    t: 'object';
    /** Entries in source order, duplicates included (Python keeps the last one's value). */
    entries: JsonEntry[];
}
export interface JsonArray extends Span {
    t: 'array';
    items: JsonValue[];
}
export interface JsonString extends Span {
    t: 'string';
    value: string;
}
export interface JsonNumber extends Span {
    t: 'number';
    /** As written: `12`, `-0.5`, `1e3`, or `NaN`, `Infinity`, `-Infinity`. */
    raw: string;
}
export interface JsonLiteral extends Span {
    t: 'true' | 'false' | 'null';
}
export interface JsonDuplicate {
    key: string;
    /** Offset of the later occurrence. */
    offset: number;
    /** Dotted path of the object holding it (`''` for the top level, `a.b[2]`). */
    where: string;
}
export interface JsonIssue {
    kind: 'syntax' | 'invalid-utf8' | 'non-finite' | 'lone-surrogate' | 'deep' | 'recursion' | 'int-digits' | 'bom';
    message: string;
    offset: number;
}
export interface JsonRead {
    /** The value; after a syntax error, what was read before it (containers closed there). */
    value?: JsonValue;
    /** The first syntax error: Python's json raises JSONDecodeError here. */
    error?: JsonIssue;
    duplicates: JsonDuplicate[];
    /** Read by Python's json but rejected by RFC 8259 readers (serde_json): NaN/Infinity, lone surrogates, depth > 128. */
    nonStandard: JsonIssue[];
    /** Read here, but Python's json raises on it: RecursionError, the int digit limit, a BOM in a str. */
    pythonRejects: JsonIssue[];
    /** Deepest nesting of arrays and objects. */
    depth: number;
}
/** serde_json's default recursion limit (safetensors headers): deeper is an error there. */
export declare const SERDE_MAX_DEPTH = 128;
/**
 * Nesting at which CPython's C scanner raises RecursionError: it enters one recursion level per
 * array or object against sys.getrecursionlimit() (1000), less the frames of its caller, so 990
 * levels read from a bare script and fewer from inside transformers.
 */
export declare const PYTHON_MAX_DEPTH = 990;
/** CPython >= 3.11 refuses int literals longer than this (sys.get_int_max_str_digits()). */
export declare const PYTHON_INT_MAX_DIGITS = 4300;
/** Reads `text` as Python's `json.loads(text)` does; offsets are UTF-16 units of `text`. Never throws. */
export declare function readJson(text: string): JsonRead;
/**
 * Reads UTF-8 bytes (what `open(path, encoding='utf-8')` then `json.load` sees, and what serde's
 * `from_slice` sees); offsets are byte offsets. Invalid UTF-8 is an error at its byte, and the rest
 * is still read with replacement characters so nothing readable is hidden.
 *
 * The structure of JSON is ASCII, so the bytes are scanned as latin1 (one character per byte, so
 * offsets are byte offsets) and only string contents are decoded as UTF-8.
 */
export declare function readJsonBytes(bytes: Uint8Array): JsonRead;
/** The value of the last entry named `key` (what Python's json and serde maps keep). */
export declare function jsonGet(obj: JsonObject, key: string): JsonValue | undefined;
/** A non-negative integer written without fraction or exponent, as a BigInt; undefined otherwise. */
export declare function jsonUint(v: JsonValue | undefined): bigint | undefined;
/** Converts to a plain JS value as Python would see it (last duplicate wins, NaN/Infinity as numbers). */
export declare function toPlain(root: JsonValue): unknown;
/** Every value of the tree, parents before children (iterative: any depth). */
export declare function jsonNodes(root: JsonValue): Generator<JsonValue>;
export {};
