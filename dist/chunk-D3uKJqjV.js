import { bj as WIRE } from './chunk-B-6LZOx6.js';
import { f as finding, l as label } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';

// src/formats/protobuf/cursor.ts
var MAX_FIELDS = 2e7;
var MAX_PROTO_DEPTH = 100;
var ProtoError = class extends BaseError {
  offset;
  constructor(message, offset) {
    super("PROTOBUF_INVALID", message);
    this.name = "ProtoError";
    this.offset = offset;
  }
};
var WINDOW = 64 * 1024;
var PRELOAD = 1024 * 1024;
function decodeVarint(b, at) {
  let n = 0;
  let mul = 1;
  for (let i = 0; i < b.length && i < 7; i++) {
    const byte = b[i];
    n += (byte & 127) * mul;
    if ((byte & 128) === 0) return { value: BigInt(n), next: at + i + 1 };
    mul *= 128;
  }
  let value = BigInt(n);
  let shift = 49n;
  for (let i = 7; i < b.length; i++) {
    const byte = b[i];
    value |= BigInt(byte & 127) << shift;
    if ((byte & 128) === 0) return { value: BigInt.asUintN(64, value), next: at + i + 1 };
    shift += 7n;
  }
  throw new ProtoError(b.length >= 10 ? "varint longer than 10 bytes" : "varint runs past its message", at);
}
var ProtoCursor = class {
  source;
  buf = Buffer.alloc(0);
  bufStart = 0;
  /** Fields visited so far (callers bound the work on hostile input). */
  fieldsVisited = 0;
  constructor(source) {
    this.source = source;
  }
  get size() {
    return this.source.size;
  }
  /** [at, at+n) (clamped to the end) when it is already in the window. */
  inWindow(at, n) {
    const end = Math.min(this.source.size, at + n);
    if (at >= this.bufStart && end <= this.bufStart + this.buf.length) {
      return this.buf.subarray(at - this.bufStart, end - this.bufStart);
    }
    return void 0;
  }
  /** Ensures [at, at+n) (clamped to the end) is in the window and returns it. */
  async window(at, n) {
    const hit = this.inWindow(at, n);
    if (hit) return hit;
    const end = Math.min(this.source.size, at + n);
    const len = Math.max(end - at, Math.min(WINDOW, this.source.size - at));
    this.buf = await this.source.read(at, len);
    this.bufStart = at;
    return this.buf.subarray(0, end - at);
  }
  /** Loads [start, end) into the window in one read when it is small (a node, a small graph). */
  async preload(start, end) {
    if (end - start <= PRELOAD && !this.inWindow(start, end - start)) {
      this.buf = await this.source.read(start, end - start);
      this.bufStart = start;
    }
  }
  /** A varint decoded from the window, or undefined when its bytes are not loaded. */
  varintNow(at, limit) {
    const b = this.inWindow(at, Math.min(10, limit - at));
    return b ? decodeVarint(b, at) : void 0;
  }
  async varint(at, limit) {
    return decodeVarint(await this.window(at, Math.min(10, limit - at)), at);
  }
  /** Reads a payload of at most `cap` bytes (longer payloads are truncated to `cap`). */
  async bytes(start, length, cap = 1 << 20) {
    const n = Math.min(length, cap);
    if (n <= WINDOW) return Buffer.from(await this.window(start, n));
    return this.source.read(start, n);
  }
  /** A string field (truncated to `cap` bytes); throws when the field is not length-delimited. */
  async string(f, cap = 4096) {
    return this.stringNow(f, cap) ?? (await this.bytes(f.start, f.length, cap)).toString("utf8");
  }
  /** The string when its bytes are in the window (no await), else undefined. */
  stringNow(f, cap = 4096) {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a string`, f.offset);
    return this.inWindow(f.start, Math.min(f.length, cap))?.toString("utf8");
  }
  /** Walks the sub-message in field `f` at nesting `depth` (bounded like protobuf's parser). */
  sub(f, depth, visit) {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a message`, f.offset);
    if (depth > MAX_PROTO_DEPTH)
      throw new ProtoError("messages nested deeper than protobuf allows", f.offset);
    return walkMessage(this, f.start, f.start + f.length, visit);
  }
};
async function walkMessage(cur, start, end, visit, maxFields = MAX_FIELDS) {
  if (end > cur.size) throw new ProtoError(`message ends at ${end}, past the end of the file`, start);
  await cur.preload(start, end);
  let at = start;
  const groups = [];
  while (at < end) {
    if (++cur.fieldsVisited > maxFields) throw new ProtoError(`more than ${maxFields} fields`, at);
    const tag = cur.varintNow(at, end) ?? await cur.varint(at, end);
    const field = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (field === 0 || tag.value >> 3n > 0x1fffffffn)
      throw new ProtoError(`invalid field number ${field}`, at);
    let f;
    switch (wire) {
      case WIRE.varint: {
        const v = cur.varintNow(tag.next, end) ?? await cur.varint(tag.next, end);
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
        const len = cur.varintNow(tag.next, end) ?? await cur.varint(tag.next, end);
        if (len.value > BigInt(end - len.next)) {
          throw new ProtoError(
            `field ${field} claims ${len.value} bytes but only ${end - len.next} are left in its message`,
            at
          );
        }
        f = { field, wire, offset: at, value: len.value, start: len.next, length: Number(len.value) };
        at = len.next + Number(len.value);
        break;
      }
      case WIRE.startGroup:
        if (groups.length >= MAX_PROTO_DEPTH) throw new ProtoError("groups nested too deep", at);
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
  if (at !== end) throw new ProtoError("last field runs past its message", at);
  if (groups.length) throw new ProtoError(`group ${groups.at(-1)} is not closed`, end);
}
async function walkOrReport(ctx, rule, walk) {
  try {
    await walk();
  } catch (err) {
    if (!(err instanceof ProtoError)) throw err;
    ctx.report(
      finding(rule, {
        message: `${label(ctx.source)}: ${err.message} (offset ${err.offset})`,
        offset: err.offset
      })
    );
  }
}

export { ProtoCursor as P, ProtoError as a, walkOrReport as b, walkMessage as w };
