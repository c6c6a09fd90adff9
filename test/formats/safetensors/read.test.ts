import { readdirSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../src/core/analyzer.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { readSafetensors } from '../../../src/formats/safetensors/read.ts';
import { analyzeBytes, FIXTURES, fixture, rulesOf, serious, MODELS_SCANNER } from '../../helpers/models.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

const HOSTILE: Record<string, string[]> = {
  'dup-key.safetensors': ['safetensors/duplicate-key'],
  'dup-metadata-key.safetensors': ['safetensors/duplicate-key'],
  'gap.safetensors': ['safetensors/invalid-offsets'],
  'overlap.safetensors': ['safetensors/invalid-offsets'],
  'trailing-data.safetensors': ['safetensors/data-size-mismatch'],
  'truncated-data.safetensors': ['safetensors/data-size-mismatch'],
  'size-mismatch.safetensors': ['safetensors/size-mismatch'],
  'negative-shape.safetensors': ['safetensors/invalid-shape'],
  'float-shape.safetensors': ['safetensors/invalid-shape'],
  'overflow-shape.safetensors': ['safetensors/size-mismatch'],
  'unknown-dtype.safetensors': ['safetensors/unknown-dtype'],
  'misaligned-f4.safetensors': ['safetensors/size-mismatch'],
  'reversed-offsets.safetensors': ['safetensors/invalid-offsets'],
  'header-too-large.safetensors': ['safetensors/header-too-large'],
  'header-past-eof.safetensors': ['safetensors/truncated'],
  'metadata-nested.safetensors': ['safetensors/invalid-metadata'],
  'bad-json.safetensors': ['safetensors/invalid-header'],
  'not-utf8.safetensors': ['safetensors/invalid-header'],
  'leading-space.safetensors': ['safetensors/invalid-header'],
  'lone-surrogate.safetensors': ['safetensors/invalid-header'],
  'array-header.safetensors': ['safetensors/invalid-header'],
  'missing-dtype.safetensors': ['safetensors/invalid-header'],
  'unknown-field.safetensors': ['safetensors/unknown-field'],
};

describe('safetensors fixtures', () => {
  for (const name of ['benign.safetensors', 'benign-lowbit.safetensors']) {
    it(`${name} is clean and its tensors are read`, async () => {
      const r = await analyzeBytes(fixture('safetensors', name), name);
      expect(r.kind).toBe('safetensors');
      expect(r.findings).toEqual([]);
      const h = await readSafetensors(new BufferSource(fixture('safetensors', name), name));
      expect(h.header?.tensors.length).toBeGreaterThan(3);
    });
  }
  it('reads the metadata map and shapes of the benign file', async () => {
    const h = await readSafetensors(new BufferSource(fixture('safetensors', 'benign.safetensors'), 'b'));
    expect(h.header?.metadata).toEqual({ format: 'pt' });
    const embed = h.header?.tensors.find((t) => t.name === 'embed.weight');
    expect(embed?.shape).toEqual([8n, 4n]);
    expect(embed!.end - embed!.start).toBe(128n);
  });
  for (const [name, rules] of Object.entries(HOSTILE)) {
    it(`${name} → ${rules.join(', ')}`, async () => {
      const r = await analyzeBytes(fixture('safetensors', name), name);
      expect(r.kind).toBe('safetensors');
      for (const rule of rules) expect(rulesOf(r.findings)).toContain(rule);
      const expected =
        name === 'unknown-field.safetensors' ? 'low' : name.startsWith('metadata') ? 'medium' : 'high';
      expect(r.findings.find((f) => f.rule === rules[0])?.severity).toBe(expected);
    });
  }
  it('sends bytes appended after the tensors to the analyzers as a member', async () => {
    const r = await analyzeBytes(fixture('safetensors', 'trailing-data.safetensors'), 't.safetensors');
    const member = r.findings.find((f) => f.member?.some((m) => m.includes('@')));
    expect(member).toBeDefined();
  });
  it('validates a file named .safetensors whose header length is forged', async () => {
    const bytes = Buffer.alloc(16);
    bytes.writeBigUInt64LE(1n << 50n, 0);
    const r = await analyzeBytes(bytes, 'model.safetensors');
    expect(rulesOf(r.findings)).toContain('safetensors/header-too-large');
  });
  it('reports a file shorter than the length prefix', async () => {
    const r = await readSafetensors(new BufferSource(Buffer.from([1, 2, 3]), 'x'));
    expect(rulesOf(r.findings as never)).toEqual(['safetensors/truncated']);
  });
  it('caps the findings of a header with many bad entries', async () => {
    const entries = Array.from(
      { length: 500 },
      (_, i) => `"t${i}":{"dtype":"XX","shape":[1],"data_offsets":[${i},${i + 1}]}`,
    );
    const text = Buffer.from(`{${entries.join(',')}}`);
    const buf = Buffer.concat([Buffer.alloc(8), text, Buffer.alloc(500)]);
    buf.writeBigUInt64LE(BigInt(text.length), 0);
    const r = await readSafetensors(new BufferSource(buf, 'x'));
    expect(r.findings.length).toBeLessThanOrEqual(25);
    expect(r.findings.some((f) => f.message.includes('480 more'))).toBe(true);
  });
});

describe('safetensors property tests', () => {
  // Every single-file fixture, benign and hostile, is a seed.
  const seeds = readdirSync(join(FIXTURES, 'safetensors'))
    .filter((n) => n.endsWith('.safetensors'))
    .map((n) => fixture('safetensors', n));
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({
      op: fc.constant('digit' as const),
      at: fc.nat(),
      value: fc.integer({ min: 0x30, max: 0x39 }),
    }),
  );
  it('never throws, stays fast, and either passes or names a rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (s, muts) => {
          let b = Buffer.from(seeds[s]!);
          for (const m of muts) {
            const at = b.length ? m.at % b.length : 0;
            if (m.op === 'flip') b[at] = m.value;
            else if (m.op === 'cut') b = b.subarray(0, at);
            else if (m.op === 'insert')
              b = Buffer.concat([b.subarray(0, at), Buffer.from([m.value]), b.subarray(at)]);
            else {
              // Replace a digit in the header with another: offsets and shapes change, structure stays.
              const idx = b.indexOf(0x30 + (m.at % 10), 8 + (m.at % Math.max(1, b.length - 8)));
              if (idx > 8) b[idx] = m.value;
            }
          }
          const started = performance.now();
          const r = await readSafetensors(new BufferSource(b, 'm.safetensors'));
          expect(performance.now() - started).toBeLessThan(1000);
          for (const f of r.findings) expect(f.rule).toMatch(/^safetensors\//);
          if (!r.header) expect(r.findings.length).toBeGreaterThan(0);
          if (!b.equals(seeds[s]!) && r.findings.length === 0) {
            // A clean mutant must still be a consistent file: tensors tile the data exactly.
            const h = r.header!;
            let end = 0n;
            for (const t of h.tensors) if (t.end > end) end = t.end;
            expect(end).toBe(BigInt(b.length - h.dataStart));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('multi-GB safetensors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTmpDir();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('validates a 6 GiB sparse file reading only its header', async () => {
    const rows = 49152n;
    const cols = 32768n; // F32: 6 GiB
    const size = rows * cols * 4n;
    const text = Buffer.from(
      JSON.stringify({
        __metadata__: { format: 'pt' },
        w: { dtype: 'F32', shape: [0, 0], data_offsets: [0, 0] },
      }).replace('[0,0],"data_offsets":[0,0]', `[${rows},${cols}],"data_offsets":[0,${size}]`),
    );
    const head = Buffer.alloc(8);
    head.writeBigUInt64LE(BigInt(text.length), 0);
    const path = join(dir, 'big.safetensors');
    const fh = await open(path, 'w');
    await fh.write(Buffer.concat([head, text]), 0);
    await fh.truncate(8 + text.length + Number(size));
    await fh.close();
    const src = await FileSource.open(path, 'big.safetensors');
    try {
      expect(src.size).toBeGreaterThan(6 * 1024 ** 3);
      const r = await analyzeSource(src, 'big.safetensors', { scanner: MODELS_SCANNER });
      expect(r.kind).toBe('safetensors');
      expect(serious(r.findings)).toEqual([]);
      expect(src.bytesRead).toBeLessThan(16 * 1024);
    } finally {
      await src.close();
    }
  });
});
