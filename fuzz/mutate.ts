/**
 * Mutators: byte-level ones that apply to every format, and structure-aware ones that know where a
 * format keeps its lengths, offsets, nesting and opcodes. Each returns a new buffer under MAX_MUTANT.
 */
import type { Random } from './random.ts';
import type { Family, Seed } from './seeds.ts';

/** Inputs stay under 1 MB: the robustness guarantee is stated for inputs that size. */
export const MAX_MUTANT = 1024 * 1024 - 1;

export interface Mutator {
  name: string;
  /** Families this applies to; undefined = all. */
  families?: readonly Family[];
  apply(input: Buffer, rnd: Random, others: readonly Seed[]): Buffer;
}

const clamp = (b: Buffer): Buffer => (b.length > MAX_MUTANT ? b.subarray(0, MAX_MUTANT) : b);

/** Boundary values for integer fields of `width` bytes, given the file size. */
function boundaryValues(width: number, size: number): bigint[] {
  const max = (1n << BigInt(width * 8)) - 1n;
  const half = 1n << BigInt(width * 8 - 1);
  const s = BigInt(size);
  return [
    0n,
    1n,
    2n,
    0x7fn,
    0x80n,
    0xffn,
    half - 1n,
    half,
    half + 1n,
    max,
    max - 1n,
    s,
    s - 1n,
    s + 1n,
    s * 2n,
  ]
    .concat(width >= 4 ? [0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n] : [])
    .concat(width >= 8 ? [1n << 53n, (1n << 63n) - 1n] : [])
    .map((v) => ((v % (max + 1n)) + (max + 1n)) % (max + 1n));
}

function writeInt(buf: Buffer, at: number, width: number, value: bigint, bigEndian: boolean): void {
  for (let i = 0; i < width && at + i < buf.length; i++) {
    const byte = Number((value >> BigInt(8 * i)) & 0xffn);
    buf[bigEndian ? at + width - 1 - i : at + i] = byte;
  }
}

/** Overwrites an integer field at `at` with a boundary value. */
export function setField(input: Buffer, at: number, width: number, rnd: Random, bigEndian = false): Buffer {
  const out = Buffer.from(input);
  writeInt(out, at, width, rnd.pick(boundaryValues(width, input.length)), bigEndian);
  return out;
}

const bitflip: Mutator = {
  name: 'bitflip',
  apply(input, rnd) {
    const out = Buffer.from(input);
    const n = rnd.range(1, 8);
    for (let i = 0; i < n && out.length; i++) {
      const at = rnd.offset(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << rnd.int(8));
    }
    return out;
  },
};

const interestingByte: Mutator = {
  name: 'byte',
  apply(input, rnd) {
    const out = Buffer.from(input);
    const n = rnd.range(1, 4);
    for (let i = 0; i < n && out.length; i++)
      out[rnd.offset(out.length)] = rnd.pick([0, 0xff, 0x7f, 0x80, 0x0a, 0x22]);
    return out;
  },
};

const intField: Mutator = {
  name: 'int-field',
  apply(input, rnd) {
    const width = rnd.pick([1, 2, 4, 8]);
    const at = rnd.chance(0.5) ? rnd.int(Math.min(input.length, 64)) : rnd.offset(input.length);
    return setField(input, at, width, rnd, rnd.chance(0.2));
  },
};

const truncate: Mutator = {
  name: 'truncate',
  apply(input, rnd) {
    return input.subarray(0, rnd.offset(input.length));
  },
};

const insertBytes: Mutator = {
  name: 'insert',
  apply(input, rnd) {
    const at = rnd.offset(input.length);
    return clamp(Buffer.concat([input.subarray(0, at), rnd.bytes(rnd.range(1, 64)), input.subarray(at)]));
  },
};

const repeatSlice: Mutator = {
  name: 'repeat',
  apply(input, rnd) {
    if (input.length < 2) return Buffer.concat([input, input]);
    const at = rnd.int(input.length - 1);
    const len = rnd.range(1, Math.min(256, input.length - at));
    const times = rnd.pick([2, 16, 256, 4096]);
    const slice = input.subarray(at, at + len);
    const reps = Buffer.alloc(Math.min(len * times, MAX_MUTANT - input.length), 0);
    for (let i = 0; i < reps.length; i++) reps[i] = slice[i % len] ?? 0;
    return clamp(Buffer.concat([input.subarray(0, at), reps, input.subarray(at)]));
  },
};

const deleteSlice: Mutator = {
  name: 'delete',
  apply(input, rnd) {
    const at = rnd.offset(input.length);
    const len = rnd.range(1, Math.max(1, Math.min(512, input.length - at)));
    return Buffer.concat([input.subarray(0, at), input.subarray(at + len)]);
  },
};

const splice: Mutator = {
  name: 'splice',
  apply(input, rnd, others) {
    if (others.length === 0) return input;
    const other = rnd.pick(others).bytes;
    const a = rnd.offset(input.length);
    const b = rnd.offset(other.length);
    return clamp(Buffer.concat([input.subarray(0, a), other.subarray(b)]));
  },
};

export const GENERIC: readonly Mutator[] = [
  bitflip,
  interestingByte,
  intField,
  truncate,
  insertBytes,
  repeatSlice,
  deleteSlice,
  splice,
];
