// One error family (src/core/errors.ts): every error class in src/ is a BaseError with a typed code,
// and no code throws a bare Error that a caller could only tell apart by its text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaseError, describeError, isStackOverflow, ModelvetError } from '../../src/core/errors.ts';
import { DocumentError } from '../../src/core/json-shape.ts';
import { ParseBudgetError } from '../../src/core/parse-guard.ts';
import { Lz4Error } from '../../src/formats/compressed/lz4.ts';
import { LzmaError } from '../../src/formats/compressed/lzma.ts';
import { Hdf5Error } from '../../src/formats/hdf5/read.ts';
import { GrammarError } from '../../src/formats/hydra/grammar.ts';
import { HydraLimitError } from '../../src/formats/hydra/resolve.ts';
import { parsePythonJson } from '../../src/core/python-json.ts';
import { KerasLimitError } from '../../src/formats/keras/config.ts';
import { NpyHeaderError, parsePyLiteral } from '../../src/formats/numpy/header.ts';
import { PickleError } from '../../src/formats/pickle/errors.ts';
import { TextFormatError } from '../../src/formats/protobuf/text.ts';
import { ProtoError } from '../../src/formats/protobuf/cursor.ts';
import { ZipFormatError } from '../../src/formats/zip/reader.ts';
import { TemplateSyntaxError } from '../../src/formats/chat-template/parse.ts';
import { StatementError } from '../../src/verify/manifest-statement.ts';
import { OmsError } from '../../src/verify/oms/errors.ts';

const SRC = join(import.meta.dirname, '../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('BaseError family', () => {
  it('every error class carries its code, name and cause', () => {
    const cause = new Error('underneath');
    const cases: [BaseError<string>, string, string][] = [
      [new ModelvetError('USAGE', 'm', { cause }), 'USAGE', 'ModelvetError'],
      [new DocumentError('INVALID_SHAPE', 'a.b', 'm'), 'INVALID_SHAPE', 'DocumentError'],
      [new ParseBudgetError('m'), 'PARSE_BUDGET', 'ParseBudgetError'],
      [new Lz4Error('m'), 'LZ4_INVALID', 'Lz4Error'],
      [new LzmaError('m'), 'LZMA_INVALID', 'LzmaError'],
      [new Hdf5Error('m', 3), 'HDF5_INVALID', 'Hdf5Error'],
      [new GrammarError('m'), 'HYDRA_GRAMMAR', 'GrammarError'],
      [new HydraLimitError('TOO_MANY_VALUES', 'm'), 'TOO_MANY_VALUES', 'HydraLimitError'],
      [new KerasLimitError('m'), 'KERAS_LIMIT', 'KerasLimitError'],
      [new NpyHeaderError('m'), 'NPY_HEADER', 'NpyHeaderError'],
      [new PickleError('m', 0, 'frames'), 'limit', 'PickleError'],
      [new PickleError('m', 0, undefined, 'truncated'), 'truncated', 'PickleError'],
      [new TextFormatError('m', 1), 'PROTOBUF_TEXT_SYNTAX', 'TextFormatError'],
      [new ProtoError('m', 1), 'PROTOBUF_INVALID', 'ProtoError'],
      [new ZipFormatError('m'), 'ZIP_INVALID', 'ZipFormatError'],
      [new TemplateSyntaxError('m'), 'TEMPLATE_SYNTAX', 'TemplateSyntaxError'],
      [new StatementError('m', 'ROOT_DIGEST'), 'ROOT_DIGEST', 'StatementError'],
      [new OmsError('SIGNING_ERROR', 'm', { cause }), 'SIGNING_ERROR', 'OmsError'],
    ];
    for (const [err, code, name] of cases) {
      expect(err).toBeInstanceOf(BaseError);
      expect([err.code, err.name, err.message]).toEqual([code, name, 'm']);
    }
    expect(cases[0]![0].cause).toBe(cause);
    expect(cases.at(-1)![0].cause).toBe(cause);
    expect(describeError(new ModelvetError('NOT_FOUND', 'x: gone'))).toBe('x: gone');
  });

  it('parsers throw coded errors, not bare ones', () => {
    expect(() => parsePyLiteral('{1: 2}')).toThrow(NpyHeaderError);
    const json = (() => {
      try {
        parsePythonJson('{');
      } catch (err) {
        return err;
      }
    })();
    expect(json).toBeInstanceOf(DocumentError);
    expect((json as DocumentError).code).toBe('INVALID_JSON');
  });

  it('recognises the engine stack overflow and nothing else', () => {
    const overflow = (() => {
      const f = (n: number): number => f(n + 1) + 1;
      try {
        return f(0);
      } catch (err) {
        return err;
      }
    })();
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
    expect(isStackOverflow(new Error('Maximum call stack size exceeded'))).toBe(false);
  });

  it('src/ declares no error class outside the family and throws no bare Error', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const rel = file.slice(SRC.length + 1);
      for (const m of text.matchAll(/class (\w+) extends (\w*Error)\b/g)) {
        if (m[2] === 'Error' && m[1] !== 'BaseError') offenders.push(`${rel}: class ${m[1]} extends Error`);
        if (m[2] === 'RangeError' || m[2] === 'TypeError')
          offenders.push(`${rel}: class ${m[1]} extends ${m[2]}`);
      }
      for (const m of text.matchAll(/throw new (Error|RangeError|TypeError)\(/g))
        offenders.push(`${rel}: throw new ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
