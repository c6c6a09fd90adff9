import { ay as readJson, D as DocumentError, az as toPlain } from './chunk-B-6LZOx6.js';

// src/core/python-json.ts
function parsePythonJson(text) {
  const r = readJson(text);
  if (r.error || !r.value) throw new DocumentError("INVALID_JSON", "", r.error?.message ?? "empty document");
  return toPlain(r.value);
}
function decodeJsonBytes(b) {
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 254 && b[3] === 255)
    return utf32(b.subarray(4), false);
  if (b.length >= 4 && b[0] === 255 && b[1] === 254 && b[2] === 0 && b[3] === 0)
    return utf32(b.subarray(4), true);
  if (b.length >= 2 && b[0] === 255 && b[1] === 254) return b.subarray(2).toString("utf16le");
  if (b.length >= 2 && b[0] === 254 && b[1] === 255) return swap16(b.subarray(2)).toString("utf16le");
  if (b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191) return b.subarray(3).toString("utf8");
  if (b.length >= 4) {
    if (b[0] === 0 && b[1] === 0 && b[2] === 0) return utf32(b, false);
    if (b[1] === 0 && b[2] === 0 && b[3] === 0) return utf32(b, true);
    if (b[0] === 0) return swap16(b).toString("utf16le");
    if (b[1] === 0) return b.toString("utf16le");
  }
  return b.toString("utf8");
}
function swap16(b) {
  const c = Buffer.from(b.subarray(0, b.length - b.length % 2));
  return c.swap16();
}
function utf32(b, le) {
  let out = "";
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = le ? b.readUInt32LE(i) : b.readUInt32BE(i);
    out += cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
  }
  return out;
}

export { decodeJsonBytes as d, parsePythonJson as p };
