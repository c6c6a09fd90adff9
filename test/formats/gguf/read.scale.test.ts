/**
 * The GGUF reader at scale: a million metadata entries read from buffered windows, every count limit
 * a finding at the limit (not one past it), and entries that straddle window refills read exactly.
 * Layout: ggml docs/gguf.md (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS_SCANNER } from '../../helpers/models.ts';
import { analyzeSource } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { readGguf } from '../../../src/formats/gguf/read.ts';

const T = { U8: 0, U32: 4, F32: 6, BOOL: 7, STRING: 8, ARRAY: 9, U64: 10, I64: 11, F64: 12 } as const;

type Value =
  | { type: 'u32'; v: number }
  | { type: 'u64'; v: bigint }
  | { type: 'f64'; v: number }
  | { type: 'bool'; v: boolean }
  | { type: 'string'; v: string }
  | { type: 'strings'; v: string[] }
  | { type: 'u8s'; n: number };

/** A GGUF v3 writer: header, entries, no tensors (what the readers under test need). */
class Writer {
  private readonly parts: Buffer[] = [];
  private entries = 0;
  private u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.parts.push(b);
  }
  private u64(v: bigint) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(v);
    this.parts.push(b);
  }
  private str(s: string) {
    const b = Buffer.from(s);
    this.u64(BigInt(b.length));
    this.parts.push(b);
  }
  entry(key: string, value: Value): this {
    this.entries++;
    this.str(key);
    switch (value.type) {
      case 'u32':
        this.u32(T.U32);
        this.u32(value.v);
        break;
      case 'u64':
        this.u32(T.U64);
        this.u64(value.v);
        break;
      case 'f64': {
        this.u32(T.F64);
        const b = Buffer.alloc(8);
        b.writeDoubleLE(value.v);
        this.parts.push(b);
        break;
      }
      case 'bool':
        this.u32(T.BOOL);
        this.parts.push(Buffer.from([value.v ? 1 : 0]));
        break;
      case 'string':
        this.u32(T.STRING);
        this.str(value.v);
        break;
      case 'strings':
        this.u32(T.ARRAY);
        this.u32(T.STRING);
        this.u64(BigInt(value.v.length));
        for (const s of value.v) this.str(s);
        break;
      case 'u8s':
        this.u32(T.ARRAY);
        this.u32(T.U8);
        this.u64(BigInt(value.n));
        this.parts.push(Buffer.alloc(value.n, 7));
        break;
    }
    return this;
  }
  /** The file; `declared` overrides the entry count in the header. */
  build(declared = this.entries): Buffer {
    const head = Buffer.alloc(24);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(0n, 8);
    head.writeBigUInt64LE(BigInt(declared), 16);
    const body = Buffer.concat([head, ...this.parts]);
    return Buffer.concat([body, Buffer.alloc((32 - (body.length % 32)) % 32)]);
  }
}

/** `n` u32 entries written straight into one buffer (a million entries through Writer would be slow to build). */
function manyKeys(n: number, tail: Buffer = Buffer.alloc(0), declaredExtra = 0): Buffer {
  const keyLen = 17;
  const entry = 8 + keyLen + 4 + 4;
  const buf = Buffer.alloc(24 + n * entry + tail.length + 32);
  buf.write('GGUF', 0, 'latin1');
  buf.writeUInt32LE(3, 4);
  buf.writeBigUInt64LE(BigInt(n + declaredExtra), 16);
  let at = 24;
  for (let i = 0; i < n; i++) {
    buf.writeBigUInt64LE(BigInt(keyLen), at);
    buf.write(`bench.key.${String(i).padStart(7, '0')}`, at + 8, 'latin1');
    buf.writeUInt32LE(T.U32, at + 8 + keyLen);
    buf.writeUInt32LE(i, at + 12 + keyLen);
    at += entry;
  }
  tail.copy(buf, at);
  const end = at + tail.length;
  return buf.subarray(0, end + ((32 - (end % 32)) % 32));
}

const entriesOf = (w: Writer) => w.build().subarray(24);

describe('GGUF metadata at scale', () => {
  it('reads 999,999 entries to the last: a duplicate and a hostile template after them are found', async () => {
    const tail = entriesOf(
      new Writer().entry('bench.key.0000000', { type: 'u32', v: 1 }).entry('tokenizer.chat_template', {
        type: 'string',
        v: '{{ cycler.__init__.__globals__.os.popen("id").read() }}',
      }),
    );
    const bytes = manyKeys(999_997, tail, 2);
    const r = await analyzeSource(new BufferSource(bytes, 'many.gguf'), 'many.gguf', {
      scanner: MODELS_SCANNER,
    });
    expect(r.kind).toBe('gguf');
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('gguf/duplicate-key');
    expect(rules).not.toContain('gguf/limit-exceeded');
    expect(rules.some((x) => x.startsWith('template/'))).toBe(true);
    const dup = r.findings.find((f) => f.rule === 'gguf/duplicate-key')!;
    expect(dup.message).toContain('bench.key.0000000');
  }, 60_000);

  it('exactly 1,000,000 entries is the limit: a finding, not a parse', async () => {
    const bytes = manyKeys(1_000_000);
    const src = new BufferSource(bytes, 'limit.gguf');
    const r = await readGguf(src);
    expect(r.findings.map((f) => f.rule)).toEqual(['gguf/limit-exceeded']);
    expect(r.findings[0]!.message).toMatch(/1000000 metadata entries \(limit 1000000\)/);
    expect(src.bytesRead).toBeLessThanOrEqual(64 * 1024); // refused from the header
  }, 60_000);

  it('an array of exactly 16,000,000 elements is the limit', async () => {
    const w = new Writer().entry('general.architecture', { type: 'string', v: 'llama' });
    const head = w.build(2);
    // An array header declaring 16,000,000 u8 elements; the elements are not needed to refuse it.
    const arr = Buffer.alloc(8 + 9 + 4 + 4 + 8);
    arr.writeBigUInt64LE(9n, 0);
    arr.write('big.array', 8, 'latin1');
    arr.writeUInt32LE(T.ARRAY, 17);
    arr.writeUInt32LE(T.U8, 21);
    arr.writeBigUInt64LE(16_000_000n, 25);
    const r = await readGguf(
      new BufferSource(Buffer.concat([head.subarray(0, 24 + 8 + 20 + 4 + 8 + 5), arr]), 'a'),
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['gguf/limit-exceeded']);
    // One element fewer is not a limit (the file is then too short for the elements: truncated).
    arr.writeBigUInt64LE(15_999_999n, 25);
    const r2 = await readGguf(
      new BufferSource(Buffer.concat([head.subarray(0, 24 + 8 + 20 + 4 + 8 + 5), arr]), 'a'),
    );
    expect(r2.findings.map((f) => f.rule)).toEqual(['gguf/truncated']);
  });

  it('exactly 1,000,000 tensor infos is the limit', async () => {
    const head = Buffer.alloc(24 + 24_000_000);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(1_000_000n, 8);
    head.writeBigUInt64LE(0n, 16);
    const r = await readGguf(new BufferSource(head, 't'));
    expect(r.findings.map((f) => f.rule)).toEqual(['gguf/limit-exceeded']);
  });

  it('reads a chat template longer than the window, after entries that fill several windows', async () => {
    const template = `{# ${'x'.repeat(3 * 1024 * 1024)} #}{{ self.__init__.__globals__ }}`;
    const tail = entriesOf(new Writer().entry('tokenizer.chat_template', { type: 'string', v: template }));
    const bytes = manyKeys(100_000, tail, 1);
    const r = await readGguf(new BufferSource(bytes, 'long.gguf'));
    expect(r.findings).toEqual([]);
    expect(r.metadata.get('tokenizer.chat_template')?.value).toBe(template);
    expect(r.metadata.size).toBe(4096 + 1); // the first 4,096 values and every template
  }, 60_000);
});

describe('GGUF reader property: what is written is read, across window refills', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9_.]{0,40}$/);
  const text = fc.string({ unit: 'grapheme', maxLength: 300 });
  const value: fc.Arbitrary<Value> = fc.oneof(
    fc.record({ type: fc.constant('u32' as const), v: fc.nat({ max: 2 ** 32 - 1 }) }),
    fc.record({ type: fc.constant('u64' as const), v: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) }),
    fc.record({ type: fc.constant('f64' as const), v: fc.double({ noNaN: true }) }),
    fc.record({ type: fc.constant('bool' as const), v: fc.boolean() }),
    fc.record({ type: fc.constant('string' as const), v: text }),
    fc.record({ type: fc.constant('strings' as const), v: fc.array(text, { maxLength: 40 }) }),
    // Big arrays move the position far past the window: the next entry needs a refill.
    fc.record({ type: fc.constant('u8s' as const), n: fc.integer({ min: 0, max: 300_000 }) }),
  );

  it('every entry of a random file is read with its type and value', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 60 }),
        async (entries) => {
          const w = new Writer();
          for (const [k, v] of entries) w.entry(k, v);
          const r = await readGguf(new BufferSource(w.build(), 'p.gguf'));
          expect(r.findings.filter((f) => f.rule !== 'gguf/invalid-string')).toEqual([]);
          expect(r.metadata.size).toBe(entries.length);
          for (const [k, v] of entries) {
            const got = r.metadata.get(k)!;
            if (v.type === 'strings') expect(got.length).toBe(BigInt(v.v.length));
            else if (v.type === 'u8s') expect(got.length).toBe(BigInt(v.n));
            else if (v.type === 'string' && !k.startsWith('general.') && Buffer.byteLength(v.v) > 1024)
              expect(got.value).toBeUndefined();
            else expect(got.value).toEqual(v.v);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
