/**
 * Reads a config as Python's json.loads does (Keras, Hydra: NaN and Infinity are numbers, the last duplicate
 * key wins); throws a one-line error of our own on a syntax error. Nesting past Python's recursion
 * limit is still read, so the config checks see it (and report its depth) instead of skipping it.
 */
export declare function parsePythonJson(text: string): unknown;
/**
 * Decodes config bytes the way Python's json.loads(bytes) does: UTF-8 (with or without BOM),
 * UTF-16 and UTF-32 detected from the first bytes.
 */
export declare function decodeJsonBytes(b: Buffer): string;
