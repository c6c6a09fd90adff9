import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldsNamed,
  parseTextFormat,
  scalarText,
  TEXT_MAX_DEPTH,
  TextFormatError,
  tokenizeText,
  unescapeText,
} from '../../../src/formats/protobuf/text.ts';

const op = (text: string) => scalarText(fieldsNamed(parseTextFormat(text), 'op')[0]);

describe('protobuf text format (C++ tokenizer and TextFormat rules)', () => {
  it('adjacent string literals are one value, across lines and comments', () => {
    expect(op('op: "Read" \'File\'')).toBe('ReadFile');
    expect(op('op: "Re" # "Const"\n  "adFile"')).toBe('ReadFile');
  });

  it('escapes: octal (1-3 digits, byte-truncated), hex (1-2 digits), \\u/\\U as UTF-8, letters', () => {
    expect(unescapeText('"\\120y\\106unc"')).toBe('PyFunc');
    expect(unescapeText('"\\x57rite\\x46ile"')).toBe('WriteFile');
    expect(unescapeText('"\\x4"')).toBe('\x04');
    expect(unescapeText('"\\777"')).toBe('\xff');
    expect(Buffer.from(unescapeText('"\\u00e9\\U0001F600"'), 'latin1').toString('utf8')).toBe('é😀');
    expect(unescapeText(String.raw`"a\n\t\\\"\'\?"`)).toBe('a\n\t\\"\'?');
  });

  it('# comments end at the line end, never inside strings', () => {
    expect(op('# op: "PyFunc"\nop: "a#b"')).toBe('a#b');
  });

  it('messages with {} or <>, an optional ":", list syntax and , ; separators', () => {
    const m = parseTextFormat('node: < op: "A"; > node [ { op: "B" }, <op: "C"> ], x: [1, -2, inf]');
    expect(fieldsNamed(m, 'node').map((n) => scalarText(fieldsNamed(n as never, 'op')[0]))).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(fieldsNamed(m, 'x').map((v) => scalarText(v))).toEqual(['1', '-2', 'inf']);
  });

  it('extension and Any field names in brackets', () => {
    const m = parseTextFormat('[type.googleapis.com/tensorflow.GraphDef] { node { op: "X" } } [a.b]: 1');
    expect(m.fields.map((f) => f.name)).toEqual(['[type.googleapis.com/tensorflow.GraphDef]', '[a.b]']);
  });

  it('errors carry the line: unterminated strings, newlines in strings, bad escapes, missing ":"', () => {
    for (const bad of ['a: "x', 'a: "x\ny"', 'a: "\\q"', 'a 1', 'a { b: 1', 'a: }', '\x01']) {
      expect(() => parseTextFormat(bad)).toThrow(TextFormatError);
    }
    try {
      parseTextFormat('a: 1\nb: 2\nc 3');
    } catch (err) {
      expect((err as TextFormatError).line).toBe(3);
    }
  });

  it('nesting is limited like protobuf (no stack overflow on deep input)', () => {
    const deep = `${'a { '.repeat(TEXT_MAX_DEPTH + 5)}${'} '.repeat(TEXT_MAX_DEPTH + 5)}`;
    expect(() => parseTextFormat(deep)).toThrow(/nested deeper/);
    expect(() => parseTextFormat(`${'a { '.repeat(200_000)}`)).toThrow(TextFormatError);
  });

  it('property: any input either parses or throws TextFormatError, in bounded time', () => {
    const piece = fc.constantFrom(
      'a',
      ':',
      '{',
      '}',
      '<',
      '>',
      '[',
      ']',
      ',',
      ';',
      '"x"',
      "'y'",
      '\\',
      '#',
      '\n',
      ' ',
      '1',
      '-',
      '"\\1',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const t0 = performance.now();
        try {
          parseTextFormat(parts.join(''));
        } catch (err) {
          expect(err).toBeInstanceOf(TextFormatError);
        }
        expect(performance.now() - t0).toBeLessThan(200);
      }),
      { numRuns: 3000 },
    );
  });

  it('tokens: identifiers, numbers, strings and symbols with lines', () => {
    expect(tokenizeText('op: "x"\n 1.5e-3 -').map((t) => [t.kind, t.text, t.line])).toEqual([
      ['identifier', 'op', 1],
      ['symbol', ':', 1],
      ['string', '"x"', 1],
      ['number', '1.5e-3', 2],
      ['symbol', '-', 2],
    ]);
  });
});
