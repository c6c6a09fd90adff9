import { e as expandSegments, b as bzip2Segment, B as BZ_STREAM } from './chunk-BxbbjG6I.js';
import { e as expand, z as zlibCodecs, o as ownCodecs } from './chunk-mjagBjGy.js';
import { b7 as readTail, b8 as minizPlan, b9 as cpythonPlan, ba as CENTRAL_SIZE, bb as SIG_CENTRAL, bc as LOCAL_SIZE, bd as SIG_LOCAL, be as SIG_DATA_DESCRIPTOR, bf as SIG_EOCD } from './chunk-B-6LZOx6.js';
import { aa as MAX_READ, ab as unsafeMemberPath, B as BufferSource, S as SliceSource } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const zlib = __mvBuiltin("node:zlib");
const { isUtf8, isAscii } = __mvBuiltin("node:buffer");

var ZIP_METHOD = { stored: 0, deflate: 8, lzma: 14, zstd: 93 };
var SMALL_STORED = 16 * 1024;
var METHOD_NAMES = { 8: "deflate", 12: "bzip2", 14: "LZMA", 93: "zstd" };
function decompress(source, e, start, o) {
  switch (e.method) {
    case ZIP_METHOD.deflate:
      return expand(source, start, e.compressedSize, zlibCodecs.deflateRaw, o);
    case ZIP_METHOD.lzma:
      return expand(source, start, e.compressedSize, ownCodecs.zipLzma, o);
    case ZIP_METHOD.zstd:
      return expand(source, start, e.compressedSize, zlibCodecs.zstd, o);
    default:
      return expandSegments(source, start, e.compressedSize, {
        ...o,
        pattern: BZ_STREAM,
        decode: bzip2Segment,
        multiStream: false
      });
  }
}
async function openZipEntry(source, entry, o) {
  const member = [...source.member, entry.name];
  if (entry.dataOffset === void 0 || entry.dataOffset + entry.compressedSize > source.size) {
    return {
      ok: false,
      reason: "no-data",
      message: `the data of ${entry.name} cannot be located inside the file`
    };
  }
  if (entry.method === ZIP_METHOD.stored) {
    const sizeOk = entry.compressedSize === entry.uncompressedSize;
    if (entry.compressedSize <= SMALL_STORED) {
      const data = await source.read(entry.dataOffset, entry.compressedSize);
      const crcOk = zlib.crc32(data) === entry.crc32;
      return { ok: true, source: new BufferSource(data, source.path, member), crcOk, sizeOk };
    }
    return {
      ok: true,
      source: new SliceSource(source, entry.dataOffset, entry.compressedSize, member),
      sizeOk
    };
  }
  const methodName = METHOD_NAMES[entry.method];
  if (!methodName) {
    return {
      ok: false,
      reason: "method",
      message: `${entry.name} uses compression method ${entry.method}, which neither PyTorch nor Python's zipfile reads`,
      evidence: { method: entry.method }
    };
  }
  const r = await decompress(source, entry, entry.dataOffset, o);
  if (!r.ok) {
    if (r.reason === "limit") {
      return {
        ok: false,
        reason: "limit",
        limit: r.limit,
        message: `${entry.name} expands past ${r.cap} bytes (${r.limit} limit) from ${r.compressed} compressed bytes`,
        evidence: { cap: r.cap, compressed: r.compressed, declared: entry.uncompressedSize }
      };
    }
    return {
      ok: false,
      reason: "corrupt",
      message: `${entry.name}: ${methodName} data is corrupt (${r.message})`,
      data: r.data && r.data.length > 0 ? r.data : void 0
    };
  }
  const out = new BufferSource(r.data, source.path, member);
  if (r.partial) return { ok: true, source: out, sizeOk: true, partial: true };
  return {
    ok: true,
    source: out,
    crcOk: r.crc32 === entry.crc32,
    sizeOk: r.data.length === entry.uncompressedSize
  };
}
function memberName(raw, declaredUtf8) {
  return declaredUtf8 || isUtf8(raw) ? raw.toString("utf8") : raw.toString("latin1");
}

// src/formats/zip/central.ts
var U32_MAX = 4294967295;
var MAX_EXTRACT_VERSION = 63;
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0 ";
function cp437(raw) {
  if (isAscii(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString("latin1");
  let out = "";
  for (const b of raw) out += b < 128 ? String.fromCharCode(b) : CP437_HIGH[b - 128];
  return out;
}
function displayName(raw, flags) {
  return memberName(raw, (flags & 2048) !== 0);
}
function pythonName(raw, flags) {
  if (!(flags & 2048)) return cp437(raw);
  try {
    return UTF8.decode(raw);
  } catch {
    return void 0;
  }
}
function fixed(cd, p) {
  const madeBy = cd.readUInt16LE(p + 4) >> 8;
  const external = cd.readUInt32LE(p + 38);
  return {
    extractVersion: cd[p + 6],
    flags: cd.readUInt16LE(p + 8),
    method: cd.readUInt16LE(p + 10),
    methodAndTime: cd.readUInt32LE(p + 10),
    crc32: cd.readUInt32LE(p + 16),
    compressedSize: cd.readUInt32LE(p + 20),
    uncompressedSize: cd.readUInt32LE(p + 24),
    nameLen: cd.readUInt16LE(p + 28),
    extraLen: cd.readUInt16LE(p + 30),
    commentLen: cd.readUInt16LE(p + 32),
    disk: cd.readUInt16LE(p + 34),
    localHeaderOffset: cd.readUInt32LE(p + 42),
    unixMode: madeBy === 3 ? external >>> 16 : void 0
  };
}
function u64(buf, at) {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
function entryOf(cd, base, p, f, names, shift, zip64) {
  return {
    at: base + p,
    rawName: cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen),
    // Named fields, not a spread: one object shape for every entry (a spread made entryOf the
    // slowest step of listing 65,535 members).
    name: names.name,
    pyName: names.pyName,
    pyOrigName: names.pyOrigName,
    flags: f.flags,
    method: f.method,
    crc32: f.crc32,
    compressedSize: f.compressedSize,
    uncompressedSize: f.uncompressedSize,
    localHeaderOffset: f.localHeaderOffset + shift,
    unixMode: f.unixMode,
    zip64
  };
}
function minizZip64(extra, f) {
  let at = 0;
  let remaining = extra.length;
  while (remaining > 0) {
    if (remaining < 4) return "malformed extra field";
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (len + 4 > remaining) return "malformed extra field";
    if (id === 1) {
      let q = at + 4;
      const end = at + 4 + len;
      const take = () => {
        const v = q + 8 <= end && q + 8 <= extra.length ? u64(extra, q) : void 0;
        q += 8;
        return v;
      };
      if (f.uncompressedSize === U32_MAX) f.uncompressedSize = take() ?? f.uncompressedSize;
      if (f.compressedSize === U32_MAX) f.compressedSize = take() ?? f.compressedSize;
      if (f.localHeaderOffset === U32_MAX) f.localHeaderOffset = take() ?? f.localHeaderOffset;
      return void 0;
    }
    at += 4 + len;
    remaining -= 4 + len;
  }
  return void 0;
}
function minizCheck(f, plan, size) {
  if (f.compressedSize !== U32_MAX && f.uncompressedSize !== U32_MAX) {
    if (f.methodAndTime === 0 && f.uncompressedSize !== f.compressedSize || f.uncompressedSize && !f.compressedSize) {
      return "entry sizes are inconsistent";
    }
  }
  if (f.disk === 65535 || f.disk !== plan.thisDisk && f.disk !== 1) return "multi-disk entry";
  if (f.compressedSize !== U32_MAX && f.localHeaderOffset + LOCAL_SIZE + f.compressedSize > size) {
    return "entry data runs past the file";
  }
  if (f.flags & 8192) return "masked local headers";
  return void 0;
}
function parseMiniz(cd, plan, size, maxEntries) {
  const out = [];
  let p = 0;
  for (let i = 0; i < plan.entries; i++) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE || cd.readUInt32LE(p) !== SIG_CENTRAL) {
      return { ok: false, reason: `no central header for entry ${i}`, offset: plan.cdStart + p };
    }
    const f = fixed(cd, p);
    const extra = cd.subarray(p + CENTRAL_SIZE + f.nameLen, p + CENTRAL_SIZE + f.nameLen + f.extraLen);
    let zip64 = false;
    if (f.extraLen && Math.max(f.compressedSize, f.uncompressedSize, f.localHeaderOffset) === U32_MAX) {
      const bad2 = minizZip64(extra, f);
      if (bad2) return { ok: false, reason: `entry ${i}: ${bad2}`, offset: plan.cdStart + p };
      zip64 = true;
    }
    const bad = minizCheck(f, plan, size);
    const total = CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
    if (bad || total > cd.length - p) {
      return {
        ok: false,
        reason: `entry ${i}: ${bad ?? "runs past the directory"}`,
        offset: plan.cdStart + p
      };
    }
    const raw = cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen);
    const name = displayName(raw, f.flags);
    out.push(entryOf(cd, plan.cdStart, p, f, { name, pyName: name, pyOrigName: name }, 0, zip64));
    p += total;
  }
  return { ok: true, entries: out, truncated: false };
}
function pythonExtra(extra, f, raw) {
  let rest = 0;
  let zip64 = false;
  let unicodeName;
  while (extra.length - rest >= 4) {
    const tp = extra.readUInt16LE(rest);
    const ln = extra.readUInt16LE(rest + 2);
    if (ln + 4 > extra.length - rest) return { error: `corrupt extra field ${tp.toString(16)}`, zip64 };
    const data = extra.subarray(rest + 4, rest + 4 + ln);
    if (tp === 1) {
      zip64 = true;
      let q = 0;
      const take = () => {
        if (q + 8 > data.length) return void 0;
        q += 8;
        return u64(data, q - 8);
      };
      if (f.uncompressedSize === U32_MAX) f.uncompressedSize = take() ?? -1;
      if (f.compressedSize === U32_MAX) f.compressedSize = take() ?? -1;
      if (f.localHeaderOffset === U32_MAX) f.localHeaderOffset = take() ?? -1;
      if (f.uncompressedSize < 0 || f.compressedSize < 0 || f.localHeaderOffset < 0) {
        return { error: "corrupt zip64 extra field", zip64 };
      }
    } else if (tp === 28789 && data.length >= 5 && data[0] === 1 && data.readUInt32LE(1) === zlib.crc32(raw)) {
      try {
        const name = UTF8.decode(data.subarray(5));
        if (name) unicodeName = name;
      } catch {
        return { error: "corrupt unicode path extra field", zip64 };
      }
    }
    rest += 4 + ln;
  }
  return unicodeName === void 0 ? { zip64 } : { zip64, unicodeName };
}
function parseCpython(cd, plan, maxEntries) {
  const out = [];
  let p = 0;
  while (p < plan.cdSize) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE)
      return { ok: false, reason: "truncated central directory", offset: plan.cdStart + p };
    if (cd.readUInt32LE(p) !== SIG_CENTRAL)
      return { ok: false, reason: "bad central directory signature", offset: plan.cdStart + p };
    const f = fixed(cd, p);
    const raw = cd.subarray(p + CENTRAL_SIZE, Math.min(cd.length, p + CENTRAL_SIZE + f.nameLen));
    const extraStart = p + CENTRAL_SIZE + f.nameLen;
    const extra = cd.subarray(Math.min(cd.length, extraStart), Math.min(cd.length, extraStart + f.extraLen));
    const orig = pythonName(raw, f.flags);
    if (orig === void 0)
      return { ok: false, reason: "a name flagged UTF-8 is not UTF-8", offset: plan.cdStart + p };
    if (f.extractVersion > MAX_EXTRACT_VERSION) {
      return { ok: false, reason: `zip file version ${f.extractVersion / 10}`, offset: plan.cdStart + p };
    }
    const x = pythonExtra(extra, f, raw);
    if (x.error) return { ok: false, reason: x.error, offset: plan.cdStart + p };
    const cut = (s) => s.includes("\0") ? s.slice(0, s.indexOf("\0")) : s;
    const names = {
      name: displayName(raw, f.flags),
      pyName: cut(x.unicodeName ?? orig),
      pyOrigName: orig
    };
    out.push(entryOf(cd, plan.cdStart, p, f, names, plan.shift, x.zip64));
    p += CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
  }
  return { ok: true, entries: out, truncated: false };
}

// src/formats/zip/local.ts
var WINDOW = 256 * 1024;
var LOCAL_MAGIC = Buffer.from("PK", "latin1");
var GAP_SEARCH_LIMIT = 16 * 1024 * 1024;
var MAX_DESCRIPTOR = 24;
function parseLocal(buf, i, offset, name) {
  const flags = buf.readUInt16LE(i + 6);
  const nameLen = buf.readUInt16LE(i + 26);
  const extraLen = buf.readUInt16LE(i + 28);
  return {
    offset,
    flags,
    method: buf.readUInt16LE(i + 8),
    crc32: buf.readUInt32LE(i + 14),
    compressedSize: buf.readUInt32LE(i + 18),
    uncompressedSize: buf.readUInt32LE(i + 22),
    rawName: name,
    name: displayName(name, flags),
    pyName: pythonName(name, flags),
    dataOffset: offset + LOCAL_SIZE + nameLen + extraLen
  };
}
var NAME_ROOM = 512;
function windowLength(sorted, k, size) {
  const off = sorted[k];
  let j = k;
  while (j + 1 < sorted.length && sorted[j + 1] + LOCAL_SIZE + NAME_ROOM - off <= WINDOW) j++;
  return Math.min(size - off, sorted[j] + LOCAL_SIZE + NAME_ROOM - off);
}
async function readLocalHeaders(source, offsets) {
  const out = /* @__PURE__ */ new Map();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let winStart = -1;
  let win = Buffer.alloc(0);
  for (const [k, off] of sorted.entries()) {
    if (off < 0 || off + LOCAL_SIZE > source.size) {
      out.set(off, null);
      continue;
    }
    if (winStart < 0 || off < winStart || off + LOCAL_SIZE > winStart + win.length) {
      winStart = off;
      win = await source.read(off, windowLength(sorted, k, source.size));
    }
    const i = off - winStart;
    if (win.readUInt32LE(i) !== SIG_LOCAL) {
      out.set(off, null);
      continue;
    }
    const nameLen = win.readUInt16LE(i + 26);
    const name = i + LOCAL_SIZE + nameLen <= win.length ? win.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen) : Buffer.from(await source.read(off + LOCAL_SIZE, nameLen));
    out.set(off, parseLocal(win, i, off, name));
  }
  return out;
}
var STRUCTURE_SIGS = /* @__PURE__ */ new Set([SIG_LOCAL, SIG_CENTRAL, SIG_DATA_DESCRIPTOR, SIG_EOCD]);
function nextStructure(buf, from) {
  for (let i = buf.indexOf(80, from); i >= 0 && i + 4 <= buf.length; i = buf.indexOf(80, i + 1)) {
    if (buf[i + 1] === 75 && STRUCTURE_SIGS.has(buf.readUInt32LE(i))) return i;
  }
  return buf.length;
}
async function localEntriesIn(source, from, to) {
  const buf = await source.read(from, to - from);
  const found = [];
  for (let i = buf.indexOf(LOCAL_MAGIC); i >= 0 && i + LOCAL_SIZE <= buf.length; ) {
    const nameLen = buf.readUInt16LE(i + 26);
    const dataStart = i + LOCAL_SIZE + nameLen + buf.readUInt16LE(i + 28);
    if (dataStart > buf.length) break;
    const header = parseLocal(
      buf,
      i,
      from + i,
      Buffer.from(buf.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen))
    );
    const declared = header.compressedSize;
    const known = declared !== 4294967295 && dataStart + declared <= buf.length && !(header.flags & 8 && declared === 0);
    const dataLength = known ? declared : nextStructure(buf, dataStart) - dataStart;
    found.push({ header, dataLength });
    i = buf.indexOf(LOCAL_MAGIC, Math.max(dataStart + dataLength, i + 4));
  }
  return found;
}

// src/formats/zip/reader.ts
var ZIP_FLAG = {
  encrypted: 1,
  patched: 32,
  strongEncryption: 64,
  maskedHeaders: 8192
};
var ZipFormatError = class extends BaseError {
  constructor(message) {
    super("ZIP_INVALID", message);
    this.name = "ZipFormatError";
  }
};
async function parseView(source, planned, maxEntries, cache) {
  if (!planned.ok) return { reason: planned.reason };
  const { plan } = planned;
  if (plan.cdSize > MAX_READ) return { reason: `central directory of ${plan.cdSize} bytes is too large` };
  const key = `${plan.cdStart}:${plan.cdSize}`;
  let cd = cache.get(key);
  if (!cd) {
    cd = await source.read(plan.cdStart, Math.max(0, Math.min(plan.cdSize, source.size - plan.cdStart)));
    cache.set(key, cd);
  }
  const result = plan.reader === "miniz" ? parseMiniz(cd, plan, source.size, maxEntries) : parseCpython(cd, plan, maxEntries);
  return { plan, result };
}
function sameEntry(a, b) {
  return a.localHeaderOffset === b.localHeaderOffset && a.compressedSize === b.compressedSize && a.method === b.method && a.rawName.equals(b.rawName);
}
function entryKey(e) {
  return `${e.localHeaderOffset}:${e.compressedSize}:${e.method}:${e.name}`;
}
function merge(miniz, cpython) {
  const out = (miniz ?? []).map((raw) => ({ raw, readers: ["miniz"] }));
  if (!cpython) return out;
  let i = 0;
  while (i < cpython.length && i < out.length && sameEntry(out[i].raw, cpython[i])) {
    out[i].py = cpython[i];
    out[i].readers.push("cpython");
    i++;
  }
  if (i === cpython.length) return out;
  const free = /* @__PURE__ */ new Map();
  for (const m of out.slice(i)) {
    const k = entryKey(m.raw);
    const list = free.get(k);
    if (list) list.push(m);
    else free.set(k, [m]);
  }
  for (const e of cpython.slice(i)) {
    const m = free.get(entryKey(e))?.find((c) => !c.py && sameEntry(c.raw, e));
    if (m) {
      m.py = e;
      m.readers.push("cpython");
    } else out.push({ raw: e, py: e, readers: ["cpython"] });
  }
  return out;
}
var CPYTHON_METHODS = /* @__PURE__ */ new Set([0, 8, 12, 14, 93]);
function opensFor(raw, py, lh, readers, endOffset) {
  const opens = {};
  const dataEnd = lh ? lh.dataOffset + raw.compressedSize : Number.POSITIVE_INFINITY;
  if (readers.includes("miniz")) {
    opens.miniz = !!lh && !(raw.flags & 97) && (raw.method === 0 || raw.method === 8);
  }
  if (readers.includes("cpython")) {
    opens.cpython = !!lh && lh.pyName === py.pyOrigName && !(raw.flags & 97) && CPYTHON_METHODS.has(raw.method) && (endOffset === void 0 || dataEnd <= endOffset);
  }
  return opens;
}
function pythonEndOffsets(entries, cdStart) {
  const out = /* @__PURE__ */ new Map();
  let end = cdStart;
  const sorted = [...entries].sort((a, b) => b.localHeaderOffset - a.localHeaderOffset);
  for (const e of sorted) {
    out.set(e, end);
    end = e.localHeaderOffset;
  }
  return out;
}
function toEntry(m, index, lh, ends) {
  const r = m.raw;
  const py = m.py ?? r;
  return {
    index,
    name: r.name,
    pyName: py.pyName,
    pyRenamed: m.py !== void 0 && m.py.pyName !== m.py.pyOrigName,
    method: r.method,
    flags: r.flags,
    crc32: r.crc32,
    compressedSize: r.compressedSize,
    uncompressedSize: r.uncompressedSize,
    localHeaderOffset: r.localHeaderOffset,
    dataOffset: lh?.dataOffset,
    localName: lh?.name,
    localMethod: lh?.method,
    localFlags: lh?.flags,
    unixMode: r.unixMode,
    isDirectory: r.name.endsWith("/") && r.compressedSize === 0,
    zip64: r.zip64,
    readers: m.readers,
    opens: opensFor(r, py, lh, m.readers, ends.get(py))
  };
}
function hiddenEntry(f, index) {
  const h = f.header;
  return {
    index,
    name: h.name,
    pyName: h.pyName ?? h.name,
    pyRenamed: false,
    method: h.method,
    flags: h.flags,
    crc32: h.crc32,
    compressedSize: f.dataLength,
    uncompressedSize: h.uncompressedSize,
    localHeaderOffset: h.offset,
    dataOffset: h.dataOffset,
    localName: h.name,
    localMethod: h.method,
    localFlags: h.flags,
    unixMode: void 0,
    isDirectory: h.name.endsWith("/") && f.dataLength === 0,
    zip64: false,
    readers: [],
    opens: {}
  };
}
function openZipFor(ctx) {
  const key = "zip/archive";
  let zip = ctx.memo.get(key);
  if (!zip) {
    zip = openZip(ctx.source, { maxEntries: ctx.limits.maxMembers });
    ctx.memo.set(key, zip);
  }
  return zip;
}
async function openZip(source, opts = {}) {
  const maxEntries = opts.maxEntries ?? 1e5;
  const tail = await readTail(source);
  const cache = /* @__PURE__ */ new Map();
  const miniz = await parseView(source, await minizPlan(source, tail), maxEntries, cache);
  const cpython = await parseView(source, await cpythonPlan(source, tail), maxEntries, cache);
  const okOf = (p) => "result" in p && p.result.ok ? p : void 0;
  const mOk = okOf(miniz);
  const cOk = okOf(cpython);
  if (!mOk && !cOk) {
    throw new ZipFormatError(`PyTorch's reader: ${failure(miniz)}; Python's zipfile: ${failure(cpython)}`);
  }
  return assemble(source, { miniz, cpython }, maxEntries);
}
function failure(p) {
  if (!("result" in p)) return p.reason;
  return p.result.ok ? "ok" : `${p.result.reason} (at ${p.result.offset})`;
}
async function assemble(source, readings, maxEntries) {
  const issues = [];
  const lists = {};
  for (const reader of ["miniz", "cpython"]) {
    const p = readings[reader];
    if ("result" in p && p.result.ok) {
      lists[reader] = p.result.entries;
      if (p.result.truncated) {
        issues.push({
          code: "entry-count",
          message: `${p.result.entries.length} entries listed, the limit; the rest were not listed`,
          evidence: { limit: maxEntries, reader }
        });
      }
    }
  }
  const merged = merge(lists.miniz, lists.cpython);
  const locals = await readLocalHeaders(
    source,
    merged.map((m) => m.raw.localHeaderOffset)
  );
  const cp = readings.cpython;
  const ends = "plan" in cp && cp.result.ok ? pythonEndOffsets(cp.result.entries, cp.plan.cdStart) : /* @__PURE__ */ new Map();
  const entries = merged.map((m, i) => toEntry(m, i, locals.get(m.raw.localHeaderOffset) ?? null, ends));
  const views = buildViews(readings, entries);
  reportDifferential(views, entries, issues);
  const plans = Object.values(views).flatMap((v) => v.ok ? [v.plan] : []);
  checkEntries(entries, views, issues, source.size, Math.min(...plans.map((p) => p.cdStart)));
  const complete = !issues.some((i) => i.code === "entry-count");
  const hidden = complete ? await findHidden(source, entries, plans, issues) : [];
  return archiveOf(source, entries, views, issues, hidden);
}
function buildViews(readings, entries) {
  const view = (reader) => {
    const p = readings[reader];
    if (!("result" in p)) return { ok: false, reason: p.reason };
    if (!p.result.ok) return { ok: false, reason: `${p.result.reason} (at ${p.result.offset})` };
    return { ok: true, plan: p.plan, entries: entries.filter((e) => e.readers.includes(reader)) };
  };
  return { miniz: view("miniz"), cpython: view("cpython") };
}
function archiveOf(source, entries, views, issues, hidden) {
  let first = Number.POSITIVE_INFINITY;
  for (const e of entries) if (e.localHeaderOffset < first) first = e.localHeaderOffset;
  for (const v of Object.values(views)) if (v.ok && v.plan.cdStart < first) first = v.plan.cdStart;
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return {
    source,
    entries,
    views,
    issues,
    prefixBytes: Number.isFinite(first) ? Math.max(0, first) : 0,
    hidden,
    find: (name) => byName.get(name),
    openEntry: (entry, o) => openZipEntry(source, entry, o),
    async checkCrc(entry, maxBytes) {
      if (entry.method !== ZIP_METHOD.stored || entry.dataOffset === void 0) return void 0;
      if (entry.compressedSize > maxBytes || entry.dataOffset + entry.compressedSize > source.size)
        return void 0;
      let crc = 0;
      for (let pos = 0; pos < entry.compressedSize; pos += 1024 * 1024) {
        const n = Math.min(1024 * 1024, entry.compressedSize - pos);
        crc = zlib.crc32(await source.read(entry.dataOffset + pos, n), crc);
      }
      return crc === entry.crc32;
    }
  };
}
function onlyIn(entries, reader) {
  return entries.filter((e) => e.readers.length === 1 && e.readers[0] === reader);
}
function reportDifferential(views, entries, issues) {
  const m = views.miniz;
  const c = views.cpython;
  if (m.ok && c.ok) {
    const onlyM = onlyIn(entries, "miniz");
    const onlyC = onlyIn(entries, "cpython");
    const renamed = entries.filter((e) => e.pyRenamed);
    if (onlyM.length || onlyC.length || renamed.length) {
      const list = (es) => es.slice(0, 5).map((e) => JSON.stringify(e.name)).join(", ");
      const parts = [
        onlyM.length ? `${onlyM.length} only PyTorch lists (${list(onlyM)})` : "",
        onlyC.length ? `${onlyC.length} only Python's zipfile lists (${list(onlyC)})` : "",
        renamed.length ? `${renamed.length} Python's zipfile names differently (${renamed.slice(0, 5).map((e) => `${JSON.stringify(e.name)} as ${JSON.stringify(e.pyName)}`).join(", ")})` : ""
      ].filter(Boolean);
      issues.push({
        code: "loader-differential",
        message: `PyTorch (miniz) and Python's zipfile (np.load, Keras) see different members: ${parts.join("; ")}`,
        evidence: {
          miniz: m.entries.length,
          cpython: c.entries.length,
          onlyMiniz: onlyM.length,
          onlyCpython: onlyC.length,
          renamed: renamed.length
        }
      });
    } else if (m.plan.cdStart !== c.plan.cdStart) {
      issues.push({
        code: "ambiguous-directory",
        message: `two central directories (at ${m.plan.cdStart} for PyTorch, ${c.plan.cdStart} for Python's zipfile) list the same members`,
        evidence: { offsets: [m.plan.cdStart, c.plan.cdStart] }
      });
    }
    return;
  }
  const ok = m.ok ? m : c.ok ? c : void 0;
  if (!ok) return;
  const failed = m.ok ? c : m;
  const failedName = m.ok ? "Python's zipfile (np.load, Keras)" : "PyTorch (miniz)";
  if (!m.ok && c.ok && c.plan.shift !== 0) {
    issues.push({
      code: "prefix",
      message: `${c.plan.shift} bytes precede the archive (offsets are relative to a later start); PyTorch's reader cannot open it`,
      evidence: { prefix: c.plan.shift }
    });
    return;
  }
  issues.push({
    code: "loader-differential",
    message: `${failedName} cannot open the archive (${failed.ok ? "" : failed.reason}) while the other loader lists ${ok.entries.length} members`,
    evidence: { opens: ok.plan.reader, refuses: failedName, reason: failed.ok ? void 0 : failed.reason }
  });
  if (c.ok && c.plan.shift !== 0) {
    issues.push({
      code: "prefix",
      message: `${c.plan.shift} bytes precede the archive`,
      evidence: { prefix: c.plan.shift }
    });
  }
}
var SUSPICIOUS_FLAGS = ZIP_FLAG.encrypted | ZIP_FLAG.patched | ZIP_FLAG.strongEncryption | ZIP_FLAG.maskedHeaders;
function checkEntry(e, issues, size) {
  if (e.localName !== void 0 && e.localName !== e.name) {
    issues.push({
      code: "name-mismatch",
      entry: e.name,
      message: `central directory names ${JSON.stringify(e.name)}, local header ${JSON.stringify(e.localName)}`,
      offset: e.localHeaderOffset,
      evidence: { central: e.name, local: e.localName }
    });
  }
  const flags = (e.flags | (e.localFlags ?? 0)) & SUSPICIOUS_FLAGS;
  if (flags) {
    issues.push({
      code: "flag-bits",
      entry: e.name,
      message: `${e.name} carries flag bits 0x${flags.toString(16)} (encryption/patch) that readers treat differently`,
      offset: e.localHeaderOffset,
      evidence: { flags: e.flags, localFlags: e.localFlags }
    });
  }
  const unsafe = unsafeMemberPath(e.name) ?? (e.localName ? unsafeMemberPath(e.localName) : void 0);
  if (unsafe) {
    const shown = e.localName && unsafeMemberPath(e.localName) ? e.localName : e.name;
    issues.push({
      code: "unsafe-path",
      entry: e.name,
      message: `member name ${JSON.stringify(shown)} ${unsafe}`
    });
  }
  if (e.unixMode !== void 0 && (e.unixMode & 61440) === 40960) {
    issues.push({ code: "symlink", entry: e.name, message: `${e.name} is a symbolic link` });
  }
  if (e.localHeaderOffset < 0 || e.dataOffset === void 0 && e.localHeaderOffset + 30 > size) {
    issues.push({
      code: "out-of-bounds",
      entry: e.name,
      message: e.localHeaderOffset < 0 ? `local header of ${e.name} lies before the start of the file (the directory's offsets and the bytes before the archive do not add up)` : `local header of ${e.name} lies past the end of the file`,
      offset: e.localHeaderOffset
    });
  } else if (e.dataOffset === void 0) {
    issues.push({
      code: "local-header",
      entry: e.name,
      message: `no local header where the central directory says ${e.name} starts`,
      offset: e.localHeaderOffset
    });
  } else if (e.dataOffset + e.compressedSize > size) {
    issues.push({
      code: "out-of-bounds",
      entry: e.name,
      message: `${e.name} claims ${e.compressedSize} bytes at ${e.dataOffset}, past the end of the file`,
      offset: e.dataOffset
    });
  }
}
function duplicateNames(views, issues) {
  const reported = /* @__PURE__ */ new Set();
  for (const [reader, v] of Object.entries(views)) {
    if (!v.ok) continue;
    const keyOf = (e) => reader === "miniz" ? e.name.toLowerCase() : e.pyName;
    if (new Set(v.entries.map(keyOf)).size === v.entries.length) continue;
    const counts = /* @__PURE__ */ new Map();
    for (const e of v.entries) {
      const key = keyOf(e);
      const c = counts.get(key) ?? { n: 0, name: e.name };
      c.n++;
      counts.set(key, c);
    }
    for (const [key, c] of counts) {
      if (c.n < 2 || reported.has(key)) continue;
      reported.add(key);
      issues.push({
        code: "duplicate-name",
        entry: c.name,
        message: `${c.n} entries are named ${JSON.stringify(c.name)}${reader === "miniz" ? " (PyTorch compares names case-insensitively)" : ""}; readers disagree on which one loads`,
        evidence: { count: c.n, reader }
      });
    }
  }
}
function checkEntries(entries, views, issues, size, cdStart) {
  for (const e of entries) checkEntry(e, issues, size);
  duplicateNames(views, issues);
  const spans = entries.filter((e) => e.dataOffset !== void 0).map((e) => ({ e, start: e.localHeaderOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start || a.end - b.end);
  let prev;
  let reported = 0;
  for (const s of spans) {
    if (prev && s.start < prev.end && reported < 20) {
      reported++;
      issues.push({
        code: "overlap",
        entry: s.e.name,
        message: `${s.e.name} overlaps ${prev.e.name} (bytes ${s.start}..${Math.min(s.end, prev.end)})`,
        offset: s.start,
        evidence: { other: prev.e.name }
      });
    }
    if (s.end > cdStart && s.end <= size && s.start < cdStart && reported < 20) {
      reported++;
      issues.push({
        code: "overlap",
        entry: s.e.name,
        message: `${s.e.name} runs into the central directory`,
        offset: s.start
      });
    }
    if (!prev || s.end > prev.end) prev = s;
  }
}
function coveredSpans(entries, plans) {
  const spans = [];
  for (const e of entries) {
    if (e.dataOffset === void 0 || e.localHeaderOffset < 0) continue;
    spans.push([e.localHeaderOffset, e.dataOffset + e.compressedSize, e.flags & 8 ? MAX_DESCRIPTOR : 0]);
  }
  for (const p of plans) {
    spans.push([p.cdStart, p.cdStart + p.cdSize, 0]);
    spans.push([p.recordsStart, p.recordsEnd, 0]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
async function findHidden(source, entries, plans, issues) {
  const gaps = [];
  let cursor = 0;
  let allowed = 0;
  for (const [start, end, slack] of coveredSpans(entries, plans)) {
    if (start - cursor > allowed) gaps.push([cursor, start]);
    if (end > cursor) {
      cursor = end;
      allowed = slack;
    }
  }
  if (source.size - cursor > allowed) gaps.push([cursor, source.size]);
  const hidden = [];
  let searched = 0;
  for (const [from, to] of gaps) {
    const len = Math.min(to - from, GAP_SEARCH_LIMIT - searched);
    if (len <= 0) break;
    searched += len;
    const found = await localEntriesIn(source, from, from + len);
    for (const f of found) {
      const e = hiddenEntry(f, -1 - hidden.length);
      hidden.push(e);
      issues.push({
        code: "hidden-entry",
        entry: e.name,
        message: `local entry ${JSON.stringify(e.name)} at ${e.localHeaderOffset} is in no central directory (streaming readers extract it)`,
        offset: e.localHeaderOffset
      });
    }
    if (found.length === 0 && from > 0 && to - from > MAX_DESCRIPTOR) {
      issues.push({
        code: "unreferenced-data",
        message: `${to - from} bytes at ${from} belong to no entry`,
        offset: from,
        evidence: { length: to - from }
      });
    }
  }
  return hidden;
}
async function recoverLocalEntries(source) {
  const found = await localEntriesIn(source, 0, Math.min(source.size, GAP_SEARCH_LIMIT));
  return found.map((f, i) => hiddenEntry(f, -1 - i));
}

export { ZipFormatError as Z, ZIP_METHOD as a, openZipEntry as b, memberName as m, openZipFor as o, recoverLocalEntries as r };
