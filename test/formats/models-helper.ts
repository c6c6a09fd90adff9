/** Shared helpers for the Keras / HDF5 / ONNX / TensorFlow suites. */
import { defaultScanner } from '../../src/builtins.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { analyzeSource } from '../../src/core/analyzer.ts';
import { atLeast, type Finding } from '../../src/core/finding.ts';
import { BufferSource, FileSource } from '../../src/core/source.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export async function scanFile(path: string): Promise<{ kind: string; findings: Finding[] }> {
  const src = await FileSource.open(path);
  try {
    const r = await analyzeSource(src, path.split('/').at(-1)!, { scanner: defaultScanner() });
    return { kind: r.kind, findings: r.findings };
  } finally {
    await src.close();
  }
}

export async function scanBytes(
  data: Uint8Array,
  name: string,
): Promise<{ kind: string; findings: Finding[] }> {
  const r = await analyzeSource(new BufferSource(data, name), name, { scanner: defaultScanner() });
  return { kind: r.kind, findings: r.findings };
}

export const rules = (fs: Finding[]) => fs.map((f) => f.rule);
export const serious = (fs: Finding[]) => fs.filter((f) => atLeast(f.severity, 'medium'));

/** Mutates a fixture (bit flips, truncation, splices, overwrites) and checks the scan stays sane. */
export async function mutateFixture(path: string, name: string, numRuns = 150): Promise<void> {
  const base = readFileSync(path);
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('set' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
    }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
      let buf = Buffer.from(base);
      for (const m of ms) {
        const at = buf.length ? m.at % buf.length : 0;
        if (m.op === 'flip') buf[at] = buf[at]! ^ (1 << m.bit);
        else if (m.op === 'truncate') buf = buf.subarray(0, at);
        else if (m.op === 'set') buf.set(m.bytes.subarray(0, buf.length - at), at);
        else buf = Buffer.concat([buf.subarray(0, at), Buffer.from(m.bytes), buf.subarray(at)]);
      }
      const t0 = performance.now();
      const r = await analyzeSource(new BufferSource(buf, name), name, { scanner: defaultScanner() });
      expect(performance.now() - t0).toBeLessThan(1000);
      for (const f of r.findings) {
        expect(typeof f.rule).toBe('string');
        expect(f.message.length).toBeGreaterThan(0);
        // An analyzer crash surfaces as scan/read-error naming the analyzer: never acceptable here.
        expect(f.message).not.toMatch(/ failed: /);
      }
    }),
    { numRuns },
  );
}

/** A tiny protobuf encoder for hand-built messages in tests: [field, value] pairs. */
export type PbValue = number | bigint | string | Buffer | PbField[];
export type PbField = [number, PbValue];

export function pbVarint(n: number | bigint): Buffer {
  let v = BigInt(n);
  const out: number[] = [];
  while (v > 127n) {
    out.push(Number(v & 127n) | 128);
    v >>= 7n;
  }
  out.push(Number(v));
  return Buffer.from(out);
}

export function pb(fields: PbField[]): Buffer {
  const parts: Buffer[] = [];
  for (const [num, value] of fields) {
    if (typeof value === 'number' || typeof value === 'bigint') {
      parts.push(pbVarint(num << 3), pbVarint(value));
    } else {
      const payload = Array.isArray(value) ? pb(value) : Buffer.isBuffer(value) ? value : Buffer.from(value);
      parts.push(pbVarint((num << 3) | 2), pbVarint(payload.length), payload);
    }
  }
  return Buffer.concat(parts);
}
