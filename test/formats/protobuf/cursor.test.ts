import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import {
  ProtoCursor,
  ProtoError,
  type ProtoField,
  walkMessage,
} from '../../../src/formats/protobuf/cursor.ts';
import { headFields } from '../../../src/formats/protobuf/head.ts';

const cursor = (bytes: number[] | Buffer) => new ProtoCursor(new BufferSource(Buffer.from(bytes), 'x'));

async function fields(bytes: number[] | Buffer): Promise<ProtoField[]> {
  const cur = cursor(bytes);
  const out: ProtoField[] = [];
  await walkMessage(cur, 0, cur.size, (f) => out.push(f));
  return out;
}

describe('protobuf walker', () => {
  it('reads varints, fixed and length-delimited fields', async () => {
    // field 1 varint 300, field 2 "hi", field 3 fixed32, field 4 fixed64
    const f = await fields([
      0x08, 0xac, 0x02, 0x12, 0x02, 0x68, 0x69, 0x1d, 1, 2, 3, 4, 0x21, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(f.map((x) => [x.field, x.wire])).toEqual([
      [1, 0],
      [2, 2],
      [3, 5],
      [4, 1],
    ]);
    expect(f[0]!.value).toBe(300n);
    expect(f[1]!.length).toBe(2);
  });

  it('skips groups like protobuf skips unknown fields', async () => {
    const f = await fields([0x0b, 0x10, 0x01, 0x0c, 0x18, 0x05]);
    expect(f.map((x) => x.field)).toEqual([3]);
  });

  it('rejects lengths past the message, bad wire types, field 0, unclosed groups, long varints', async () => {
    for (const bad of [
      [0x12, 0x05, 0x61],
      [0x0e, 0x00],
      [0x00, 0x01],
      [0x0b, 0x10, 0x01],
      [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
    ]) {
      await expect(fields(bad)).rejects.toBeInstanceOf(ProtoError);
    }
  });

  it('descends into sub-messages with a depth limit', async () => {
    const cur = cursor(Buffer.from([0x0a, 0x02, 0x0a, 0x00]));
    const seen: number[] = [];
    await walkMessage(cur, 0, cur.size, (f) => cur.sub(f, 1, (g) => seen.push(g.field)));
    expect(seen).toEqual([1]);
    const deep = cursor(Buffer.from([0x0a, 0x00]));
    await expect(walkMessage(deep, 0, deep.size, (f) => deep.sub(f, 101, () => 0))).rejects.toThrow(/deeper/);
  });

  it('headFields tolerates a cut head, and truncation only when asked', () => {
    expect(headFields(Buffer.from([0x08, 0x01, 0x12, 0x10]), 100)?.map((f) => f.field)).toEqual([1, 2]);
    expect(headFields(Buffer.from([0x08, 0x01, 0x12, 0x10]), 10)).toBeUndefined();
    expect(headFields(Buffer.from([0x08, 0x01, 0x12, 0x10]), 10, 64, true)?.map((f) => f.field)).toEqual([
      1, 2,
    ]);
    expect(headFields(Buffer.from('{"json": true}'), 14)).toBeUndefined();
  });

  it('property: random bytes either walk or fail with a ProtoError, recursively', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const cur = cursor(Buffer.from(bytes));
        const visit = async (f: ProtoField, depth: number): Promise<void> => {
          if (f.wire === 2 && depth < 5) {
            await cur
              .sub(f, depth, (g) => visit(g, depth + 1))
              .catch((e) => {
                if (!(e instanceof ProtoError)) throw e;
              });
          }
        };
        try {
          await walkMessage(cur, 0, cur.size, (f) => visit(f, 1));
        } catch (e) {
          expect(e).toBeInstanceOf(ProtoError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
