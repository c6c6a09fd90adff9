import { describe, expect, it } from 'vitest';
import { decodeJsonBytes, parsePythonJson } from '../../src/core/python-json.ts';

describe('python-json', () => {
  it('parses Python JSON (NaN, Infinity) and decodes UTF-16/32 like json.loads(bytes)', () => {
    expect({ ...(parsePythonJson('{"a": NaN, "b": "NaN", "c": -Infinity}') as object) }).toEqual({
      a: Number.NaN,
      b: 'NaN',
      c: Number.NEGATIVE_INFINITY,
    });
    const text = '{"class_name": "Lambda"}';
    expect(decodeJsonBytes(Buffer.from(`\ufeff${text}`, 'utf16le'))).toBe(text);
    expect(decodeJsonBytes(Buffer.from(text, 'utf16le'))).toBe(text);
    expect(decodeJsonBytes(Buffer.from(text, 'utf16le').swap16())).toBe(text);
    expect(decodeJsonBytes(Buffer.from(`\ufeff${text}`, 'utf8'))).toBe(text);
  });
});
