import { lzmaAloneDecoder, zipLzmaDecoder } from './chunk-BdnUzdfK.js';
import { l as label } from './chunk-CXVaUTXl.js';
import { M as ModelvetError, B as BaseError } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { Readable } = __mvBuiltin("node:stream");
const zlib = __mvBuiltin("node:zlib");

// src/formats/compressed/lz4.ts
var FRAME_MAGIC = 407708164;
var SKIPPABLE_MASK = 4294967280;
var SKIPPABLE_MAGIC = 407710288;
var HISTORY = 64 * 1024;
var BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
var Lz4Error = class extends BaseError {
  constructor(message) {
    super("LZ4_INVALID", message);
    this.name = "Lz4Error";
  }
};
var Input = class {
  buf = Buffer.alloc(0);
  pos = 0;
  done = false;
  it;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** True when at least `n` bytes are buffered after waiting for the input. */
  async has(n) {
    if (this.buf.length - this.pos >= n) return true;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.buf.length - this.pos;
    while (!this.done && have < n) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else {
        parts.push(next.value);
        have += next.value.length;
      }
    }
    this.buf = Buffer.concat(parts, have);
    this.pos = 0;
    return have >= n;
  }
  async atEnd() {
    return !await this.has(1);
  }
  async take(n, what) {
    if (!await this.has(n)) throw new Lz4Error(`${what} is truncated`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** Skips `n` bytes without keeping them (a skippable frame may declare up to 4 GiB). */
  async skip(n, what) {
    let left = n;
    while (left > 0) {
      if (!await this.has(1)) throw new Lz4Error(`${what} is truncated`);
      const step = Math.min(left, this.buf.length - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  async close() {
    await this.it.return?.();
  }
};
async function frameHeader(input) {
  const fd = await input.take(2, "LZ4 frame descriptor");
  const flg = fd[0];
  const bd = fd[1];
  if (flg >> 6 !== 1) throw new Lz4Error(`LZ4 frame version ${flg >> 6}`);
  if (flg & 2 || bd & 143) throw new Lz4Error("LZ4 frame descriptor has reserved bits set");
  const blockMax = BLOCK_MAX[bd >> 4 & 7];
  if (!blockMax) throw new Lz4Error(`LZ4 block maximum size code ${bd >> 4 & 7}`);
  await input.take((flg & 8 ? 8 : 0) + (flg & 1 ? 4 : 0) + 1, "LZ4 frame descriptor");
  if (flg & 1) throw new Lz4Error("LZ4 frame needs an external dictionary");
  return {
    independent: (flg & 32) !== 0,
    blockChecksum: (flg & 16) !== 0,
    contentChecksum: (flg & 4) !== 0,
    blockMax
  };
}
function decodeBlock(src, out, start, limit) {
  let ip = 0;
  let op = start;
  const end = src.length;
  for (; ; ) {
    if (ip >= end) throw new Lz4Error("LZ4 block ends inside a sequence");
    const token = src[ip++];
    let lit = token >>> 4;
    if (lit === 15) {
      let b;
      do {
        if (ip >= end) throw new Lz4Error("LZ4 literal length is truncated");
        b = src[ip++];
        lit += b;
      } while (b === 255);
    }
    if (ip + lit > end) throw new Lz4Error("LZ4 literals run past the block");
    if (op + lit > limit) throw new Lz4Error("LZ4 block decodes past its maximum size");
    out.set(src.subarray(ip, ip + lit), op);
    ip += lit;
    op += lit;
    if (ip === end) return op;
    if (ip + 2 > end) throw new Lz4Error("LZ4 match offset is truncated");
    const offset = src[ip] | src[ip + 1] << 8;
    ip += 2;
    if (offset === 0 || offset > op) throw new Lz4Error(`LZ4 match offset ${offset} reaches before the data`);
    let len = token & 15;
    if (len === 15) {
      let b;
      do {
        if (ip >= end) throw new Lz4Error("LZ4 match length is truncated");
        b = src[ip++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (op + len > limit) throw new Lz4Error("LZ4 block decodes past its maximum size");
    let from = op - offset;
    if (offset >= len) {
      out.copyWithin(op, from, from + len);
      op += len;
    } else {
      for (let i = 0; i < len; i++) out[op++] = out[from++];
    }
  }
}
async function* frameBlocks(input, h) {
  const work = new Uint8Array((h.independent ? 0 : HISTORY) + h.blockMax);
  let history = 0;
  for (; ; ) {
    const size = (await input.take(4, "LZ4 block size")).readUInt32LE(0);
    if (size === 0) break;
    const raw = (size & 2147483648) !== 0;
    const n = size & 2147483647;
    if (n > h.blockMax) throw new Lz4Error(`LZ4 block of ${n} bytes is over the frame's ${h.blockMax}`);
    const data = await input.take(n, "LZ4 block");
    let end;
    if (raw) {
      work.set(data, history);
      end = history + n;
    } else {
      end = decodeBlock(data, work, history, history + h.blockMax);
    }
    yield work.slice(history, end);
    if (h.blockChecksum) await input.take(4, "LZ4 block checksum");
    if (!h.independent) {
      const keep = Math.min(HISTORY, end);
      work.copyWithin(0, end - keep, end);
      history = keep;
    }
  }
  if (h.contentChecksum) await input.take(4, "LZ4 content checksum");
}
var lz4FrameDecoder = (source) => (async function* () {
  const input = new Input(source);
  try {
    for (let first = true; first || !await input.atEnd(); first = false) {
      if (!first && !await input.has(4)) return;
      const magic = (await input.take(4, "LZ4 frame magic")).readUInt32LE(0);
      if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
        const n = (await input.take(4, "LZ4 skippable frame size")).readUInt32LE(0);
        await input.skip(n, "LZ4 skippable frame");
        continue;
      }
      if (magic !== FRAME_MAGIC && !first) return;
      if (magic !== FRAME_MAGIC) throw new Lz4Error(`not an LZ4 frame (magic 0x${magic.toString(16)})`);
      yield* frameBlocks(input, await frameHeader(input));
    }
  } finally {
    await input.close();
  }
})();

// src/formats/compressed/expand.ts
var RATIO_FLOOR = 4 * 1024 * 1024;
var CHUNK = 1024 * 1024;
var viaTransform = (make) => (input) => {
  const decoder = make();
  const readable = Readable.from(input);
  readable.on("error", (err) => decoder.destroy(err));
  return readable.pipe(decoder);
};
var zlibCodecs = {
  deflateRaw: viaTransform(() => zlib.createInflateRaw()),
  gzip: viaTransform(() => zlib.createGunzip()),
  zlib: viaTransform(() => zlib.createInflate()),
  zstd: viaTransform(() => zlib.createZstdDecompress())
};
var ownCodecs = {
  lzmaAlone: lzmaAloneDecoder,
  zipLzma: zipLzmaDecoder,
  lz4: lz4FrameDecoder
};
function expansionCap(compressed, opts) {
  const candidates = [[opts.limits.maxMemberBytes, "member"]];
  if (opts.budget) candidates.push([Math.max(0, opts.budget.limit - opts.budget.used), "total"]);
  candidates.push([Math.max(RATIO_FLOOR, compressed * opts.limits.maxRatio), "ratio"]);
  let best = candidates[0];
  for (const c of candidates) if (c[0] < best[0]) best = c;
  return { cap: best[0], limit: best[1] };
}
async function* chunks(source, start, length) {
  let pos = start;
  const end = start + length;
  while (pos < end) {
    const n = Math.min(CHUNK, end - pos);
    const buf = await source.read(pos, n);
    if (buf.length === 0) return;
    yield Buffer.from(buf);
    pos += buf.length;
  }
}
var FIRST_PASS_KEEP = 16 * 1024 * 1024;
async function firstPass(source, start, length, decode, cap, peek) {
  const pass = { produced: 0, crc: 0, kept: [], end: "done" };
  for await (const piece of decodeChunks(source, start, length, decode, (err) => {
    pass.end = { corrupt: err?.message ?? String(err) };
  })) {
    pass.produced += piece.length;
    if (pass.produced > cap) {
      pass.end = "limit";
      return pass;
    }
    pass.crc = zlib.crc32(piece, pass.crc);
    if (pass.kept && (peek !== void 0 || pass.produced <= FIRST_PASS_KEEP)) pass.kept.push(piece);
    else pass.kept = void 0;
    if (peek !== void 0 && pass.produced >= peek) {
      pass.end = "peek";
      return pass;
    }
  }
  return pass;
}
async function* decodeChunks(source, start, length, decode, onCorrupt) {
  let ioError;
  async function* input() {
    try {
      yield* chunks(source, start, length);
    } catch (err) {
      ioError = err;
      throw err;
    }
  }
  try {
    for await (const piece of decode(input()))
      yield Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
  } catch (err) {
    if (ioError) throw ioError;
    onCorrupt(err);
    return;
  }
  if (ioError) throw ioError;
}
async function secondPass(source, start, length, decode, produced) {
  const out = Buffer.allocUnsafe(produced);
  let at = 0;
  for await (const piece of decodeChunks(source, start, length, decode, () => {
  })) {
    const n = Math.min(piece.length, produced - at);
    piece.copy(out, at, 0, n);
    at += n;
    if (at >= produced) break;
  }
  if (at < produced) {
    throw new ModelvetError(
      "CHANGED_WHILE_READING",
      `${label(source)}: the compressed data decoded differently the second time (it changed while being read)`,
      { path: source.path }
    );
  }
  return out;
}
async function expand(source, start, length, decode, opts) {
  const { cap, limit } = expansionCap(length, opts);
  const pass = await firstPass(source, start, length, decode, cap, opts.peek);
  opts.budget?.charge(pass.produced);
  const { produced, crc: crc32, end } = pass;
  if (end === "limit") return { ok: false, reason: "limit", limit, cap, produced, compressed: length };
  const data = pass.kept ? Buffer.concat(pass.kept, produced) : await secondPass(source, start, length, decode, produced);
  if (end === "peek") return { ok: true, data: data.subarray(0, opts.peek), crc32, partial: true };
  if (end !== "done") return { ok: false, reason: "corrupt", message: end.corrupt, produced, data };
  return { ok: true, data, crc32 };
}

export { expansionCap as a, expand as e, ownCodecs as o, zlibCodecs as z };
