import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyObject,
  DocumentError,
  listOf,
  literal,
  matching,
  object,
  optional,
  parseJson,
  readDocument,
  string,
  wholeNumber,
} from '../../src/core/json-shape.ts';

const layer = object({ digest: matching(/^sha256:[0-9a-f]{64}$/, 'a sha256 digest'), size: wholeNumber() });
const manifest = object({ kind: literal('m'), layers: listOf(layer, { max: 3 }), note: optional(string) });

function error(fn: () => unknown): DocumentError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DocumentError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('JSON document shapes', () => {
  it('returns the checked fields, typed, and drops fields the shape does not name', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const doc = readDocument(
      JSON.stringify({ kind: 'm', layers: [{ digest, size: 3, x: 1 }], extra: true }),
      manifest,
    );
    expect(doc).toEqual({ kind: 'm', layers: [{ digest, size: 3 }] });
  });

  it('names the field and what was found there, never undefined or [object Object]', () => {
    const e = error(() => readDocument('{"kind":"m","layers":[{"size":1}]}', manifest));
    expect(e).toMatchObject({ code: 'INVALID_SHAPE', at: 'layers[0].digest' });
    expect(e.message).toBe('layers[0].digest must be a sha256 digest, found nothing');
    const obj = error(() => readDocument('{"kind":"m","layers":[],"note":{"a":1}}', manifest));
    expect(obj.message).toBe('note must be a string, found an object');
    expect(error(() => readDocument('[]', manifest)).message).toBe(
      'the document must be an object, found a list of 0',
    );
    expect(error(() => readDocument('{"kind":"m","layers":[1,2,3,4]}', manifest)).message).toMatch(
      /layers must be a list of at most 3/,
    );
  });

  it('a JSON syntax error is our own one-line message, without the input quoted', () => {
    expect(error(() => parseJson('{"a": \n evil')).message).toMatch(/^not JSON \(/);
    expect(error(() => parseJson('{"a": \n evil')).message).not.toMatch(/evil|\n/);
    expect(error(() => parseJson('')).message).toBe('not JSON (empty)');
    expect(error(() => parseJson('{"a":')).message).toBe('not JSON (it ends before the value is complete)');
  });

  it('never throws anything but a DocumentError on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          manifest(v, '');
          anyObject(v, '');
        } catch (err) {
          expect(err).toBeInstanceOf(DocumentError);
          expect((err as Error).message).not.toMatch(/found undefined|\[object Object\]/);
        }
      }),
    );
  });
});
