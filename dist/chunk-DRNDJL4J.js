
// src/core/paths.ts
import { isUtf8 } from "node:buffer";
import { isAbsolute, relative, sep } from "node:path";
function relativeInside(root, path) {
  const r = relative(root, path);
  const leaves = r === ".." || r.startsWith(`..${sep}`) || isAbsolute(r);
  return leaves ? void 0 : r;
}
function isWithin(root, path) {
  return relativeInside(root, path) !== void 0;
}
function nameEscapes(name) {
  const out = [];
  if (name.includes("\0")) out.push("nul");
  if (name.startsWith("/") || name.startsWith("\\")) out.push("absolute");
  if (/^[A-Za-z]:/.test(name)) out.push("drive");
  if (name.split(/[\\/]/).includes("..")) out.push("parent");
  return out;
}
function isRootedName(name) {
  return nameEscapes(name).some((r) => r === "absolute" || r === "drive");
}
var MEMBER_ESCAPE = {
  nul: "contains a NUL byte",
  absolute: "is an absolute path",
  drive: "starts with a drive letter",
  parent: "contains a ../ component"
};
function unsafeMemberPath(name) {
  const why = nameEscapes(name)[0];
  return why && MEMBER_ESCAPE[why];
}
var LOCATION_ESCAPE = {
  absolute: "is an absolute path",
  drive: "is a Windows drive path",
  parent: 'contains ".."'
};
function lexicalEscape(location) {
  const why = nameEscapes(location).find((r) => r !== "nul");
  return why && LOCATION_ESCAPE[why];
}
function toFsPath(bytes) {
  return isUtf8(bytes) ? bytes.toString("utf8") : bytes;
}
function joinBytes(dir, name) {
  return Buffer.concat([dir, SLASH, name]);
}
var SLASH = Buffer.from(sep === "/" ? "/" : "\\");
var UNSAFE_CHAR = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;
function sequenceLength(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;
  if (c >= 224 && c <= 239) {
    const lo = c === 224 ? 160 : 128;
    const hi = c === 237 ? 159 : 191;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 240 && c <= 244) {
    const lo = c === 240 ? 144 : 128;
    const hi = c === 244 ? 143 : 191;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
function* utf8Pieces(bytes) {
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString("utf8");
    yield bytes[i];
    i++;
    start = i;
  }
  if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString("utf8");
}
function fsDecode(bytes) {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  let out = "";
  for (const p of utf8Pieces(bytes)) out += typeof p === "string" ? p : String.fromCharCode(56320 + p);
  return out;
}
function fsEncode(text) {
  if (!/[\udc80-\udcff]/.test(text)) return Buffer.from(text, "utf8");
  const parts = [];
  let run = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch.length === 1 && cp >= 56448 && cp <= 56575) {
      if (run) parts.push(Buffer.from(run, "utf8"));
      run = "";
      parts.push(Buffer.of(cp - 56320));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}
function suspiciousName(bytes) {
  if (!isUtf8(bytes)) return "is not valid UTF-8";
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  const m = UNSAFE_CHAR.exec(text);
  if (!m) return void 0;
  const cp = m[0].codePointAt(0);
  return cp < 32 || cp === 127 || cp >= 128 && cp <= 159 ? "contains a control character" : "contains a line separator or bidirectional control character";
}
function pathKey(p) {
  return typeof p === "string" ? p : `\0${p.toString("latin1")}`;
}

export {
  relativeInside,
  isWithin,
  nameEscapes,
  isRootedName,
  unsafeMemberPath,
  lexicalEscape,
  toFsPath,
  joinBytes,
  fsDecode,
  fsEncode,
  suspiciousName,
  pathKey
};
