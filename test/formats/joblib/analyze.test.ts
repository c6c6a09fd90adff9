/** joblib: in-stream arrays and compressed files. */
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeFile, atOrAbove } from '../pickle/helpers.ts';

describe('joblib', () => {
  it('scans a zlib-compressed real dump clean and through to its pickle', async () => {
    const r = await analyzeFile('joblib/logistic_regression_zlib.joblib');
    expect(r.kind).toBe('zlib');
    expect(r.memberKinds).toEqual(['pickle']);
    expect(atOrAbove(r.findings, 'medium')).toEqual([]);
  });

  it('does not take text that starts with a valid zlib header for zlib', async () => {
    for (const text of ['x = 1\nprint(x)\n', 'x^2 + y^2\n', 'xxxxxxxxxxxxxxxx']) {
      const r = await analyzeBytes(Buffer.from(text), 'notes.txt');
      expect(r.kind, text).not.toBe('zlib');
    }
  });
});

describe('joblib compressors as joblib detects them (prefix) and decodes them', () => {
  const compressors = ['zlib', 'gzip', 'bz2', 'lzma', 'xz', 'lz4'];
  it.each(compressors)('joblib.dump(compress=%s) of a fitted model is decoded and clean', async (c) => {
    const r = await analyzeFile(`joblib/compress_${c}.joblib`);
    expect(r.memberKinds).toContain('pickle');
    expect(atOrAbove(r.findings, 'medium')).toEqual([]);
  });

  it.each(compressors)('its hostile twin (compress=%s, payload run by joblib.load) is caught', async (c) => {
    const r = await analyzeFile(`joblib/hostile_compress_${c}.joblib`);
    expect(r.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
  });

  it('LZMA-alone with a 3 GiB declared dictionary (liblzma reserves it lazily) is decoded, benign and hostile', async () => {
    expect(atOrAbove((await analyzeFile('joblib/lzma_dict3g.joblib')).findings, 'medium')).toEqual([]);
    const r = await analyzeFile('joblib/hostile_lzma_dict3g.joblib');
    expect(r.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
  });

  it('a version-2 dtype state with an object field is an object array, as numpy recomputes it: nested pickle, stream delimited', async () => {
    // Read as raw bytes (flags absent) the nested pickle would break the outer stream: pickle/malformed.
    const benign = await analyzeFile('joblib/dtype_v2_object_fields.joblib');
    expect(atOrAbove(benign.findings, 'medium')).toEqual([]);
    const hostile = await analyzeFile('joblib/hostile_dtype_v2_object_fields.joblib');
    expect(hostile.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
    expect(hostile.findings.map((f) => f.rule)).not.toContain('pickle/malformed');
  });
});
