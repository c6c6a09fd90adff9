import { s as scanPickle, N as NUMPY_TYPE_SIZES } from './chunk-UNKujAI4.js';
import './chunk-KlpithSi.js';
import './chunk-B2XdRNm-.js';
import './chunk-BQbnCg6V.js';
import { N as NPY_OBJECT_ARRAY, T as TRAILING_DATA, M as MALFORMED, J as NPY_MALFORMED } from './chunk-B-6LZOx6.js';
import { l as label, f as finding } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';

// src/formats/numpy/header.ts
var NpyHeaderError = class extends BaseError {
  constructor(message) {
    super("NPY_HEADER", message);
    this.name = "NpyHeaderError";
  }
};
function parsePyLiteral(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const value = (depth) => {
    if (depth > 32) throw new NpyHeaderError("header nested too deeply");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const m2 = /* @__PURE__ */ new Map();
      for (; ; ) {
        ws();
        if (text[i] === "}") {
          i++;
          return m2;
        }
        const k = value(depth + 1);
        if (typeof k !== "string") throw new NpyHeaderError("dict key is not a string");
        ws();
        if (text[i++] !== ":") throw new NpyHeaderError('":" expected');
        m2.set(k, value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] !== "}") throw new NpyHeaderError('"," or "}" expected');
      }
    }
    if (c === "(" || c === "[") {
      const close = c === "(" ? ")" : "]";
      i++;
      const items = [];
      for (; ; ) {
        ws();
        if (text[i] === close) {
          i++;
          return c === "(" ? { tuple: items } : items;
        }
        items.push(value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] !== close) throw new NpyHeaderError(`"," or "${close}" expected`);
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new NpyHeaderError("unterminated string");
      const s = text.slice(i + 1, end);
      if (s.includes("\\")) throw new NpyHeaderError("escapes in header strings are not supported");
      i = end + 1;
      return s;
    }
    const m = /^(True|False|None|[+-]?\d+(\.\d+)?([eE][+-]?\d+)?L?)/.exec(text.slice(i, i + 64));
    if (!m) throw new NpyHeaderError(`unexpected ${JSON.stringify(text.slice(i, i + 10))}`);
    i += m[0].length;
    if (m[0] === "True") return true;
    if (m[0] === "False") return false;
    if (m[0] === "None") return null;
    return Number(m[0].replace(/L$/, ""));
  };
  const v = value(0);
  ws();
  if (i !== text.length) throw new NpyHeaderError("text after the header dict");
  return v;
}
function descrInfo(d, depth = 0) {
  if (depth > 16) return null;
  if (typeof d === "string") {
    const m = /^[<>|=]?([a-zA-Z?])(\d*)(\[\w+\])?$/.exec(d);
    if (!m) return null;
    const kind = m[1];
    if (kind === "O") return "object";
    const n = m[2] ? Number(m[2]) : void 0;
    if (kind === "U") return n === void 0 ? null : n * 4;
    if (n !== void 0) return "biufcSaVMm".includes(kind) ? n : null;
    return NUMPY_TYPE_SIZES[kind] ?? null;
  }
  if (Array.isArray(d)) {
    let total = 0;
    for (const f of d) {
      if (f === null || typeof f !== "object" || !("tuple" in f)) return null;
      const [, sub, shape] = f.tuple;
      if (sub === void 0) return null;
      const s = descrInfo(sub, depth + 1);
      if (s === null || s === "object") return s;
      let count = 1;
      if (shape !== void 0) {
        const dims = typeof shape === "number" ? [shape] : shape !== null && typeof shape === "object" && "tuple" in shape ? shape.tuple : null;
        if (!dims || dims.some((x) => typeof x !== "number" || x < 0)) return null;
        for (const x of dims) count *= x;
      }
      total += s * count;
    }
    return total;
  }
  return null;
}

// src/formats/numpy/analyze.ts
async function analyzeNumpy(ctx) {
  const where = label(ctx.source);
  const bad = (message) => ctx.report(finding(NPY_MALFORMED, { message: `${where}: ${message}`, evidence: { reason: message } }));
  const size = ctx.source.size;
  const pre = await ctx.source.read(0, Math.min(12, size));
  if (pre.length < 10) return bad("file too short for a .npy header");
  const major = pre[6];
  const lenBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : 0;
  if (!lenBytes) return bad(`unsupported .npy version ${major}.${pre[7]}`);
  if (pre.length < 8 + lenBytes) return bad("file too short for a .npy header");
  const hlen = lenBytes === 2 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
  const dataStart = 8 + lenBytes + hlen;
  if (hlen > 1024 * 1024 || dataStart > size)
    return bad(`header length ${hlen} exceeds the file or the limit`);
  const raw = await ctx.source.read(8 + lenBytes, hlen);
  let header;
  try {
    header = parsePyLiteral(raw.toString(major === 3 ? "utf8" : "latin1"));
  } catch (err) {
    return bad(`header is not a Python dict literal: ${err.message}`);
  }
  if (!(header instanceof Map) || !header.has("descr") || !header.has("shape")) {
    return bad("header lacks descr or shape");
  }
  const shape = header.get("shape");
  const dims = shape !== null && typeof shape === "object" && "tuple" in shape ? shape.tuple : null;
  if (!dims || dims.some((d) => typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)) {
    return bad("shape is not a tuple of non-negative integers");
  }
  const info = descrInfo(header.get("descr"));
  if (info === "object" || info === null) {
    if (info === "object") {
      ctx.report(
        finding(NPY_OBJECT_ARRAY, {
          message: `${where}: array of Python objects; its data is a pickle (np.load needs allow_pickle=True)`,
          offset: dataStart
        })
      );
    }
    const summary = await scanPickle(ctx.source, ctx.report, {
      start: dataStart,
      options: ctx.options,
      single: true,
      nested: ctx
    });
    if (!summary.error && summary.end < size) {
      ctx.report(
        finding(TRAILING_DATA, {
          message: `${where}: ${size - summary.end} bytes after the object array pickle`,
          offset: summary.end,
          evidence: { bytes: size - summary.end }
        })
      );
    }
    return;
  }
  let count = 1;
  for (const d of dims) count *= d;
  const expected = count * info;
  const actual = size - dataStart;
  if (actual < expected) {
    ctx.report(
      finding(MALFORMED, {
        severity: "medium",
        message: `${where}: array data truncated (${actual} of ${expected} bytes)`,
        offset: dataStart,
        evidence: { expected, actual }
      })
    );
  } else if (actual > expected) {
    ctx.report(
      finding(TRAILING_DATA, {
        message: `${where}: ${actual - expected} bytes after the array data`,
        offset: dataStart + expected,
        evidence: { bytes: actual - expected }
      })
    );
  }
}

export { analyzeNumpy };
