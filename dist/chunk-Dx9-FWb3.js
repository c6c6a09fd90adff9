import { a1 as scanTrailingBytes, ac as ST_TRUNCATED, ad as ST_HEADER_TOO_LARGE, ae as ST_INVALID_HEADER, af as readJsonBytes, ag as ST_DUPLICATE_KEY, ah as ST_UNKNOWN_DTYPE, ai as ST_INVALID_SHAPE, aj as ST_SIZE_MISMATCH, ak as ST_INVALID_OFFSETS, al as ST_UNKNOWN_FIELD, am as ST_INVALID_METADATA, an as ST_DATA_SIZE, ao as jsonGet, ap as jsonUint } from './chunk-B-6LZOx6.js';
import { f as finding, aa as MAX_READ } from './chunk-CXVaUTXl.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
import './chunk-x8y2Yanw.js';

// src/formats/safetensors/read.ts
var MAX_HEADER_SIZE = 1e8;
var U64_MAX = (1n << 64n) - 1n;
var SAFETENSORS_DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64
};
var Findings = class {
  list = [];
  counts = /* @__PURE__ */ new Map();
  cap;
  constructor(cap = 20) {
    this.cap = cap;
  }
  add(rule, message, offset, evidence, severity) {
    const c = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, c);
    if (c > this.cap) return;
    this.list.push(
      finding(rule, {
        message,
        offset,
        evidence,
        severity
      })
    );
  }
  finish(rules) {
    for (const rule of rules) {
      const c = this.counts.get(rule.id) ?? 0;
      if (c > this.cap) {
        this.list.push(
          finding(rule, {
            message: `${c - this.cap} more ${rule.id} problems not listed`,
            evidence: { total: c }
          })
        );
      }
    }
  }
};
async function readBig(source, offset, length) {
  if (length <= MAX_READ) return source.read(offset, length);
  const parts = [];
  for (let at = 0; at < length; at += MAX_READ) {
    parts.push(await source.read(offset + at, Math.min(MAX_READ, length - at)));
  }
  return Buffer.concat(parts);
}
var fmtShape = (shape) => `[${shape.join(", ")}]`;
async function readSafetensors(source) {
  const out = new Findings();
  if (source.size < 8) {
    out.add(ST_TRUNCATED, `${source.size} bytes, too short for the 8-byte header length`, 0);
    return { findings: out.list };
  }
  const n = (await source.read(0, 8)).readBigUInt64LE(0);
  if (n > BigInt(MAX_HEADER_SIZE)) {
    out.add(ST_HEADER_TOO_LARGE, `header length ${n} exceeds the ${MAX_HEADER_SIZE} byte cap`, 0, {
      headerLength: n.toString()
    });
    return { findings: out.list };
  }
  if (n + 8n > BigInt(source.size)) {
    out.add(ST_TRUNCATED, `header length ${n} needs ${n + 8n} bytes but the file has ${source.size}`, 0, {
      headerLength: n.toString(),
      size: source.size
    });
    return { findings: out.list };
  }
  const headerLength = Number(n);
  const dataStart = 8 + headerLength;
  const bytes = await readBig(source, 8, headerLength);
  const header = { headerLength, dataStart, tensors: [] };
  if (bytes[0] !== 123) {
    out.add(ST_INVALID_HEADER, `header does not start with '{'`, 8, {
      first: bytes.subarray(0, 8).toString("hex")
    });
    return { findings: out.list };
  }
  const parsed = readJsonBytes(bytes);
  for (const d of parsed.nonStandard) {
    out.add(
      ST_INVALID_HEADER,
      `header is not strict JSON: ${d.message} at byte ${8 + d.offset}`,
      8 + d.offset,
      {
        serde: "rejects"
      }
    );
  }
  for (const d of parsed.duplicates) {
    out.add(
      ST_DUPLICATE_KEY,
      `key "${d.key}" appears more than once${d.where ? ` in ${d.where}` : ""}`,
      8 + d.offset,
      { key: d.key, in: d.where }
    );
  }
  if (parsed.error || !parsed.value) {
    out.add(
      ST_INVALID_HEADER,
      `header is not valid JSON: ${parsed.error?.message ?? "empty"} at byte ${8 + (parsed.error?.offset ?? 0)}`,
      8 + (parsed.error?.offset ?? 0)
    );
    out.finish([ST_DUPLICATE_KEY]);
    return { findings: out.list };
  }
  const root = parsed.value;
  if (root.t !== "object") {
    out.add(ST_INVALID_HEADER, `header is JSON but not an object`, 8);
    return { findings: out.list };
  }
  validateEntries(root, header, out);
  const tensorsEnd = validateLayout(header, BigInt(source.size - dataStart), out);
  out.finish([
    ST_DUPLICATE_KEY,
    ST_INVALID_HEADER,
    ST_UNKNOWN_DTYPE,
    ST_INVALID_SHAPE,
    ST_SIZE_MISMATCH,
    ST_INVALID_OFFSETS,
    ST_UNKNOWN_FIELD,
    ST_INVALID_METADATA
  ]);
  const trailing = dataStart + Number(tensorsEnd < BigInt(source.size - dataStart) ? tensorsEnd : -1n);
  return { header, findings: out.list, trailingAt: trailing >= dataStart ? trailing : void 0 };
}
function validateEntries(root, header, out) {
  for (const { key: name, value, offset } of root.entries) {
    const at = 8 + offset;
    if (name === "__metadata__") {
      validateMetadata(value, header, out, at);
      continue;
    }
    if (value.t !== "object") {
      out.add(ST_INVALID_HEADER, `tensor "${name}" is a JSON ${value.t}, not an object`, at);
      continue;
    }
    const tensor = validateTensor(name, value, at, out);
    if (tensor) header.tensors.push(tensor);
  }
}
function validateTensor(name, value, at, out) {
  for (const e of value.entries) {
    if (e.key !== "dtype" && e.key !== "shape" && e.key !== "data_offsets") {
      out.add(ST_UNKNOWN_FIELD, `tensor "${name}" has an unknown field "${e.key}"`, 8 + e.offset, {
        tensor: name,
        field: e.key
      });
    }
  }
  const dtypeV = jsonGet(value, "dtype");
  const shapeV = jsonGet(value, "shape");
  const offsV = jsonGet(value, "data_offsets");
  if (dtypeV?.t !== "string" || shapeV?.t !== "array" || offsV?.t !== "array") {
    const missing = [
      dtypeV?.t !== "string" ? "dtype (string)" : "",
      shapeV?.t !== "array" ? "shape (array)" : "",
      offsV?.t !== "array" ? "data_offsets (array)" : ""
    ].filter(Boolean);
    out.add(ST_INVALID_HEADER, `tensor "${name}" lacks a valid ${missing.join(", ")}`, at, {
      tensor: name,
      missing
    });
    return void 0;
  }
  const dtype = dtypeV.value;
  const bits = SAFETENSORS_DTYPE_BITS[dtype];
  if (bits === void 0) {
    out.add(ST_UNKNOWN_DTYPE, `tensor "${name}" has unknown dtype "${dtype}"`, 8 + dtypeV.offset, {
      tensor: name,
      dtype
    });
  }
  const { shape, ok: shapeOk } = readShape(name, shapeV, out);
  const offsets = readOffsets(name, offsV, out);
  if (!offsets) return void 0;
  const { start, end } = offsets;
  if (bits !== void 0 && shapeOk)
    checkByteSize(name, dtype, bits, shape, end - start, 8 + offsV.offset, out);
  return { name, dtype, shape, start, end };
}
function readShape(name, shapeV, out) {
  const shape = [];
  for (const d of shapeV.items) {
    const v = jsonUint(d);
    if (v === void 0 || v > U64_MAX) {
      out.add(
        ST_INVALID_SHAPE,
        `tensor "${name}" has shape entry ${describe(d)}, not a non-negative 64-bit integer`,
        8 + d.offset,
        { tensor: name, entry: describe(d) }
      );
      return { shape, ok: false };
    }
    shape.push(v);
  }
  return { shape, ok: true };
}
function readOffsets(name, offsV, out) {
  if (offsV.items.length !== 2) {
    out.add(
      ST_INVALID_HEADER,
      `tensor "${name}" data_offsets has ${offsV.items.length} entries, expected [start, end]`,
      8 + offsV.offset,
      { tensor: name }
    );
    return void 0;
  }
  const start = jsonUint(offsV.items[0]);
  const end = jsonUint(offsV.items[1]);
  if (start === void 0 || end === void 0 || start > U64_MAX || end > U64_MAX) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" data_offsets [${offsV.items.map(describe).join(", ")}] are not non-negative 64-bit integers`,
      8 + offsV.offset,
      { tensor: name }
    );
    return void 0;
  }
  if (start > end) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" ends (${end}) before it starts (${start})`,
      8 + offsV.offset,
      {
        tensor: name,
        start: start.toString(),
        end: end.toString()
      }
    );
    return void 0;
  }
  return { start, end };
}
function checkByteSize(name, dtype, bits, shape, span, at, out) {
  const elements = shape.reduce((a, b) => a * b, 1n);
  const totalBits = elements * BigInt(bits);
  if (totalBits % 8n !== 0n) {
    out.add(
      ST_SIZE_MISMATCH,
      `tensor "${name}" ${dtype}${fmtShape(shape)} is ${totalBits} bits, not whole bytes`,
      at,
      { tensor: name, dtype, shape: shape.map(String) }
    );
  } else if (totalBits / 8n !== span) {
    out.add(
      ST_SIZE_MISMATCH,
      `tensor "${name}" ${dtype}${fmtShape(shape)} needs ${totalBits / 8n} bytes but data_offsets span ${span}`,
      at,
      {
        tensor: name,
        dtype,
        shape: shape.map(String),
        expected: (totalBits / 8n).toString(),
        actual: span.toString()
      }
    );
  }
}
function validateMetadata(value, header, out, at) {
  if (value.t !== "object") {
    out.add(ST_INVALID_METADATA, `__metadata__ is a JSON ${value.t}, not an object`, at);
    return;
  }
  const meta = /* @__PURE__ */ Object.create(null);
  for (const e of value.entries) {
    if (e.value.t !== "string") {
      out.add(
        ST_INVALID_METADATA,
        `__metadata__ "${e.key}" is a JSON ${e.value.t}, not a string`,
        8 + e.offset,
        {
          key: e.key
        }
      );
    } else {
      meta[e.key] = e.value.value;
    }
  }
  header.metadata = meta;
}
function validateLayout(header, dataLength, out) {
  const sorted = [...header.tensors].sort(
    (a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0
  );
  let expected = 0n;
  let prev;
  for (const t of sorted) {
    if (t.start > expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `${t.start - expected} bytes at data offset ${expected} belong to no tensor (gap before "${t.name}")`,
        void 0,
        { tensor: t.name, gapStart: expected.toString(), gapEnd: t.start.toString() }
      );
    } else if (t.start < expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `tensor "${t.name}" [${t.start}, ${t.end}) overlaps "${prev?.name}" (which ends at ${expected})`,
        void 0,
        { tensor: t.name, other: prev?.name, start: t.start.toString(), end: t.end.toString() }
      );
    }
    if (t.end >= expected) {
      expected = t.end;
      prev = t;
    }
  }
  if (expected !== dataLength) {
    out.add(
      ST_DATA_SIZE,
      expected < dataLength ? `${dataLength - expected} bytes after the last tensor belong to no tensor` : `tensors need ${expected} data bytes but the file holds ${dataLength}`,
      header.dataStart + Number(expected < dataLength ? expected : dataLength),
      { tensorsEnd: expected.toString(), dataLength: dataLength.toString() }
    );
  }
  return expected;
}
function describe(v) {
  if (!v) return "nothing";
  if (v.t === "number") return v.raw;
  if (v.t === "string") return JSON.stringify(v.value.slice(0, 40));
  return v.t;
}
async function analyzeSafetensors(ctx) {
  const result = await readSafetensors(ctx.source);
  for (const f of result.findings) ctx.report(f);
  if (result.trailingAt !== void 0) await scanTrailingBytes(ctx, result.trailingAt);
}

export { MAX_HEADER_SIZE, SAFETENSORS_DTYPE_BITS, analyzeSafetensors, readSafetensors };
