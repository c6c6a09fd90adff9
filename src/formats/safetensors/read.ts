/**
 * safetensors header validator.
 *
 * Our own, not the npm `safetensors` package: that package is a small browser helper that reads the
 * whole file into memory and validates nothing (no length cap, no offset or size checks), so it
 * would both blow up on a multi-GB file and pass a hostile header. We follow the rules of the Rust
 * reference implementation (huggingface/safetensors `SafeTensors::read_metadata` + `validate`):
 *   - 8-byte little-endian header length N, at most 100 MB, with 8 + N within the file;
 *   - the header is UTF-8 JSON, starting with `{`, one object;
 *   - every tensor has a known dtype, a shape of non-negative integers and `data_offsets`
 *     [start, end] with end - start = product(shape) × dtype bits / 8 (computed in BigInt, so no
 *     overflow), whole bytes only;
 *   - sorted by offset, tensors are contiguous from 0 with no gap and no overlap, and the last one
 *     ends exactly at the end of the file;
 *   - `__metadata__` is a string→string map.
 * On top of the reference we report duplicate JSON keys (serde keeps one, Python keeps the last,
 * C++ readers differ), unknown fields and lone surrogates: differences between parsers are where
 * a hostile file hides. Only the header is read, whatever the file size.
 */
import { type AnalyzerContext, type ReportedFinding, scanTrailingBytes } from '../../core/analyzer.ts';
import { finding, type RuleDefinition, type Severity } from '../../core/finding.ts';
import { type ByteSource, MAX_READ } from '../../core/source.ts';
import {
  type JsonArray,
  type JsonObject,
  type JsonValue,
  jsonGet,
  jsonUint,
  readJsonBytes,
} from '../../core/json.ts';
import {
  ST_TRUNCATED,
  ST_HEADER_TOO_LARGE,
  ST_INVALID_HEADER,
  ST_DUPLICATE_KEY,
  ST_UNKNOWN_DTYPE,
  ST_INVALID_SHAPE,
  ST_SIZE_MISMATCH,
  ST_INVALID_OFFSETS,
  ST_DATA_SIZE,
  ST_INVALID_METADATA,
  ST_UNKNOWN_FIELD,
} from './rules.ts';

/** The reference's MAX_HEADER_SIZE. */
export const MAX_HEADER_SIZE = 100_000_000;
const U64_MAX = (1n << 64n) - 1n;

/** dtype → bits per element, as the reference lists them (sub-byte floats included). */
export const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>> = {
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
  U64: 64,
};

export interface SafetensorsTensor {
  name: string;
  dtype: string;
  shape: bigint[];
  start: bigint;
  end: bigint;
}

export interface SafetensorsHeader {
  /** N, the JSON header length. */
  headerLength: number;
  /** 8 + N: where the data section begins. */
  dataStart: number;
  /** Tensors whose entry was well-formed, in header order. */
  tensors: SafetensorsTensor[];
  metadata?: Record<string, string>;
}

export interface SafetensorsResult {
  /** Undefined when the header could not be read at all. */
  header?: SafetensorsHeader;
  /** Data-section offset where bytes no tensor describes begin, when the file is longer than its tensors. */
  trailingAt?: number;
  findings: ReportedFinding[];
}

/** Collects findings with a cap per rule, so a header with a million bad entries stays small. */
class Findings {
  readonly list: ReportedFinding[] = [];
  private readonly counts = new Map<string, number>();
  private readonly cap: number;
  constructor(cap = 20) {
    this.cap = cap;
  }
  add(
    rule: RuleDefinition,
    message: string,
    offset?: number,
    evidence?: Record<string, unknown>,
    severity?: Severity,
  ) {
    const c = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, c);
    if (c > this.cap) return;
    this.list.push(
      finding(rule, {
        message,
        offset,
        evidence,
        severity,
      }),
    );
  }
  finish(rules: readonly RuleDefinition[]) {
    for (const rule of rules) {
      const c = this.counts.get(rule.id) ?? 0;
      if (c > this.cap) {
        this.list.push(
          finding(rule, {
            message: `${c - this.cap} more ${rule.id} problems not listed`,
            evidence: { total: c },
          }),
        );
      }
    }
  }
}

async function readBig(source: ByteSource, offset: number, length: number): Promise<Buffer> {
  if (length <= MAX_READ) return source.read(offset, length);
  const parts: Buffer[] = [];
  for (let at = 0; at < length; at += MAX_READ) {
    parts.push(await source.read(offset + at, Math.min(MAX_READ, length - at)));
  }
  return Buffer.concat(parts);
}

const fmtShape = (shape: bigint[]) => `[${shape.join(', ')}]`;

/**
 * Reads and validates the header of a safetensors source. Reads 8 + N bytes, never the tensor data.
 * I/O errors propagate; content problems are findings.
 */
export async function readSafetensors(source: ByteSource): Promise<SafetensorsResult> {
  const out = new Findings();
  if (source.size < 8) {
    out.add(ST_TRUNCATED, `${source.size} bytes, too short for the 8-byte header length`, 0);
    return { findings: out.list };
  }
  const n = (await source.read(0, 8)).readBigUInt64LE(0);
  if (n > BigInt(MAX_HEADER_SIZE)) {
    out.add(ST_HEADER_TOO_LARGE, `header length ${n} exceeds the ${MAX_HEADER_SIZE} byte cap`, 0, {
      headerLength: n.toString(),
    });
    return { findings: out.list };
  }
  if (n + 8n > BigInt(source.size)) {
    out.add(ST_TRUNCATED, `header length ${n} needs ${n + 8n} bytes but the file has ${source.size}`, 0, {
      headerLength: n.toString(),
      size: source.size,
    });
    return { findings: out.list };
  }
  const headerLength = Number(n);
  const dataStart = 8 + headerLength;
  const bytes = await readBig(source, 8, headerLength);
  const header: SafetensorsHeader = { headerLength, dataStart, tensors: [] };
  if (bytes[0] !== 0x7b) {
    out.add(ST_INVALID_HEADER, `header does not start with '{'`, 8, {
      first: bytes.subarray(0, 8).toString('hex'),
    });
    return { findings: out.list };
  }
  // The safetensors reference reads the header with serde_json: NaN/Infinity, lone surrogates and
  // nesting past 128 levels fail there though Python's json (and this reader) read them.
  const parsed = readJsonBytes(bytes);
  for (const d of parsed.nonStandard) {
    out.add(
      ST_INVALID_HEADER,
      `header is not strict JSON: ${d.message} at byte ${8 + d.offset}`,
      8 + d.offset,
      {
        serde: 'rejects',
      },
    );
  }
  for (const d of parsed.duplicates) {
    out.add(
      ST_DUPLICATE_KEY,
      `key "${d.key}" appears more than once${d.where ? ` in ${d.where}` : ''}`,
      8 + d.offset,
      { key: d.key, in: d.where },
    );
  }
  if (parsed.error || !parsed.value) {
    out.add(
      ST_INVALID_HEADER,
      `header is not valid JSON: ${parsed.error?.message ?? 'empty'} at byte ${8 + (parsed.error?.offset ?? 0)}`,
      8 + (parsed.error?.offset ?? 0),
    );
    out.finish([ST_DUPLICATE_KEY]);
    return { findings: out.list };
  }
  const root = parsed.value;
  if (root.t !== 'object') {
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
    ST_INVALID_METADATA,
  ]);
  const trailing = dataStart + Number(tensorsEnd < BigInt(source.size - dataStart) ? tensorsEnd : -1n);
  return { header, findings: out.list, trailingAt: trailing >= dataStart ? trailing : undefined };
}

function validateEntries(root: JsonObject, header: SafetensorsHeader, out: Findings) {
  for (const { key: name, value, offset } of root.entries) {
    const at = 8 + offset;
    if (name === '__metadata__') {
      validateMetadata(value, header, out, at);
      continue;
    }
    if (value.t !== 'object') {
      out.add(ST_INVALID_HEADER, `tensor "${name}" is a JSON ${value.t}, not an object`, at);
      continue;
    }
    const tensor = validateTensor(name, value, at, out);
    if (tensor) header.tensors.push(tensor);
  }
}

type Tensor = SafetensorsHeader['tensors'][number];

/** One tensor entry checked field by field; undefined when it cannot be placed in the data. */
function validateTensor(name: string, value: JsonObject, at: number, out: Findings): Tensor | undefined {
  for (const e of value.entries) {
    if (e.key !== 'dtype' && e.key !== 'shape' && e.key !== 'data_offsets') {
      out.add(ST_UNKNOWN_FIELD, `tensor "${name}" has an unknown field "${e.key}"`, 8 + e.offset, {
        tensor: name,
        field: e.key,
      });
    }
  }
  const dtypeV = jsonGet(value, 'dtype');
  const shapeV = jsonGet(value, 'shape');
  const offsV = jsonGet(value, 'data_offsets');
  if (dtypeV?.t !== 'string' || shapeV?.t !== 'array' || offsV?.t !== 'array') {
    const missing = [
      dtypeV?.t !== 'string' ? 'dtype (string)' : '',
      shapeV?.t !== 'array' ? 'shape (array)' : '',
      offsV?.t !== 'array' ? 'data_offsets (array)' : '',
    ].filter(Boolean);
    out.add(ST_INVALID_HEADER, `tensor "${name}" lacks a valid ${missing.join(', ')}`, at, {
      tensor: name,
      missing,
    });
    return undefined;
  }
  const dtype = dtypeV.value;
  const bits = SAFETENSORS_DTYPE_BITS[dtype];
  if (bits === undefined) {
    out.add(ST_UNKNOWN_DTYPE, `tensor "${name}" has unknown dtype "${dtype}"`, 8 + dtypeV.offset, {
      tensor: name,
      dtype,
    });
  }
  const { shape, ok: shapeOk } = readShape(name, shapeV, out);
  const offsets = readOffsets(name, offsV, out);
  if (!offsets) return undefined;
  const { start, end } = offsets;
  if (bits !== undefined && shapeOk)
    checkByteSize(name, dtype, bits, shape, end - start, 8 + offsV.offset, out);
  return { name, dtype, shape, start, end };
}

/** The shape's dimensions up to the first that is not a u64 (reported; `ok` false). */
function readShape(name: string, shapeV: JsonArray, out: Findings): { shape: bigint[]; ok: boolean } {
  const shape: bigint[] = [];
  for (const d of shapeV.items) {
    const v = jsonUint(d);
    if (v === undefined || v > U64_MAX) {
      out.add(
        ST_INVALID_SHAPE,
        `tensor "${name}" has shape entry ${describe(d)}, not a non-negative 64-bit integer`,
        8 + d.offset,
        { tensor: name, entry: describe(d) },
      );
      return { shape, ok: false };
    }
    shape.push(v);
  }
  return { shape, ok: true };
}

/** data_offsets as [start, end] u64s with start <= end; undefined (reported) otherwise. */
function readOffsets(
  name: string,
  offsV: JsonArray,
  out: Findings,
): { start: bigint; end: bigint } | undefined {
  if (offsV.items.length !== 2) {
    out.add(
      ST_INVALID_HEADER,
      `tensor "${name}" data_offsets has ${offsV.items.length} entries, expected [start, end]`,
      8 + offsV.offset,
      { tensor: name },
    );
    return undefined;
  }
  const start = jsonUint(offsV.items[0]);
  const end = jsonUint(offsV.items[1]);
  if (start === undefined || end === undefined || start > U64_MAX || end > U64_MAX) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" data_offsets [${offsV.items.map(describe).join(', ')}] are not non-negative 64-bit integers`,
      8 + offsV.offset,
      { tensor: name },
    );
    return undefined;
  }
  if (start > end) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" ends (${end}) before it starts (${start})`,
      8 + offsV.offset,
      {
        tensor: name,
        start: start.toString(),
        end: end.toString(),
      },
    );
    return undefined;
  }
  return { start, end };
}

/** dtype × shape must be whole bytes and exactly the span of data_offsets. */
function checkByteSize(
  name: string,
  dtype: string,
  bits: number,
  shape: bigint[],
  span: bigint,
  at: number,
  out: Findings,
) {
  const elements = shape.reduce((a, b) => a * b, 1n);
  const totalBits = elements * BigInt(bits);
  if (totalBits % 8n !== 0n) {
    out.add(
      ST_SIZE_MISMATCH,
      `tensor "${name}" ${dtype}${fmtShape(shape)} is ${totalBits} bits, not whole bytes`,
      at,
      { tensor: name, dtype, shape: shape.map(String) },
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
        actual: span.toString(),
      },
    );
  }
}

function validateMetadata(value: JsonValue, header: SafetensorsHeader, out: Findings, at: number) {
  if (value.t !== 'object') {
    out.add(ST_INVALID_METADATA, `__metadata__ is a JSON ${value.t}, not an object`, at);
    return;
  }
  const meta: Record<string, string> = Object.create(null);
  for (const e of value.entries) {
    if (e.value.t !== 'string') {
      out.add(
        ST_INVALID_METADATA,
        `__metadata__ "${e.key}" is a JSON ${e.value.t}, not a string`,
        8 + e.offset,
        {
          key: e.key,
        },
      );
    } else {
      meta[e.key] = e.value.value;
    }
  }
  header.metadata = meta;
}

/** Checks the tiling of the data section; returns where the last tensor ends. */
function validateLayout(header: SafetensorsHeader, dataLength: bigint, out: Findings): bigint {
  const sorted = [...header.tensors].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0,
  );
  let expected = 0n;
  let prev: SafetensorsTensor | undefined;
  for (const t of sorted) {
    if (t.start > expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `${t.start - expected} bytes at data offset ${expected} belong to no tensor (gap before "${t.name}")`,
        undefined,
        { tensor: t.name, gapStart: expected.toString(), gapEnd: t.start.toString() },
      );
    } else if (t.start < expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `tensor "${t.name}" [${t.start}, ${t.end}) overlaps "${prev?.name}" (which ends at ${expected})`,
        undefined,
        { tensor: t.name, other: prev?.name, start: t.start.toString(), end: t.end.toString() },
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
      expected < dataLength
        ? `${dataLength - expected} bytes after the last tensor belong to no tensor`
        : `tensors need ${expected} data bytes but the file holds ${dataLength}`,
      header.dataStart + Number(expected < dataLength ? expected : dataLength),
      { tensorsEnd: expected.toString(), dataLength: dataLength.toString() },
    );
  }
  return expected;
}

function describe(v: JsonValue | undefined): string {
  if (!v) return 'nothing';
  if (v.t === 'number') return v.raw;
  if (v.t === 'string') return JSON.stringify(v.value.slice(0, 40));
  return v.t;
}

/** Validates the header and reports its findings; bytes past the last tensor are scanned as a payload. */
export async function analyzeSafetensors(ctx: AnalyzerContext): Promise<void> {
  const result = await readSafetensors(ctx.source);
  for (const f of result.findings) ctx.report(f);
  if (result.trailingAt !== undefined) await scanTrailingBytes(ctx, result.trailingAt);
}
