/**
 * The top-level fields of a protobuf prefix, for sniffers: a few bytes of the file's head decide
 * whether it can be a SavedModel, a GraphDef or an ONNX model. Kept apart from the walker
 * (cursor.ts) so the sniffers, which run on every file, load only this.
 */

/** Protobuf's wire types (encoding.md, "Message Structure"). */
export const WIRE = { varint: 0, i64: 1, len: 2, startGroup: 3, endGroup: 4, i32: 5 } as const;

/** Top-level fields of a protobuf prefix (for sniffers); stops quietly where the head ends. */
export interface HeadField {
  field: number;
  wire: number;
  value: bigint;
  start: number;
  length: number;
}

/**
 * Parses the top-level fields of `head` (the first bytes of a source of `size` bytes). Returns
 * undefined when the bytes are not a protobuf message (or one whose fields reach past `size`).
 */
export function headFields(
  head: Buffer,
  size: number,
  max = 64,
  allowTruncated = false,
): HeadField[] | undefined {
  const out: HeadField[] = [];
  let at = 0;
  const varint = (p: number): [bigint, number] | undefined => {
    let v = 0n;
    let shift = 0n;
    for (let i = p; i < head.length && i < p + 10; i++) {
      v |= BigInt(head[i]! & 0x7f) << shift;
      if ((head[i]! & 0x80) === 0) return [v, i + 1];
      shift += 7n;
    }
    return undefined;
  };
  while (at < head.length && out.length < max) {
    const tag = varint(at);
    if (!tag) return at >= head.length - 10 && out.length ? out : undefined;
    const field = Number(tag[0] >> 3n);
    const wire = Number(tag[0] & 7n);
    if (field === 0 || field > 0xffff) return undefined;
    if (wire === WIRE.varint) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : undefined;
      out.push({ field, wire, value: v[0], start: tag[1], length: 0 });
      at = v[1];
    } else if (wire === WIRE.len) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : undefined;
      if (v[0] > BigInt(size - v[1])) {
        // A field running past the end: a truncated file (kept only when the caller has a name hint).
        if (!allowTruncated) return undefined;
        out.push({ field, wire, value: v[0], start: v[1], length: size - v[1] });
        return out;
      }
      const length = Number(v[0]);
      out.push({ field, wire, value: v[0], start: v[1], length });
      at = v[1] + length;
    } else if (wire === WIRE.i64 || wire === WIRE.i32) {
      const n = wire === WIRE.i64 ? 8 : 4;
      if (tag[1] + n > size) return undefined;
      out.push({ field, wire, value: 0n, start: tag[1], length: n });
      at = tag[1] + n;
    } else {
      return undefined;
    }
  }
  if (at > size) return undefined;
  return out;
}
