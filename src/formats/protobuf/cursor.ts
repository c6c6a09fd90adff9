/**
 * A small protobuf wire-format walker shared by the ONNX and TensorFlow analyzers.
 *
 * Why our own and not protobufjs / google-protobuf: those decode a whole message into memory
 * (an ONNX file with embedded weights is gigabytes of `raw_data`), need the .proto schemas
 * compiled in, and throw on the first malformed byte, which would blind the scanner. This walker
 * reads through a ByteSource with a small window cache, hands each field's position to the caller,
 * and lets the caller descend into the sub-messages it cares about and skip the rest (tensor data)
 * without reading it. Every length is checked against the bytes left in the enclosing message.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding, type RuleDefinition } from '../../core/finding.ts';
import { type ByteSource, label } from '../../core/source.ts';
import { BaseError } from '../../core/errors.ts';
import { WIRE } from './head.ts';

/**
 * Fields one walk may visit (~1 µs each): a hostile file of empty messages stops after ~20 s with a
 * finding instead of running for the length of a 2 GB protobuf. Real graphs are far below this.
 */
export const MAX_FIELDS = 20_000_000;

/** Protobuf's own default recursion limit. */
export const MAX_PROTO_DEPTH = 100;

export interface ProtoField {
  field: number;
  wire: number;
  /** Offset of the tag. */
  offset: number;
  /** Varint value (wire 0) or fixed value (wire 1, 5). */
  value: bigint;
  /** Payload start and length for wire 2 (and for fixed types); 0 length for varints. */
  start: number;
  length: number;
}

export class ProtoError extends BaseError<'PROTOBUF_INVALID'> {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super('PROTOBUF_INVALID', message);
    this.name = 'ProtoError';
    this.offset = offset;
  }
}

const WINDOW = 64 * 1024;
/** Messages up to this size are read in one go before their fields are walked. */
const PRELOAD = 1024 * 1024;

function decodeVarint(b: Buffer, at: number): { value: bigint; next: number } {
  // Numbers are exact up to 2^53: use them for the first 7 bytes, BigInt only beyond.
  let n = 0;
  let mul = 1;
  for (let i = 0; i < b.length && i < 7; i++) {
    const byte = b[i]!;
    n += (byte & 0x7f) * mul;
    if ((byte & 0x80) === 0) return { value: BigInt(n), next: at + i + 1 };
    mul *= 128;
  }
  let value = BigInt(n);
  let shift = 49n;
  for (let i = 7; i < b.length; i++) {
    const byte = b[i]!;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: at + i + 1 };
    shift += 7n;
  }
  throw new ProtoError(b.length >= 10 ? 'varint longer than 10 bytes' : 'varint runs past its message', at);
}

/** Random access to a ByteSource through one cached window, so small fields cost no extra reads. */
export class ProtoCursor {
  readonly source: ByteSource;
  private buf: Buffer = Buffer.alloc(0);
  private bufStart = 0;
  /** Fields visited so far (callers bound the work on hostile input). */
  fieldsVisited = 0;

  constructor(source: ByteSource) {
    this.source = source;
  }

  get size(): number {
    return this.source.size;
  }

  /** [at, at+n) (clamped to the end) when it is already in the window. */
  private inWindow(at: number, n: number): Buffer | undefined {
    const end = Math.min(this.source.size, at + n);
    if (at >= this.bufStart && end <= this.bufStart + this.buf.length) {
      return this.buf.subarray(at - this.bufStart, end - this.bufStart);
    }
    return undefined;
  }

  /** Ensures [at, at+n) (clamped to the end) is in the window and returns it. */
  private async window(at: number, n: number): Promise<Buffer> {
    const hit = this.inWindow(at, n);
    if (hit) return hit;
    const end = Math.min(this.source.size, at + n);
    const len = Math.max(end - at, Math.min(WINDOW, this.source.size - at));
    this.buf = await this.source.read(at, len);
    this.bufStart = at;
    return this.buf.subarray(0, end - at);
  }

  /** Loads [start, end) into the window in one read when it is small (a node, a small graph). */
  async preload(start: number, end: number): Promise<void> {
    if (end - start <= PRELOAD && !this.inWindow(start, end - start)) {
      this.buf = await this.source.read(start, end - start);
      this.bufStart = start;
    }
  }

  /** A varint decoded from the window, or undefined when its bytes are not loaded. */
  varintNow(at: number, limit: number): { value: bigint; next: number } | undefined {
    const b = this.inWindow(at, Math.min(10, limit - at));
    return b ? decodeVarint(b, at) : undefined;
  }

  async varint(at: number, limit: number): Promise<{ value: bigint; next: number }> {
    return decodeVarint(await this.window(at, Math.min(10, limit - at)), at);
  }

  /** Reads a payload of at most `cap` bytes (longer payloads are truncated to `cap`). */
  async bytes(start: number, length: number, cap = 1 << 20): Promise<Buffer> {
    const n = Math.min(length, cap);
    if (n <= WINDOW) return Buffer.from(await this.window(start, n));
    return this.source.read(start, n);
  }

  /** A string field (truncated to `cap` bytes); throws when the field is not length-delimited. */
  async string(f: ProtoField, cap = 4096): Promise<string> {
    return this.stringNow(f, cap) ?? (await this.bytes(f.start, f.length, cap)).toString('utf8');
  }

  /** The string when its bytes are in the window (no await), else undefined. */
  stringNow(f: ProtoField, cap = 4096): string | undefined {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a string`, f.offset);
    return this.inWindow(f.start, Math.min(f.length, cap))?.toString('utf8');
  }

  /** Walks the sub-message in field `f` at nesting `depth` (bounded like protobuf's parser). */
  sub(f: ProtoField, depth: number, visit: (g: ProtoField) => unknown): Promise<void> {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a message`, f.offset);
    if (depth > MAX_PROTO_DEPTH)
      throw new ProtoError('messages nested deeper than protobuf allows', f.offset);
    return walkMessage(this, f.start, f.start + f.length, visit);
  }
}

/**
 * Calls `visit` for every field of the message in [start, end). Groups (wire 3/4, deprecated) are
 * skipped like protobuf skips unknown fields. Throws ProtoError naming the offset of bad input.
 */
export async function walkMessage(
  cur: ProtoCursor,
  start: number,
  end: number,
  visit: (f: ProtoField) => unknown,
  maxFields = MAX_FIELDS,
): Promise<void> {
  if (end > cur.size) throw new ProtoError(`message ends at ${end}, past the end of the file`, start);
  await cur.preload(start, end);
  let at = start;
  const groups: number[] = [];
  while (at < end) {
    if (++cur.fieldsVisited > maxFields) throw new ProtoError(`more than ${maxFields} fields`, at);
    const tag = cur.varintNow(at, end) ?? (await cur.varint(at, end));
    const field = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (field === 0 || tag.value >> 3n > 0x1fffffffn)
      throw new ProtoError(`invalid field number ${field}`, at);
    let f: ProtoField;
    switch (wire) {
      case WIRE.varint: {
        const v = cur.varintNow(tag.next, end) ?? (await cur.varint(tag.next, end));
        f = { field, wire, offset: at, value: v.value, start: tag.next, length: 0 };
        at = v.next;
        break;
      }
      case WIRE.i64:
      case WIRE.i32: {
        const n = wire === WIRE.i64 ? 8 : 4;
        if (tag.next + n > end)
          throw new ProtoError(`fixed${n * 8} field ${field} runs past its message`, at);
        f = { field, wire, offset: at, value: 0n, start: tag.next, length: n };
        at = tag.next + n;
        break;
      }
      case WIRE.len: {
        const len = cur.varintNow(tag.next, end) ?? (await cur.varint(tag.next, end));
        if (len.value > BigInt(end - len.next)) {
          throw new ProtoError(
            `field ${field} claims ${len.value} bytes but only ${end - len.next} are left in its message`,
            at,
          );
        }
        f = { field, wire, offset: at, value: len.value, start: len.next, length: Number(len.value) };
        at = len.next + Number(len.value);
        break;
      }
      case WIRE.startGroup:
        if (groups.length >= MAX_PROTO_DEPTH) throw new ProtoError('groups nested too deep', at);
        groups.push(field);
        at = tag.next;
        continue;
      case WIRE.endGroup:
        if (groups.pop() !== field) throw new ProtoError(`unmatched end of group ${field}`, at);
        at = tag.next;
        continue;
      default:
        throw new ProtoError(`invalid wire type ${wire} for field ${field}`, at);
    }
    if (groups.length === 0) {
      const r = visit(f);
      if (r instanceof Promise) await r;
    }
  }
  if (at !== end) throw new ProtoError('last field runs past its message', at);
  if (groups.length) throw new ProtoError(`group ${groups.at(-1)} is not closed`, end);
}

/**
 * Runs a walk; broken structure becomes a `rule` finding at the offending offset (what was walked
 * before it stays in the caller's summary). I/O errors propagate (the scan reports them).
 */
export async function walkOrReport(ctx: AnalyzerContext, rule: RuleDefinition, walk: () => Promise<unknown>) {
  try {
    await walk();
  } catch (err) {
    if (!(err instanceof ProtoError)) throw err;
    ctx.report(
      finding(rule, {
        message: `${label(ctx.source)}: ${err.message} (offset ${err.offset})`,
        offset: err.offset,
      }),
    );
  }
}
