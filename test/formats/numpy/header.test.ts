/** .npy header parsing and object arrays. */
import { describe, expect, it } from 'vitest';
import { descrInfo, parsePyLiteral } from '../../../src/formats/numpy/header.ts';
import { analyzeBytes } from '../pickle/helpers.ts';

const npy = (header: string, data: Buffer) => {
  const h = Buffer.from(header, 'latin1');
  const len = Buffer.alloc(2);
  len.writeUInt16LE(h.length);
  return Buffer.concat([Buffer.from('\x93NUMPY\x01\x00', 'latin1'), len, h, data]);
};

describe('.npy', () => {
  it('parses header literals', () => {
    const h = parsePyLiteral(
      "{'descr': [('a', '<i4'), ('b', '<f8', (2,))], 'fortran_order': False, 'shape': (2, 3), }  \n",
    );
    expect(h).toBeInstanceOf(Map);
    const m = h as Map<string, unknown>;
    expect(m.get('shape')).toEqual({ tuple: [2, 3] });
    expect(descrInfo(m.get('descr') as never)).toBe(4 + 16);
    expect(descrInfo('<U3')).toBe(12);
    expect(descrInfo('|O')).toBe('object');
    expect(descrInfo([{ tuple: ['x', [{ tuple: ['y', '|O'] }]] }])).toBe('object');
    expect(() => parsePyLiteral("{'descr': __import__('os')}")).toThrow();
    expect(() => parsePyLiteral('['.repeat(100))).toThrow(/deeply/);
  });

  it('reports truncated and padded numeric data', async () => {
    const header = "{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }\n";
    const short = await analyzeBytes(npy(header, Buffer.alloc(16)), 'a.npy');
    expect(short.findings.map((f) => [f.rule, f.severity])).toEqual([['pickle/malformed', 'medium']]);
    const long = await analyzeBytes(npy(header, Buffer.alloc(40)), 'a.npy');
    expect(long.findings.map((f) => f.rule)).toEqual(['pickle/trailing-data']);
    const exact = await analyzeBytes(npy(header, Buffer.alloc(32)), 'a.npy');
    expect(exact.findings).toEqual([]);
  });

  it('scans an object array as a pickle and fails closed on an unknown dtype', async () => {
    const payload = Buffer.from('\x80\x02cposix\nsystem\n(U\x02idtR.', 'latin1');
    const obj = await analyzeBytes(
      npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }\n", payload),
      'a.npy',
    );
    expect(obj.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      'pickle/dangerous-global',
      'critical',
    ]);
    const odd = await analyzeBytes(
      npy("{'descr': '<Z9', 'fortran_order': False, 'shape': (1,), }\n", payload),
      'a.npy',
    );
    expect(odd.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
    const junk = await analyzeBytes(
      npy("{'descr': '<Z9', 'fortran_order': False, 'shape': (1,), }\n", Buffer.from('zz')),
      'a.npy',
    );
    expect(junk.findings.map((f) => [f.rule, f.severity])).toContainEqual(['pickle/malformed', 'high']);
  });

  it('rejects unsupported versions and impossible header lengths', async () => {
    const v9 = Buffer.from('\x93NUMPY\x09\x00\x10\x00', 'latin1');
    expect((await analyzeBytes(v9, 'a.npy')).findings.map((f) => f.rule)).toEqual(['numpy/malformed-header']);
    const big = Buffer.from('\x93NUMPY\x01\x00\xff\xff{}', 'latin1');
    expect((await analyzeBytes(big, 'a.npy')).findings.map((f) => f.rule)).toEqual([
      'numpy/malformed-header',
    ]);
  });
});
