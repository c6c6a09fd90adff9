/**
 * Config text as Python's json module reads it (Keras and Hydra configs are read with it): bytes decoded
 * as json.loads(bytes) decodes them, and a plain value with Python's semantics (core/json.ts).
 */
import { readJson, toPlain } from './json.ts';
import { DocumentError } from './json-shape.ts';

/**
 * Reads a config as Python's json.loads does (Keras, Hydra: NaN and Infinity are numbers, the last duplicate
 * key wins); throws a one-line error of our own on a syntax error. Nesting past Python's recursion
 * limit is still read, so the config checks see it (and report its depth) instead of skipping it.
 */
export function parsePythonJson(text: string): unknown {
  const r = readJson(text);
  if (r.error || !r.value) throw new DocumentError('INVALID_JSON', '', r.error?.message ?? 'empty document');
  return toPlain(r.value);
}

/**
 * Decodes config bytes the way Python's json.loads(bytes) does: UTF-8 (with or without BOM),
 * UTF-16 and UTF-32 detected from the first bytes.
 */
export function decodeJsonBytes(b: Buffer): string {
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
    return utf32(b.subarray(4), false);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
    return utf32(b.subarray(4), true);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return swap16(b.subarray(2)).toString('utf16le');
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  if (b.length >= 4) {
    if (b[0] === 0 && b[1] === 0 && b[2] === 0) return utf32(b, false);
    if (b[1] === 0 && b[2] === 0 && b[3] === 0) return utf32(b, true);
    if (b[0] === 0) return swap16(b).toString('utf16le');
    if (b[1] === 0) return b.toString('utf16le');
  }
  return b.toString('utf8');
}

function swap16(b: Buffer): Buffer {
  const c = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  return c.swap16();
}

function utf32(b: Buffer, le: boolean): string {
  let out = '';
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = le ? b.readUInt32LE(i) : b.readUInt32BE(i);
    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
  }
  return out;
}
