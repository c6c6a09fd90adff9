import { a as expansionCap } from './chunk-mjagBjGy.js';
import { aa as MAX_READ } from './chunk-CXVaUTXl.js';
import { J as loadBzip2Wasm } from './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const zlib = __mvBuiltin("node:zlib");

var BZ_OUTBUFF_FULL = -8;
var BZ_STREAM = /BZh[1-9]1AY&SY/g;
var ZSTD_FRAME = /\x28\xb5\x2f\xfd/g;
function streamStarts(input, pattern) {
  const starts = [0];
  for (const m of input.toString("latin1").matchAll(pattern)) if (m.index > 0) starts.push(m.index);
  return starts;
}
var bzip2Module;
var bzip2Segment = async (input, cap) => {
  bzip2Module ??= loadBzip2Wasm().then((m) => m.default.init());
  const bz = await bzip2Module;
  let size = Math.min(cap, Math.max(1024 * 1024, input.length * 8));
  for (; ; ) {
    try {
      return { ok: true, data: bz.decompress(input, size) };
    } catch (err) {
      const raw = err.message ?? String(err);
      const code = /\((BZ_[A-Z_]+)\)/.exec(raw)?.[1];
      const message = `libbz2 refuses the stream${code ? ` (${code})` : ""}`;
      if (!raw.includes(`failed: ${BZ_OUTBUFF_FULL} `)) return { ok: false, full: false, message };
      if (size >= cap) return { ok: false, full: true, message };
      size = Math.min(cap, size * 4);
    }
  }
};
function zstdExceeds(input, cap) {
  return new Promise((resolve) => {
    const decoder = zlib.createZstdDecompress();
    let produced = 0;
    let settled = false;
    const settle = (over) => {
      if (settled) return;
      settled = true;
      resolve(over);
      decoder.destroy();
    };
    decoder.on("data", (piece) => {
      produced += piece.length;
      if (produced > cap) settle(true);
    });
    decoder.on("end", () => settle(false));
    decoder.on("error", () => settle(false));
    decoder.end(input);
  });
}
var zstdSegment = async (input, cap) => {
  if (await zstdExceeds(input, cap))
    return { ok: false, full: true, message: "zstd refuses the stream (ERR_BUFFER_TOO_LARGE)" };
  try {
    return { ok: true, data: zlib.zstdDecompressSync(input, { maxOutputLength: Math.max(1, cap) }) };
  } catch (err) {
    const e = err;
    const message = `zstd refuses the stream${e.code ? ` (${e.code})` : ""}`;
    return { ok: false, full: e.code === "ERR_BUFFER_TOO_LARGE", message };
  }
};
async function expandSegments(source, start, length, o) {
  const { cap, limit } = expansionCap(length, o);
  if (length > MAX_READ) {
    return { ok: false, reason: "corrupt", message: `stream over ${MAX_READ} bytes`, produced: 0 };
  }
  const input = await source.read(start, length);
  const starts = o.multiStream ? streamStarts(input, o.pattern) : [0];
  const parts = [];
  let produced = 0;
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    let seg;
    for (; ; ) {
      const end = j < starts.length ? starts[j] : input.length;
      seg = await o.decode(input.subarray(starts[i], end), cap - produced);
      if (seg.ok || seg.full || j >= starts.length) break;
      j++;
    }
    if (!seg.ok) {
      if (seg.full) {
        o.budget?.charge(cap);
        return { ok: false, reason: "limit", limit, cap, produced: cap + 1, compressed: length };
      }
      o.budget?.charge(produced);
      const data2 = Buffer.concat(parts, produced);
      return { ok: false, reason: "corrupt", message: seg.message, produced, data: data2 };
    }
    parts.push(seg.data);
    produced += seg.data.length;
    i = j;
  }
  o.budget?.charge(produced);
  const data = Buffer.concat(parts, produced);
  return { ok: true, data, crc32: zlib.crc32(data) };
}

export { BZ_STREAM as B, ZSTD_FRAME as Z, bzip2Segment as b, expandSegments as e, zstdSegment as z };
