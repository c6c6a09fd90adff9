import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jsonNodes,
  PYTHON_MAX_DEPTH,
  readJson,
  readJsonBytes,
  SERDE_MAX_DEPTH,
  toPlain,
} from '../../src/core/json.ts';
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

interface PythonCase {
  text: string;
  value?: string;
  error?: 'JSONDecodeError' | 'RecursionError' | 'ValueError';
  pos?: number;
}
const cases: PythonCase[] = JSON.parse(readFileSync(join(FIXTURES, 'json', 'python-cases.json'), 'utf8'));

describe('reads JSON as CPython json.loads does (fixtures/json/python-cases.json)', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.text.slice(0, 40))} → ${c.error ?? 'read'}`, () => {
      const r = readJson(c.text);
      const pythonFails = r.error !== undefined || r.pythonRejects.length > 0;
      expect(pythonFails).toBe(c.error !== undefined);
      if (c.error === 'JSONDecodeError') {
        expect(r.error?.offset ?? r.pythonRejects[0]?.offset).toBe(c.pos);
      } else if (c.error === 'RecursionError') {
        expect(r.pythonRejects.map((x) => x.kind)).toEqual(['recursion']);
        expect(r.error).toBeUndefined();
      } else if (c.error === 'ValueError') {
        expect(r.pythonRejects.map((x) => x.kind)).toEqual(['int-digits']);
      } else {
        const expected = readJson(c.value!);
        expect(toPlain(r.value!)).toEqual(toPlain(expected.value!));
      }
    });
  }
});

describe('JSON reader', () => {
  it('reports duplicates at every depth with offsets, and the last one wins', () => {
    const r = readJson('{"a":{"b":1,"b":2},"a":3}');
    expect(r.duplicates.map((d) => [d.key, d.where, d.offset])).toEqual([
      ['b', 'a', 12],
      ['a', '', 19],
    ]);
    expect(toPlain(r.value!)).toEqual({ a: 3 });
    expect(readJson('{"k":{"c":[{"z":1,"z":2}]}}').duplicates[0]?.where).toBe('k.c[0]');
  });
  it('keeps numbers as written', () => {
    const r = readJson('[18446744073709551615, -0.5e3, NaN]');
    expect(r.value?.t === 'array' && r.value.items.map((x) => x.t === 'number' && x.raw)).toEqual([
      '18446744073709551615',
      '-0.5e3',
      'NaN',
    ]);
  });
  it('reports what RFC 8259 readers (serde_json) reject but Python reads', () => {
    const r = readJson('{"a": [NaN, -Infinity], "b": "\\ud800"}');
    expect(r.error).toBeUndefined();
    expect(r.nonStandard.map((x) => [x.kind, x.offset])).toEqual([
      ['non-finite', 7],
      ['non-finite', 12],
      ['lone-surrogate', 30],
    ]);
    const deep = readJson(`${'['.repeat(SERDE_MAX_DEPTH + 1)}${']'.repeat(SERDE_MAX_DEPTH + 1)}`);
    expect(deep.nonStandard.map((x) => [x.kind, x.offset])).toEqual([['deep', SERDE_MAX_DEPTH]]);
    expect(deep.pythonRejects).toEqual([]);
  });
  it('keeps the tree read before a syntax error', () => {
    const r = readJson('{"auto_map": {"AutoModel": "m.M"}, "x": [1, 2,], "chat_template": "t"}');
    expect(r.error?.message).toMatch(/^Expecting value/);
    expect(toPlain(r.value!)).toEqual({ auto_map: { AutoModel: 'm.M' }, x: [1, 2] });
  });
  it('reads 100,000 levels of nesting without recursion, in linear time', () => {
    const n = 100_000;
    const started = performance.now();
    const r = readJson(`${'['.repeat(n)}${']'.repeat(n)}`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.depth).toBe(n);
    expect(r.error).toBeUndefined();
    expect(r.pythonRejects.map((x) => [x.kind, x.offset])).toEqual([['recursion', PYTHON_MAX_DEPTH - 1]]);
    let count = 0;
    for (const _ of jsonNodes(r.value!)) count++;
    expect(count).toBe(n);
    expect(() => toPlain(r.value!)).not.toThrow();
  });
  it('gives byte offsets for bytes and reports invalid UTF-8', () => {
    const r = readJsonBytes(Buffer.from('{"é":"ü","x":[1]}'));
    const v = r.value!;
    expect(v.t === 'object' && v.entries.map((e) => [e.key, e.offset, e.value.offset, e.value.end])).toEqual([
      ['é', 1, 6, 10],
      ['x', 11, 15, 18],
    ]);
    const bad = readJsonBytes(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]));
    expect(bad.error).toMatchObject({ kind: 'invalid-utf8', offset: 2 });
    expect(toPlain(bad.value!)).toEqual({ '\ufffd': 1 });
  });
});

describe('JSON reader property tests', () => {
  it('agrees with JSON.parse on any JSON and keeps offsets', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = readJson(text);
        expect(r.error).toBeUndefined();
        expect(toPlain(r.value!)).toEqual(JSON.parse(text));
        expect(text.slice(r.value!.offset, r.value!.end)).toBe(text.trim());
        for (const node of jsonNodes(r.value!)) {
          const slice = text.slice(node.offset, node.end);
          expect(toPlain(readJson(slice).value!)).toEqual(toPlain(node));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on broken JSON or arbitrary bytes, and stays linear', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.uint8Array({ maxLength: 200 }), (text, cut, bytes) => {
        const broken = text.slice(0, cut % (text.length + 1)) + (cut % 3 === 0 ? '}' : '');
        const r = readJson(broken);
        expect(r.value !== undefined || r.error !== undefined).toBe(true);
        if (r.error) expect(r.error.offset).toBeLessThanOrEqual(broken.length);
        const b = readJsonBytes(bytes);
        expect(b.value !== undefined || b.error !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('reads a 20 MB document of hostile shapes within time and memory bounds', () => {
    const wide = `{${Array.from({ length: 200_000 }, (_, i) => `"k${i % 1000}": [NaN, "\\ud800", ${i}]`).join(',')}}`;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const r = readJson(wide);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.duplicates.length).toBe(1000); // capped list, every duplicate still wins in toPlain
    expect(r.nonStandard.length).toBe(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
  });
});
