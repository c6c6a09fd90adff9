import { readdirSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../src/core/analyzer.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { readGguf } from '../../../src/formats/gguf/read.ts';
import { analyzeBytes, FIXTURES, fixture, rulesOf, serious, MODELS_SCANNER } from '../../helpers/models.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

/** Hostile fixture → [rule, severity] that must be reported. */
const HOSTILE: Record<string, [string, string]> = {
  'bad-alignment.gguf': ['gguf/invalid-value', 'medium'],
  'bad-value-type.gguf': ['gguf/invalid-value-type', 'high'],
  'block-mismatch.gguf': ['gguf/invalid-tensor', 'high'],
  'duplicate-key.gguf': ['gguf/duplicate-key', 'high'],
  'duplicate-template-key.gguf': ['template/dunder-access', 'critical'],
  'duplicate-tensor.gguf': ['gguf/invalid-tensor', 'high'],
  'huge-array.gguf': ['gguf/limit-exceeded', 'high'],
  'huge-kv-count.gguf': ['gguf/truncated', 'high'],
  'huge-string.gguf': ['gguf/truncated', 'high'],
  'huge-tensor-count.gguf': ['gguf/truncated', 'high'],
  'invalid-bool.gguf': ['gguf/invalid-value', 'medium'],
  'invalid-utf8-key.gguf': ['gguf/invalid-string', 'medium'],
  'long-tensor-name.gguf': ['gguf/invalid-tensor', 'high'],
  'magic-only.gguf': ['gguf/truncated', 'high'],
  'misaligned-offset.gguf': ['gguf/invalid-offsets', 'high'],
  'nested-array.gguf': ['gguf/invalid-value-type', 'high'],
  'overflow-dims.gguf': ['gguf/invalid-tensor', 'high'],
  'overlap.gguf': ['gguf/invalid-offsets', 'high'],
  'template-cve-2024-34359.gguf': ['template/dunder-access', 'critical'],
  'template-named-hostile.gguf': ['template/global-callable-access', 'critical'],
  'template-backdoor.gguf': ['template/hidden-instructions', 'high'],
  'template-wrong-type.gguf': ['gguf/invalid-value', 'medium'],
  'tensor-out-of-bounds.gguf': ['gguf/invalid-offsets', 'high'],
  'too-many-dims.gguf': ['gguf/invalid-tensor', 'high'],
  'trailing-data.gguf': ['gguf/trailing-data', 'medium'],
  'truncated.gguf': ['gguf/invalid-offsets', 'high'],
  'unknown-ggml-type.gguf': ['gguf/invalid-tensor', 'high'],
  'version-1.gguf': ['gguf/unsupported-version', 'low'],
  'version-99.gguf': ['gguf/unsupported-version', 'high'],
  'padding-data.gguf': ['gguf/padding-data', 'medium'],
  'huge-alignment.gguf': ['gguf/invalid-value', 'medium'],
};
const BENIGN = readdirSync(join(FIXTURES, 'gguf')).filter((n) => n.startsWith('benign'));

describe('GGUF fixtures', () => {
  it('lists every fixture', () => {
    expect(readdirSync(join(FIXTURES, 'gguf')).sort()).toEqual([...BENIGN, ...Object.keys(HOSTILE)].sort());
  });
  for (const name of BENIGN) {
    it(`${name} is clean`, async () => {
      const r = await analyzeBytes(fixture('gguf', name), name);
      expect(r.kind).toBe('gguf');
      expect(r.findings).toEqual([]);
    });
  }
  it('reads every metadata type, arrays, tensors and the template of the benign file', async () => {
    const r = await readGguf(new BufferSource(fixture('gguf', 'benign.gguf'), 'b.gguf'));
    expect(r.version).toBe(3);
    const m = r.metadata;
    expect(m.get('general.architecture')?.value).toBe('llama');
    expect(m.get('fixture.u8')?.value).toBe(200);
    expect(m.get('fixture.i8')?.value).toBe(-5);
    expect(m.get('fixture.u16')?.value).toBe(60000);
    expect(m.get('fixture.i16')?.value).toBe(-300);
    expect(m.get('fixture.i32')?.value).toBe(-70000);
    expect(m.get('fixture.u64')?.value).toBe(2n ** 40n);
    expect(m.get('fixture.i64')?.value).toBe(-(2n ** 40n));
    expect(m.get('fixture.f64')?.value).toBe(0.125);
    expect(m.get('fixture.bool')?.value).toBe(true);
    expect(m.get('tokenizer.ggml.tokens')).toMatchObject({ arrayType: 8, length: 8n });
    expect(m.get('tokenizer.chat_template')?.value).toMatch(/start_header_id/);
    expect(r.tensors.map((t) => [t.name, t.typeName, t.size])).toEqual([
      ['token_embd.weight', 'F32', 256n],
      ['blk.0.attn_q.weight', 'F16', 128n],
      ['blk.0.ffn_down.weight', 'Q8_0', 68n],
      ['blk.0.ffn_up.weight', 'Q4_K', 144n],
      ['output_norm.weight', 'F32', 32n],
    ]);
  });
  it('reads big-endian and version 2 files like the little-endian v3 one', async () => {
    const be = await readGguf(new BufferSource(fixture('gguf', 'benign-be.gguf'), 'be'));
    expect(be.bigEndian).toBe(true);
    expect(be.metadata.get('fixture.i64')?.value).toBe(-(2n ** 40n));
    const v2 = await readGguf(new BufferSource(fixture('gguf', 'benign-v2.gguf'), 'v2'));
    expect(v2.version).toBe(2);
    expect(v2.tensors).toHaveLength(5);
  });
  for (const [name, [rule, severity]] of Object.entries(HOSTILE)) {
    it(`${name} → ${rule} (${severity})`, async () => {
      const r = await analyzeBytes(fixture('gguf', name), name);
      const f = r.findings.find((x) => x.rule === rule);
      expect(f, JSON.stringify(r.findings.map((x) => x.rule))).toBeDefined();
      expect(f?.severity).toBe(severity);
    });
  }
  it('a quantized tensor of no dimensions: first dimension 1 (as ggml fills it), not "undefined"', async () => {
    // magic, version 3, one tensor, no metadata; tensor "s": 0 dimensions, type Q4_0 (2: blocks of 32), offset 0.
    const name = Buffer.from('s');
    const head = Buffer.alloc(4 + 4 + 8 + 8);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(1n, 8);
    head.writeBigUInt64LE(0n, 16);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(name.length));
    const info = Buffer.alloc(4 + 4 + 8);
    info.writeUInt32LE(0, 0);
    info.writeUInt32LE(2, 4);
    info.writeBigUInt64LE(0n, 8);
    let bytes = Buffer.concat([head, len, name, info]);
    bytes = Buffer.concat([bytes, Buffer.alloc((32 - (bytes.length % 32)) % 32), Buffer.alloc(32)]);
    const { findings } = await analyzeBytes(bytes, 'scalar.gguf');
    const tensor = findings.filter((f) => f.rule === 'gguf/invalid-tensor');
    expect(tensor.map((f) => f.message).join('\n')).toContain('first dimension 1 (it has no dimensions)');
    expect(findings.map((f) => f.message).join('\n')).not.toContain('undefined');
  });

  it('scans bytes appended after the tensors as a member', async () => {
    const r = await analyzeBytes(fixture('gguf', 'trailing-data.gguf'), 'x.gguf');
    expect(r.findings.some((f) => f.member?.some((m) => m.includes('@')))).toBe(true);
  });
  it('vets both copies of a duplicated chat template', async () => {
    const r = await analyzeBytes(fixture('gguf', 'duplicate-template-key.gguf'), 'x.gguf');
    expect(rulesOf(r.findings)).toEqual(
      expect.arrayContaining(['gguf/duplicate-key', 'template/global-callable-access']),
    );
  });
  it('reports a .gguf whose magic is damaged', async () => {
    const b = Buffer.from(fixture('gguf', 'benign.gguf'));
    b.write('GGUX', 0, 'latin1');
    const r = await analyzeBytes(b, 'model.gguf');
    expect(r.kind).toBe('gguf');
    expect(serious(r.findings).length).toBeGreaterThan(0);
  });
});

describe('GGUF property tests', () => {
  const seeds = [...BENIGN, 'template-named-hostile.gguf', 'trailing-data.gguf', 'nested-array.gguf'].map(
    (n) => fixture('gguf', n),
  );
  it('never throws, stays fast and bounded on mutated files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'cut', 'big')), {
          minLength: 1,
          maxLength: 6,
        }),
        async (s, muts) => {
          let b = Buffer.from(seeds[s]!);
          for (const [at, v, op] of muts) {
            const i = b.length ? at % b.length : 0;
            if (op === 'set') b[i] = v;
            else if (op === 'cut') b = b.subarray(0, i);
            else if (i + 8 <= b.length) b.writeBigUInt64LE(BigInt(v) << 48n, i); // a huge count or length
          }
          const src = new BufferSource(b, 'm.gguf');
          const started = performance.now();
          const r = await readGguf(src);
          expect(performance.now() - started).toBeLessThan(1000);
          expect(src.bytesRead).toBeLessThanOrEqual(b.length + 64 * 1024);
          for (const f of r.findings) expect(f.rule).toMatch(/^gguf\//);
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Minimal GGUF v3 writer for the sparse test: header, a few KVs, one tensor info. */
function ggufHeader(tensor: { name: string; dims: bigint[]; type: number }): Buffer {
  const parts: Buffer[] = [];
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    parts.push(b);
  };
  const u64 = (v: bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(v);
    parts.push(b);
  };
  const str = (s: string) => {
    u64(BigInt(Buffer.byteLength(s)));
    parts.push(Buffer.from(s));
  };
  parts.push(Buffer.from('GGUF'));
  u32(3);
  u64(1n);
  u64(2n);
  str('general.architecture');
  u32(8);
  str('llama');
  str('tokenizer.chat_template');
  u32(8);
  str("{% for m in messages %}{{ m['role'] + ': ' + m['content'] }}{% endfor %}");
  str(tensor.name);
  u32(tensor.dims.length);
  for (const d of tensor.dims) u64(d);
  u32(tensor.type);
  u64(0n);
  const head = Buffer.concat(parts);
  return Buffer.concat([head, Buffer.alloc((32 - (head.length % 32)) % 32)]);
}

describe('multi-GB GGUF', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTmpDir();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses counts no model has instead of walking gigabytes of zeros', async () => {
    const head = Buffer.alloc(24);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(0n, 8);
    head.writeBigUInt64LE(2_000_000n, 16); // plausible against a 6 GiB file, absurd for a model
    const path = join(dir, 'zeros.gguf');
    const fh = await open(path, 'w');
    await fh.write(head, 0);
    await fh.truncate(6 * 1024 ** 3);
    await fh.close();
    const src = await FileSource.open(path, 'zeros.gguf');
    try {
      const started = performance.now();
      const r = await readGguf(src);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(r.findings.map((f) => f.rule)).toEqual(['gguf/limit-exceeded']);
      expect(src.bytesRead).toBeLessThanOrEqual(64 * 1024);
    } finally {
      await src.close();
    }
  });

  it('validates a 6 GiB sparse file reading only its header', async () => {
    const dims = [65536n, 24576n]; // F32: 6 GiB
    const head = ggufHeader({ name: 'token_embd.weight', dims, type: 0 });
    const path = join(dir, 'big.gguf');
    const fh = await open(path, 'w');
    await fh.write(head, 0);
    await fh.truncate(head.length + Number(dims[0]! * dims[1]! * 4n));
    await fh.close();
    const src = await FileSource.open(path, 'big.gguf');
    try {
      expect(src.size).toBeGreaterThan(6 * 1024 ** 3);
      const r = await analyzeSource(src, 'big.gguf', { scanner: MODELS_SCANNER });
      expect(r.kind).toBe('gguf');
      expect(r.findings).toEqual([]);
      // The sniff head (4 KB) plus one 64 KB metadata window: the 6 GiB of tensor data are never read.
      expect(src.bytesRead).toBeLessThan(128 * 1024);
    } finally {
      await src.close();
    }
  });
});
