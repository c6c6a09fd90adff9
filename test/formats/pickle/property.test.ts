/**
 * Property tests: mutated real and hostile fixtures never crash the analyzers, each case finishes
 * well under a second, and a payload stays caught whatever follows it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { PickleReader } from '../../../src/formats/pickle/reader.ts';
import { BASE_HOOKS } from '../../../src/formats/pickle/hooks.ts';
import { DEFAULT_WALK_LIMITS, walkPickle } from '../../../src/formats/pickle/walker.ts';
import { analyzeBytes, FIXTURES } from './helpers.ts';

const load = (rel: string) => readFileSync(join(FIXTURES, rel));
const SEEDS = [
  'torch-legacy/state_dict_legacy.pt',
  'joblib/random_forest.joblib',
  'joblib/object_array.joblib',
  'numpy/object_benign.npy',
  'numpy/structured.npy',
  'pickle/benign_proto0.pkl',
  'pickle/sklearn_logreg_proto4.pkl',
  'pickle/numpy_array_proto5.pkl',
  'pickle/hostile/02_stack_global_memoize_binget.pkl',
  'pickle/hostile/30_copyreg_add_extension_ext1.pkl',
  'pickle/hostile/memo_text_put_get.pkl',
  'torch-legacy/hostile_payload_in_data.pt',
  'joblib/hostile_object_array.joblib',
].map((rel) => ({ rel, data: load(rel) }));

const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({
    op: fc.constant('len' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 0x7fffffff, 0xffffffff, 1),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(data: Buffer, muts: Mutation[]): Buffer {
  let out = Buffer.from(data);
  for (const m of muts) {
    if (out.length === 0) break;
    const at = m.at % out.length;
    if (m.op === 'flip') out[at]! ^= 1 << m.bit;
    else if (m.op === 'set') out[at] = m.byte;
    else if (m.op === 'cut') out = out.subarray(0, at);
    else if (m.op === 'insert') out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else if (at + 4 <= out.length) out.writeUInt32LE(m.value, at);
  }
  return out;
}

/** Opcode fragments, valid alone or not: random sequences exercise every handler and error path. */
const FRAGMENTS = [
  '(',
  '.',
  '0',
  '1',
  '2',
  'N',
  ')',
  ']',
  '}',
  'a',
  'e',
  'b',
  'd',
  'l',
  's',
  't',
  'u',
  'o',
  'R',
  'Q',
  '\x85',
  '\x86',
  '\x87',
  '\x88',
  '\x89',
  '\x8f',
  '\x90',
  '\x91',
  '\x92',
  '\x93',
  '\x94',
  '\x97',
  '\x98',
  '\x81',
  'K\x07',
  'M\x01\x02',
  'J\xff\xff\xff\xff',
  'I5\n',
  'I01\n',
  'L12L\n',
  'F1.5\n',
  'G\x00\x00\x00\x00\x00\x00\x00\x00',
  "S'os'\n",
  'Vsystem\n',
  'U\x02os',
  'X\x06\x00\x00\x00system',
  '\x8c\x05posix',
  'C\x01x',
  'B\x01\x00\x00\x00x',
  'cposix\nsystem\n',
  'ibuiltins\nlist\n',
  'Pid\n',
  'p1\n',
  'g1\n',
  'q\x01',
  'h\x01',
  'r\x01\x00\x00\x00',
  'j\x01\x00\x00\x00',
  '\x82\x01',
  '\x83\x01\x00',
  '\x84\x01\x00\x00\x00',
  '\x8a\x01\x05',
  '\x8b\x01\x00\x00\x00\x05',
  '\x80\x04',
  '\x80\x09',
  '\x95\x02\x00\x00\x00\x00\x00\x00\x00',
  '\x8d\x01\x00\x00\x00\x00\x00\x00\x00x',
  '\xff',
  // Operands that embed a pickle or a compressed stream (nested scans), and odd text operands.
  'B\x0e\x00\x00\x00cposix\nsystem\n',
  'C\x05\x80\x02N\x85.',
  'C\x04x\x9c\x03\x00',
  'X\x06\x00\x00\x00\xc2\x80\x02N.N',
  'L0x1_f\n',
  'I010\n',
  'F1e400\n',
  'g0\x00z\n',
  'cos\x00x\nsystem\n',
].map((f) => Buffer.from(f, 'latin1'));

describe('property: random opcode sequences', () => {
  it('are walked without exceptions, within time, to a result or a malformed finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), async (frags) => {
        const data = Buffer.concat(frags);
        const started = performance.now();
        const r = await analyzeBytes(data, 'x.pkl');
        expect(performance.now() - started).toBeLessThan(1000);
        expect(r.findings.filter((f) => f.rule === 'scan/read-error')).toEqual([]);
        // GLOBAL imports as soon as it is read: a stream starting with one is always reported.
        if (data.subarray(0, 14).toString('latin1') === 'cposix\nsystem\n') {
          expect(r.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: mutated fixtures', () => {
  it('never throw, finish fast and yield a kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (seed, muts) => {
          const data = apply(seed.data, muts);
          const started = performance.now();
          const r = await analyzeBytes(data, seed.rel.split('/').at(-1)!);
          expect(performance.now() - started).toBeLessThan(1000);
          expect(typeof r.kind).toBe('string');
          // The analyzers never crash: no scan/read-error from an analyzer exception.
          expect(r.findings.filter((f) => f.rule === 'scan/read-error')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep a payload caught whatever bytes follow its REDUCE (nullifAI generalised)', async () => {
    const payload = load('pickle/hostile/01_proto0_global_reduce.pkl');
    const reduceEnd = payload.indexOf(0x52) + 1;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: 1 }), async (tail, keepStop) => {
        const data = Buffer.concat([payload.subarray(0, reduceEnd + keepStop), tail]);
        const r = await analyzeBytes(data, 'weights.bin');
        expect(r.kind).toBe('pickle');
        expect(r.findings.map((f) => [f.rule, f.severity])).toContainEqual([
          'pickle/dangerous-global',
          'critical',
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('report the payload of any stream in a stack of benign ones', async () => {
    const benign = load('pickle/numpy_array_proto2.pkl');
    const payload = load('pickle/hostile/21_stack_global_at_opcode_0.pkl');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 5 }), fc.nat({ max: 5 }), async (before, after) => {
        const data = Buffer.concat([...Array(before).fill(benign), payload, ...Array(after).fill(benign)]);
        const r = await analyzeBytes(data, 'model.ckpt');
        expect(r.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
        expect(r.findings.filter((f) => f.rule === 'pickle/malformed')).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('property: text operands', () => {
  it('any INT/LONG/FLOAT/GET/PUT argument line is accepted or refused, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('I', 'L', 'F', 'g', 'p'),
        fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a.filter((c) => c !== 0x0a))),
        async (op, arg) => {
          const data = Buffer.concat([
            Buffer.from(op === 'g' || op === 'p' ? `N\x94${op}` : op, 'latin1'),
            arg,
            Buffer.from('\n.'),
          ]);
          const r = await walkPickle(
            new PickleReader(new BufferSource(data, 'x')),
            DEFAULT_WALK_LIMITS,
            BASE_HOOKS,
          );
          expect(r.error === undefined || typeof r.error.message === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
