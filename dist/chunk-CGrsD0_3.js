import { M as MAX_TEMPLATE_READ, v as vetChatTemplate } from './chunk-Ccwj7Xm5.js';
import { $ as GGUF_INVALID_VALUE, a0 as TEMPLATE_UNPARSEABLE, a1 as scanTrailingBytes, a2 as GGUF_TRUNCATED, a3 as GGUF_INVALID_TENSOR, a4 as GGUF_INVALID_OFFSETS, a5 as GGUF_DUPLICATE_KEY, a6 as GGUF_INVALID_STRING, a7 as GGUF_VERSION, a8 as GGUF_LIMIT, a9 as GGUF_PADDING, aa as GGUF_TRAILING, ab as GGUF_BAD_TYPE } from './chunk-B-6LZOx6.js';
import { f as finding } from './chunk-CXVaUTXl.js';
import { M as ModelvetError, B as BaseError } from './chunk-x8y2Yanw.js';
import './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { isUtf8 } = __mvBuiltin("node:buffer");

var T = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11};
var FIXED_SIZE = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
};
var TYPE_NAMES = [
  "u8",
  "i8",
  "u16",
  "i16",
  "u32",
  "i32",
  "f32",
  "bool",
  "string",
  "array",
  "u64",
  "i64",
  "f64"
];
var GGML_TYPES = {
  0: ["F32", 1, 4],
  1: ["F16", 1, 2],
  2: ["Q4_0", 32, 18],
  3: ["Q4_1", 32, 20],
  6: ["Q5_0", 32, 22],
  7: ["Q5_1", 32, 24],
  8: ["Q8_0", 32, 34],
  9: ["Q8_1", 32, 36],
  10: ["Q2_K", 256, 84],
  11: ["Q3_K", 256, 110],
  12: ["Q4_K", 256, 144],
  13: ["Q5_K", 256, 176],
  14: ["Q6_K", 256, 210],
  15: ["Q8_K", 256, 292],
  16: ["IQ2_XXS", 256, 66],
  17: ["IQ2_XS", 256, 74],
  18: ["IQ3_XXS", 256, 98],
  19: ["IQ1_S", 256, 50],
  20: ["IQ4_NL", 32, 18],
  21: ["IQ3_S", 256, 110],
  22: ["IQ2_S", 256, 82],
  23: ["IQ4_XS", 256, 136],
  24: ["I8", 1, 1],
  25: ["I16", 1, 2],
  26: ["I32", 1, 4],
  27: ["I64", 1, 8],
  28: ["F64", 1, 8],
  29: ["IQ1_M", 256, 56],
  30: ["BF16", 1, 2],
  34: ["TQ1_0", 256, 54],
  35: ["TQ2_0", 256, 66],
  39: ["MXFP4", 32, 17]
};
var MAX_DIMS = 4;
var MAX_NAME = 64;
var INT64_MAX = (1n << 63n) - 1n;
var KEEP_STRING = MAX_TEMPLATE_READ;
var MAX_KEY = 65535;
var FIRST_WINDOW = 64 * 1024;
var MAX_WINDOW = 1024 * 1024;
var KEEP_SHORT = 1024;
var ENTRY_TAIL = 4 + 8 + KEEP_SHORT + 12;
var PADDING_WINDOW = 64 * 1024;
var MAX_ENTRIES = 1000000n;
var MAX_ARRAY = 16000000n;
var MAX_HEADER_BYTES = 512 * 1024 * 1024;
var MAX_SANE_ALIGNMENT = 4096;
var Truncated = class extends BaseError {
  at;
  constructor(message, at) {
    super("GGUF_TRUNCATED", message);
    this.name = "Truncated";
    this.at = at;
  }
};
var Fatal = class extends BaseError {
  rule;
  constructor(message, rule = GGUF_BAD_TYPE) {
    super("GGUF_INVALID", message);
    this.name = "Fatal";
    this.rule = rule;
  }
};
var Cursor = class {
  pos = 0;
  le = true;
  wide = true;
  // u64 counts (v2+); v1 used u32
  buf = Buffer.alloc(0);
  bufStart = 0;
  windowSize = FIRST_WINDOW;
  source;
  constructor(source) {
    this.source = source;
  }
  get left() {
    return this.source.size - this.pos;
  }
  /** Bytes of the window at and after `pos`. */
  get ahead() {
    return this.pos < this.bufStart ? 0 : this.bufStart + this.buf.length - this.pos;
  }
  get lenSize() {
    return this.wide ? 8 : 4;
  }
  /** True when the next `n` bytes (or the rest of the file, if shorter) are in the window. */
  fits(n) {
    return this.ahead >= Math.min(n, this.left);
  }
  /** Makes the next `n` bytes (or the rest of the file) readable without waiting. */
  async ensure(n) {
    if (this.fits(n)) return;
    this.bufStart = this.pos;
    this.buf = await this.source.read(this.pos, Math.min(Math.max(n, this.windowSize), this.left));
    this.windowSize = Math.min(this.windowSize * 2, MAX_WINDOW);
  }
  /** A length prefix at window offset `at` as a number (lengths past 2^53 become MAX_SAFE_INTEGER: past any file). */
  lengthAt(at) {
    const b = this.buf;
    if (!this.wide) return this.le ? b.readUInt32LE(at) : b.readUInt32BE(at);
    const lo = this.le ? b.readUInt32LE(at) : b.readUInt32BE(at + 4);
    const hi = this.le ? b.readUInt32LE(at + 4) : b.readUInt32BE(at);
    return hi < 2 ** 21 ? hi * 2 ** 32 + lo : Number.MAX_SAFE_INTEGER;
  }
  /** The length prefix at `pos`, without moving, or undefined when it is not in the window. */
  peekLength() {
    return this.ahead < this.lenSize ? void 0 : this.lengthAt(this.pos - this.bufStart);
  }
  /** A length prefix (string or key length), as a number. */
  length(what) {
    return this.lengthAt(this.advance(this.lenSize, what));
  }
  /** The window and where the next `n` bytes start in it, moving past them (for reads without a view). */
  span(n, what) {
    const at = this.advance(n, what);
    return { buf: this.buf, at };
  }
  /** Moves past `n` bytes of the window and returns where they start in it. */
  advance(n, what) {
    if (n > this.left)
      throw new Truncated(`${what} needs ${n} bytes at offset ${this.pos}, ${this.left} left`, this.pos);
    if (n > this.ahead) {
      throw new ModelvetError("INTERNAL", `GGUF reader: ${what} at offset ${this.pos} is outside the window`);
    }
    const at = this.pos - this.bufStart;
    this.pos += n;
    return at;
  }
  /** The next `n` bytes, as a view of the window (no copy). */
  view(n, what) {
    const at = this.advance(n, what);
    return this.buf.subarray(at, at + n);
  }
  /**
   * Skips `n` length-prefixed strings (token lists: hundreds of thousands), checking every length,
   * refilling the window only when the next length prefix is not in it.
   */
  async skipStrings(n, what) {
    const count = Number(n);
    for (let i = this.skipStringsInWindow(0, count, what); i < count; i = this.skipStringsInWindow(i, count, what))
      await this.ensure(this.lenSize);
  }
  /** Skips strings from index `from` while their length prefixes are in the window; returns the next index. */
  skipStringsInWindow(from, count, what) {
    const lenSize = this.lenSize;
    let i = from;
    for (; i < count && this.ahead >= lenSize; i++) {
      const at = this.advance(lenSize, what);
      const b = this.buf;
      const lo = this.le ? b.readUInt32LE(at) : b.readUInt32BE(at + lenSize - 4);
      const hi = lenSize === 4 ? 0 : this.le ? b.readUInt32LE(at + 4) : b.readUInt32BE(at);
      const len = hi * 2 ** 32 + lo;
      if (hi >= 2 ** 21 || len > this.left) {
        const at2 = this.pos - lenSize;
        throw new Truncated(
          `${what}[${i}] of ${BigInt(hi) * 2n ** 32n + BigInt(lo)} bytes at offset ${at2}, ${this.left} left`,
          at2
        );
      }
      this.pos += len;
    }
    if (i < count && lenSize > this.left)
      throw new Truncated(
        `${what}[${i}] needs ${lenSize} bytes at offset ${this.pos}, ${this.left} left`,
        this.pos
      );
    return i;
  }
  skip(n, what) {
    if (n > BigInt(this.left))
      throw new Truncated(`${what} needs ${n} bytes at offset ${this.pos}, ${this.left} left`, this.pos);
    this.pos += Number(n);
  }
  u32(what) {
    const at = this.advance(4, what);
    return this.le ? this.buf.readUInt32LE(at) : this.buf.readUInt32BE(at);
  }
  u64(what) {
    const at = this.advance(8, what);
    return this.le ? this.buf.readBigUInt64LE(at) : this.buf.readBigUInt64BE(at);
  }
  count(what) {
    return this.wide ? this.u64(what) : BigInt(this.u32(what));
  }
  bytes(n, what) {
    return Buffer.from(this.view(n, what));
  }
  scalar(type, what) {
    const at = this.advance(FIXED_SIZE[type], what);
    const b = this.buf;
    const le = this.le;
    switch (type) {
      case T.U8:
        return b.readUInt8(at);
      case T.I8:
        return b.readInt8(at);
      case T.U16:
        return le ? b.readUInt16LE(at) : b.readUInt16BE(at);
      case T.I16:
        return le ? b.readInt16LE(at) : b.readInt16BE(at);
      case T.U32:
        return le ? b.readUInt32LE(at) : b.readUInt32BE(at);
      case T.I32:
        return le ? b.readInt32LE(at) : b.readInt32BE(at);
      case T.F32:
        return le ? b.readFloatLE(at) : b.readFloatBE(at);
      case T.BOOL:
        return b.readUInt8(at);
      case T.U64:
        return le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at);
      case T.I64:
        return le ? b.readBigInt64LE(at) : b.readBigInt64BE(at);
      default:
        return le ? b.readDoubleLE(at) : b.readDoubleBE(at);
    }
  }
};
var KeySet = class {
  hi;
  lo;
  mask;
  constructor(expected) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.mask = size - 1;
  }
  /** Adds the key `buf[start, start + length)`; false when it was there already. */
  add(buf, start, length) {
    let a = 2166136261;
    let b = 2654435769 ^ length;
    for (let i = start; i < start + length; i++) {
      const x = buf[i];
      a = Math.imul(a ^ x, 16777619);
      b = Math.imul(b ^ x, 1540483477);
      b ^= b >>> 15;
    }
    const hi = (b | 1) >>> 0;
    const lo = a >>> 0;
    for (let slot = lo & this.mask; ; slot = slot + 1 & this.mask) {
      if (this.hi[slot] === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        return true;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return false;
    }
  }
};
var TEMPLATE_KEY = Buffer.from("tokenizer.chat_template");
var GENERAL_KEY = Buffer.from("general.");
function startsWithAt(buf, at, length, prefix) {
  if (length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}
function isAsciiAt(buf, at, length) {
  for (let i = at; i < at + length; i++) if (buf[i] >= 128) return false;
  return true;
}
var MAX_KEPT_VALUES = 4096;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var Out = class {
  list = [];
  counts = /* @__PURE__ */ new Map();
  add(rule, message, offset, evidence, severity) {
    const c = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, c);
    if (c > 20) return;
    this.list.push(
      finding(rule, {
        message,
        offset,
        evidence,
        severity
      })
    );
  }
  finish() {
    for (const [id, c] of this.counts) {
      if (c > 20) {
        const rule = [
          GGUF_INVALID_TENSOR,
          GGUF_INVALID_OFFSETS,
          GGUF_DUPLICATE_KEY,
          GGUF_INVALID_STRING,
          GGUF_INVALID_VALUE
        ].find((r) => r.id === id);
        if (rule)
          this.list.push(
            finding(rule, { message: `${c - 20} more ${id} problems not listed`, evidence: { total: c } })
          );
      }
    }
  }
};
async function readGguf(source) {
  const out = new Out();
  const result = { metadata: /* @__PURE__ */ new Map(), tensors: [], alignment: 32, findings: out.list };
  const c = new Cursor(source);
  try {
    await c.ensure(24);
    if (!readPreamble(c, result, out)) return result;
    await readMetadata(c, result, out);
    await readTensorInfos(c, result, out);
    const a = BigInt(result.alignment);
    const dataStart = (BigInt(c.pos) + a - 1n) / a * a;
    result.dataStart = Number(dataStart);
    await checkPadding(source, c.pos, result.dataStart, out);
    checkLayout(result, BigInt(source.size), out);
  } catch (err) {
    if (err instanceof Truncated) {
      out.add(GGUF_TRUNCATED, `${err.message}`, err.at);
    } else if (err instanceof Fatal) {
      out.add(err.rule, err.message, c.pos);
    } else {
      throw err;
    }
  }
  out.finish();
  return result;
}
function readPreamble(c, result, out) {
  const magic = c.bytes(4, "magic");
  if (magic.toString("latin1") !== "GGUF") {
    throw new Fatal(`no GGUF magic (found ${magic.toString("hex")})`);
  }
  const vb = c.bytes(4, "version");
  let version = vb.readUInt32LE(0);
  if (version > 65535 && vb.readUInt32BE(0) <= 65535) {
    c.le = false;
    version = vb.readUInt32BE(0);
  }
  result.version = version;
  result.bigEndian = !c.le;
  if (version < 1 || version > 3) {
    out.add(GGUF_VERSION, `GGUF version ${version} is not 1, 2 or 3; not parsed`, 4, { version });
    return false;
  }
  if (version === 1) {
    c.wide = false;
    out.add(GGUF_VERSION, `obsolete GGUF version 1 (llama.cpp refuses it)`, 4, { version }, "low");
  }
  return true;
}
var TENSOR_TAIL = 4 + MAX_DIMS * 8 + 4 + 8;
function fitsEntry(c, tail) {
  const len = c.peekLength();
  if (len === void 0) return c.fits(c.lenSize);
  return c.fits(c.lenSize + (len > MAX_KEY ? 0 : len) + tail);
}
async function ensureEntry(c, tail) {
  await c.ensure(c.lenSize);
  const len = c.peekLength() ?? 0;
  await c.ensure(c.lenSize + (len > MAX_KEY ? 0 : len) + tail);
}
function checkCount(c, count, minBytes, what, at) {
  if (count * BigInt(minBytes) > BigInt(c.left)) {
    throw new Truncated(
      `${what} ${count} needs at least ${count * BigInt(minBytes)} bytes, ${c.left} left`,
      at
    );
  }
  if (count >= MAX_ENTRIES) throw new Fatal(`${count} ${what} (limit ${MAX_ENTRIES})`, GGUF_LIMIT);
}
async function readMetadata(c, result, out) {
  result.tensorCount = c.count("tensor_count");
  const kvCount = c.count("metadata_kv_count");
  checkCount(c, kvCount, (c.wide ? 8 : 4) + 4 + 1, "metadata entries", 16);
  const n = Number(kvCount);
  const reader = new MetadataReader(c, result, out, n);
  for (let i = 0; i < n; i++) {
    if (!fitsEntry(c, ENTRY_TAIL)) await ensureEntry(c, ENTRY_TAIL);
    const rest = reader.entry();
    if (rest) await rest;
    if (c.pos >= MAX_HEADER_BYTES)
      throw new Fatal(`metadata runs past ${MAX_HEADER_BYTES} bytes`, GGUF_LIMIT);
  }
}
async function readTensorInfos(c, result, out) {
  const tensorCount = result.tensorCount ?? 0n;
  checkCount(c, tensorCount, (c.wide ? 8 : 4) + 4 + 4 + 8, "tensors", c.pos);
  checkAlignment(result, out);
  const names = /* @__PURE__ */ new Set();
  const n = Number(tensorCount);
  for (let i = 0; i < n; i++) {
    if (!fitsEntry(c, TENSOR_TAIL)) await ensureEntry(c, TENSOR_TAIL);
    result.tensors.push(readTensorInfo(c, out, names));
    if (c.pos >= MAX_HEADER_BYTES)
      throw new Fatal(`tensor infos run past ${MAX_HEADER_BYTES} bytes`, GGUF_LIMIT);
  }
}
function stringLength(c, what) {
  const at = c.pos;
  const n = c.length(`${what} length`);
  if (n > c.left) throw new Truncated(`${what} of ${n} bytes at offset ${at}, ${c.left} left`, at);
  return n;
}
function decodeString(c, n, at, what, out) {
  const bytes = c.bytes(n, what);
  try {
    return utf8.decode(bytes);
  } catch {
    out.add(GGUF_INVALID_STRING, `${what} at offset ${at} is not valid UTF-8`, at, {
      hex: bytes.subarray(0, 32).toString("hex")
    });
    return bytes.toString("utf8");
  }
}
function readString(c, what, keep, out) {
  const at = c.pos;
  const n = stringLength(c, what);
  if (n > keep) {
    c.skip(BigInt(n), what);
    return void 0;
  }
  return decodeString(c, n, at, what, out);
}
var MetadataReader = class {
  c;
  result;
  out;
  keys;
  keyAt = 0;
  /** The key as text, or '' when it was not decoded (then messages name the entry by offset). */
  key = "";
  fresh = true;
  important = false;
  kept = false;
  constructor(c, result, out, count) {
    this.c = c;
    this.result = result;
    this.out = out;
    this.keys = new KeySet(count);
  }
  get label() {
    return this.key || `the entry at offset ${this.keyAt}`;
  }
  readKey() {
    const c = this.c;
    this.keyAt = c.pos;
    const n = stringLength(c, "metadata key");
    if (n > MAX_KEY) throw new Fatal(`metadata key at offset ${this.keyAt} longer than ${MAX_KEY} bytes`);
    const { buf, at } = c.span(n, "metadata key");
    this.important = startsWithAt(buf, at, n, TEMPLATE_KEY) || startsWithAt(buf, at, n, GENERAL_KEY);
    this.fresh = this.keys.add(buf, at, n);
    const valid = isAsciiAt(buf, at, n) || isUtf8(buf.subarray(at, at + n));
    this.kept = this.important || this.fresh && this.result.metadata.size < MAX_KEPT_VALUES;
    this.key = this.kept || !this.fresh || !valid ? buf.toString("utf8", at, at + n) : "";
    if (!valid) {
      this.out.add(
        GGUF_INVALID_STRING,
        `metadata key at offset ${this.keyAt} is not valid UTF-8`,
        this.keyAt,
        {
          hex: buf.subarray(at, at + Math.min(n, 32)).toString("hex")
        }
      );
    }
  }
  record(value) {
    const { key, result } = this;
    if (!this.fresh) {
      this.out.add(GGUF_DUPLICATE_KEY, `metadata key "${key}" appears more than once`, this.keyAt, { key });
      if (key.startsWith("tokenizer.chat_template")) result.metadata.set(`${key}\0${this.keyAt}`, value);
    } else if (this.kept) {
      result.metadata.set(key, value);
    }
  }
  /** One entry; an array, or a string longer than the window, is finished by the promise returned. */
  entry() {
    const c = this.c;
    this.readKey();
    const typeAt = c.pos;
    const type = c.u32("value type");
    const value = { type, offset: c.pos };
    if (type === T.ARRAY) {
      const key = this.label;
      return readArray(c, key, value, this.out, 0).then(() => this.record(value));
    }
    if (type === T.STRING) return this.stringValue(value);
    if (FIXED_SIZE[type] === void 0) {
      throw new Fatal(
        `metadata ${this.label} at offset ${typeAt} has unknown value type ${type}; the rest cannot be read`
      );
    }
    const v = c.scalar(type, "value");
    if (type === T.BOOL) {
      if (v !== 0 && v !== 1)
        this.out.add(GGUF_INVALID_VALUE, `bool ${this.label} holds ${v}, not 0 or 1`, value.offset, {
          key: this.label
        });
      value.value = v !== 0;
    } else {
      value.value = v;
    }
    this.record(value);
    return void 0;
  }
  /**
   * A string value: kept up to KEEP_STRING for templates and `general.*`, KEEP_SHORT for the other
   * kept keys; the short strings of the rest are checked for UTF-8 and not decoded.
   */
  stringValue(value) {
    const c = this.c;
    const at = c.pos;
    const n = stringLength(c, "value");
    const keep = this.important ? KEEP_STRING : this.kept || !this.fresh ? KEEP_SHORT : 0;
    if (keep === 0 && n <= KEEP_SHORT && c.fits(n)) {
      if (!isUtf8(c.view(n, "value")))
        this.out.add(GGUF_INVALID_STRING, `value of ${this.label} at offset ${at} is not valid UTF-8`, at);
      this.record(value);
      return void 0;
    }
    if (n > keep) {
      c.skip(BigInt(n), "value");
      this.record(value);
      return void 0;
    }
    const what = `value of ${this.label}`;
    if (c.fits(n)) {
      value.value = decodeString(c, n, at, what, this.out);
      this.record(value);
      return void 0;
    }
    return c.ensure(n).then(() => {
      value.value = decodeString(c, n, at, what, this.out);
      this.record(value);
    });
  }
};
async function readArray(c, key, value, out, depth) {
  await c.ensure(12);
  const at = c.pos;
  const et = c.u32(`element type of ${key}`);
  const n = c.count(`length of ${key}`);
  value.arrayType = et;
  value.length = n;
  if (n >= MAX_ARRAY)
    throw new Fatal(`array ${key} at offset ${at} has ${n} elements (limit ${MAX_ARRAY})`, GGUF_LIMIT);
  if (et === T.ARRAY) {
    if (depth > 0) throw new Fatal(`array ${key} at offset ${at} nests arrays more than two deep`);
    out.add(GGUF_BAD_TYPE, `array ${key} holds arrays (llama.cpp refuses nested arrays)`, at, {
      key
    });
    if (n * 12n > BigInt(c.left))
      throw new Truncated(`array ${key} of ${n} arrays, ${c.left} bytes left`, at);
    for (let i = 0n; i < n; i++) await readArray(c, key, { offset: c.pos }, out, depth + 1);
    return;
  }
  if (et === T.STRING) {
    const min = BigInt(c.wide ? 8 : 4);
    if (n * min > BigInt(c.left))
      throw new Truncated(`array ${key} of ${n} strings needs at least ${n * min} bytes, ${c.left} left`, at);
    await c.skipStrings(n, key);
    return;
  }
  const size = FIXED_SIZE[et];
  if (size === void 0) {
    throw new Fatal(`array ${key} at offset ${at} has unknown element type ${et}; the rest cannot be read`);
  }
  c.skip(n * BigInt(size), `array ${key} of ${n} ${TYPE_NAMES[et]}`);
}
function checkAlignment(result, out) {
  const a = result.metadata.get("general.alignment");
  if (!a) return;
  const v = a.value;
  if (a.type !== T.U32 || typeof v !== "number" || v === 0 || !Number.isInteger(Math.log2(v))) {
    out.add(
      GGUF_INVALID_VALUE,
      `general.alignment is ${String(v)} (${TYPE_NAMES[a.type] ?? a.type}); it must be a non-zero power-of-two u32`,
      a.offset,
      { value: String(v) }
    );
    return;
  }
  result.alignment = v;
  if (v > MAX_SANE_ALIGNMENT) {
    out.add(
      GGUF_INVALID_VALUE,
      `general.alignment is ${v}; padding of up to ${v - 1} bytes per tensor can hide data (llama.cpp writes 32)`,
      a.offset,
      { value: v }
    );
  }
}
function readTensorInfo(c, out, names) {
  const at = c.pos;
  const name = readString(c, "tensor name", MAX_KEY, out) ?? "";
  const nDims = c.u32(`dimensions of ${name}`);
  if (nDims > MAX_DIMS) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has ${nDims} dimensions (at most ${MAX_DIMS})`, at, {
      tensor: name,
      nDims
    });
    throw new Fatal(
      `tensor "${name}" at offset ${at} has ${nDims} dimensions; the rest cannot be read`,
      GGUF_INVALID_TENSOR
    );
  }
  const dims = [];
  for (let i = 0; i < nDims; i++) dims.push(c.count(`dimension ${i} of ${name}`));
  const type = c.u32(`type of ${name}`);
  const offset = c.u64(`offset of ${name}`);
  const info = GGML_TYPES[type];
  const t = { name, dims, type, typeName: info?.[0] ?? `type-${type}`, offset };
  if (Buffer.byteLength(name) >= MAX_NAME) {
    out.add(
      GGUF_INVALID_TENSOR,
      `tensor name "${name.slice(0, 40)}\u2026" is ${Buffer.byteLength(name)} bytes (ggml allows ${MAX_NAME - 1})`,
      at,
      {
        tensor: name.slice(0, 80)
      }
    );
  }
  if (names.has(name))
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" is defined more than once`, at, {
      tensor: name
    });
  names.add(name);
  if (!info) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has unknown or removed ggml type ${type}`, at, {
      tensor: name,
      type
    });
    return t;
  }
  let elements = 1n;
  for (const d of dims) {
    if (d > INT64_MAX) {
      out.add(GGUF_INVALID_TENSOR, `tensor "${name}" dimension ${d} overflows int64`, at, {
        tensor: name
      });
      return t;
    }
    elements *= d;
  }
  if (elements > INT64_MAX) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has ${elements} elements, which overflows int64`, at, {
      tensor: name,
      dims: dims.map(String)
    });
    return t;
  }
  const [, block, bytes] = info;
  const first = dims[0] ?? 1n;
  if (first % BigInt(block) !== 0n) {
    const shown = dims.length === 0 ? "1 (it has no dimensions)" : String(first);
    out.add(
      GGUF_INVALID_TENSOR,
      `tensor "${name}" first dimension ${shown} is not a multiple of the ${info[0]} block size ${block}`,
      at,
      { tensor: name, type: info[0] }
    );
    return t;
  }
  t.size = elements / BigInt(block) * BigInt(bytes);
  return t;
}
async function checkPadding(source, from, to, out) {
  const end = Math.min(to, source.size, from + PADDING_WINDOW);
  if (end <= from) return;
  const pad = await source.read(from, end - from);
  const nonZero = pad.findIndex((b) => b !== 0);
  if (nonZero >= 0) {
    out.add(
      GGUF_PADDING,
      `the alignment padding before the tensor data holds non-zero bytes`,
      from + nonZero,
      {
        start: from,
        end: to
      }
    );
  }
}
function checkLayout(result, fileSize, out) {
  const a = BigInt(result.alignment);
  const dataStart = BigInt(result.dataStart ?? 0);
  const pad = (n) => (n + a - 1n) / a * a;
  let expected = 0n;
  let sized = true;
  for (const t of result.tensors) {
    const at = Number(dataStart + (t.offset < fileSize ? t.offset : 0n));
    if (t.offset % a !== 0n) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" offset ${t.offset} is not a multiple of the alignment ${a}`,
        at,
        {
          tensor: t.name
        }
      );
    } else if (t.offset !== expected && sized) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" starts at data offset ${t.offset}, expected ${expected} (${t.offset < expected ? "overlaps the previous tensor" : "leaves a gap"})`,
        at,
        { tensor: t.name, offset: t.offset.toString(), expected: expected.toString() }
      );
    }
    if (t.size === void 0) {
      sized = false;
      continue;
    }
    if (dataStart + t.offset + t.size > fileSize) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" data [${t.offset}, ${t.offset + t.size}) runs past the end of the file`,
        at,
        { tensor: t.name, end: (dataStart + t.offset + t.size).toString(), size: fileSize.toString() }
      );
    }
    const end2 = pad(t.offset + t.size);
    expected = end2 > expected ? end2 : expected;
  }
  if (!sized) return;
  const end = result.tensors.length ? dataStart + expected : BigInt(result.dataStart ?? 0);
  if (result.tensors.length && dataStart > fileSize) {
    out.add(
      GGUF_TRUNCATED,
      `tensor data would start at ${dataStart}, past the end of the file (${fileSize})`,
      Number(fileSize)
    );
  } else if (end < fileSize) {
    out.add(GGUF_TRAILING, `${fileSize - end} bytes after the last tensor belong to no tensor`, Number(end), {
      start: end.toString(),
      size: fileSize.toString()
    });
    result.trailingAt = Number(end);
  }
}
async function analyzeGguf(ctx) {
  const r = await readGguf(ctx.source);
  for (const f of r.findings) ctx.report(f);
  for (const [rawKey, v] of r.metadata) {
    const key = rawKey.split("\0")[0];
    if (key !== "tokenizer.chat_template" && !key.startsWith("tokenizer.chat_template.")) continue;
    if (v.type !== T.STRING) {
      ctx.report(
        finding(GGUF_INVALID_VALUE, {
          message: `${key} is a ${TYPE_NAMES[v.type] ?? v.type}, not a string`,
          offset: v.offset,
          evidence: { key }
        })
      );
      continue;
    }
    if (typeof v.value !== "string") {
      ctx.report(
        finding(TEMPLATE_UNPARSEABLE, {
          message: `${key}: template longer than ${KEEP_STRING} bytes; not vetted`,
          offset: v.offset,
          evidence: { key }
        })
      );
      continue;
    }
    for (const f of await vetChatTemplate(v.value, { where: key, offset: v.offset })) ctx.report(f);
  }
  if (r.trailingAt !== void 0) await scanTrailingBytes(ctx, r.trailingAt);
}

export { GGML_TYPES, analyzeGguf, readGguf };
