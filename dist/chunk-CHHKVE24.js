
// src/formats/protobuf/head.ts
var WIRE = { varint: 0, i64: 1, len: 2, startGroup: 3, endGroup: 4, i32: 5 };
function headFields(head, size, max = 64, allowTruncated = false) {
  const out = [];
  let at = 0;
  const varint = (p) => {
    let v = 0n;
    let shift = 0n;
    for (let i = p; i < head.length && i < p + 10; i++) {
      v |= BigInt(head[i] & 127) << shift;
      if ((head[i] & 128) === 0) return [v, i + 1];
      shift += 7n;
    }
    return void 0;
  };
  while (at < head.length && out.length < max) {
    const tag = varint(at);
    if (!tag) return at >= head.length - 10 && out.length ? out : void 0;
    const field = Number(tag[0] >> 3n);
    const wire = Number(tag[0] & 7n);
    if (field === 0 || field > 65535) return void 0;
    if (wire === WIRE.varint) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      out.push({ field, wire, value: v[0], start: tag[1], length: 0 });
      at = v[1];
    } else if (wire === WIRE.len) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      if (v[0] > BigInt(size - v[1])) {
        if (!allowTruncated) return void 0;
        out.push({ field, wire, value: v[0], start: v[1], length: size - v[1] });
        return out;
      }
      const length = Number(v[0]);
      out.push({ field, wire, value: v[0], start: v[1], length });
      at = v[1] + length;
    } else if (wire === WIRE.i64 || wire === WIRE.i32) {
      const n = wire === WIRE.i64 ? 8 : 4;
      if (tag[1] + n > size) return void 0;
      out.push({ field, wire, value: 0n, start: tag[1], length: n });
      at = tag[1] + n;
    } else {
      return void 0;
    }
  }
  if (at > size) return void 0;
  return out;
}

export {
  WIRE,
  headFields
};
