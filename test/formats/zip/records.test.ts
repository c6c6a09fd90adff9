/**
 * The end-record searches as the two loaders do them (src/formats/zip/records.ts): miniz looks
 * backwards from the last possible position down to a bound set by its chunked reads; CPython's
 * `_EndRecData` takes the last 22 bytes when they are a record with an empty comment, else the last
 * signature within 64 KiB + 22 (rfind), which must leave room for a whole record. The searches use
 * Buffer.lastIndexOf; this property compares them with a byte-by-byte reference on tails full of
 * signatures, truncated records and comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { cpythonEocd, minizEocd, readTail } from '../../../src/formats/zip/records.ts';

const SIG = [0x50, 0x4b, 0x05, 0x06];
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

type Tail = Awaited<ReturnType<typeof readTail>>;

const sigAt = (t: Tail, pos: number) => {
  const i = pos - t.start;
  return i >= 0 && i + 4 <= t.buf.length && t.buf.readUInt32LE(i) === 0x06054b50;
};

/** The reference: CPython's loop, one position at a time. */
function cpythonRef(t: Tail): number {
  if (t.size < EOCD_SIZE) return -1;
  const last = t.size - EOCD_SIZE;
  if (sigAt(t, last) && t.buf.readUInt16LE(last - t.start + 20) === 0) return last;
  const from = Math.max(t.size - MAX_COMMENT - EOCD_SIZE, 0);
  for (let pos = t.size - 4; pos >= Math.max(from, t.start); pos--)
    if (sigAt(t, pos)) return pos + EOCD_SIZE <= t.size ? pos : -1;
  return -1;
}

/** The highest signature at or below the last whole-record position, within the tail (miniz's bound is above it for these sizes). */
function highestRecordStart(t: Tail): number {
  for (let pos = t.size - EOCD_SIZE; pos >= t.start; pos--) if (sigAt(t, pos)) return pos;
  return -1;
}

const bytes = fc
  .array(
    fc.oneof(
      fc.constant(SIG),
      fc.constant([...SIG, ...new Array(18).fill(0)]),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }),
      fc.array(fc.constantFrom(0x50, 0x4b, 0x05, 0x06, 0x00), { maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => Buffer.from(parts.flat()));

describe('zip end-record search', () => {
  it('CPython: same answer as the byte-by-byte reference', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (buf) => {
        const t = await readTail(new BufferSource(buf, 't.zip'));
        expect(cpythonEocd(t)).toBe(cpythonRef(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('miniz: the last signature that leaves room for a record (small files: the whole file is searched)', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (buf) => {
        const t = await readTail(new BufferSource(buf, 't.zip'));
        expect(minizEocd(t)).toBe(t.size < EOCD_SIZE ? -1 : highestRecordStart(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('a signature in the last 3 bytes is not a record for either reader', async () => {
    const buf = Buffer.concat([Buffer.alloc(100), Buffer.from(SIG.slice(0, 3))]);
    const t = await readTail(new BufferSource(buf, 't.zip'));
    expect(cpythonEocd(t)).toBe(-1);
    expect(minizEocd(t)).toBe(-1);
  });
});
