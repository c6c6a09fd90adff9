/** joblib: in-stream arrays and compressed files. */
import { describe, expect, it } from 'vitest';
import '../../src/formats/joblib.ts';
import { analyzeBytes, analyzeFile, atOrAbove } from './pickle/helpers.ts';

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
