import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/core/sanitize.ts
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]$/u;
var WHITE_SPACE = new RegExp("^\\p{White_Space}$", "u");
var SHORT_ESCAPES = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "	": "\\t" };
var hex2 = (n) => n.toString(16).padStart(2, "0");
function wellFormed(text) {
  if (typeof text !== "string") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(text);
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function* stringPieces(text) {
  for (const char of text) yield { char };
}
function utf8SequenceLength(b, i) {
  const lead = b[i];
  if (lead < 128) return 1;
  const [len, min, max] = lead >= 194 && lead <= 223 ? [2, 128, 191] : lead === 224 ? [3, 160, 191] : lead === 237 ? [3, 128, 159] : lead >= 225 && lead <= 239 ? [3, 128, 191] : lead === 240 ? [4, 144, 191] : lead >= 241 && lead <= 243 ? [4, 128, 191] : lead === 244 ? [4, 128, 143] : [0, 0, 0];
  if (len === 0 || i + len > b.length) return 0;
  const second = b[i + 1];
  if (second < min || second > max) return 0;
  for (let k = 2; k < len; k++) if (b[i + k] < 128 || b[i + k] > 191) return 0;
  return len;
}
function* bytePieces(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      yield { byte: bytes[i] };
      i++;
      continue;
    }
    yield { char: decoder.decode(bytes.subarray(i, i + n)) };
    i += n;
  }
}
function escapeChar(char) {
  const short = SHORT_ESCAPES[char];
  if (short) return short;
  if (!INVISIBLE.test(char)) return char;
  const cp = char.codePointAt(0);
  if (cp < 128) return `\\x${hex2(cp)}`;
  return cp <= 65535 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\u{${cp.toString(16)}}`;
}
function terminalText(text) {
  let out = "";
  let leading = true;
  for (const piece of typeof text === "string" ? stringPieces(text) : bytePieces(text)) {
    if ("byte" in piece) {
      out += `\\x${hex2(piece.byte)}`;
      leading = false;
      continue;
    }
    const { char } = piece;
    if (leading && char === ":") out += "\\x3a";
    else if (char === "[" && out.endsWith("##")) out += "\\x5b";
    else out += escapeChar(char);
    if (leading && !WHITE_SPACE.test(char)) leading = false;
  }
  return out;
}
function markdownCode(text, options = {}) {
  let body = terminalText(text);
  if (options.table) body = body.replace(/\|/g, "\\|");
  if (body === "") return "";
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function markdownText(text) {
  return terminalText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").trim();
}
var MAX_JSON_DEPTH = 64;
function jsonValue(value, depth = 0, ancestors = /* @__PURE__ */ new Set()) {
  if (typeof value === "string") return wellFormed(value);
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return wellFormed(value);
  const withToJson = value;
  if (typeof withToJson.toJSON === "function") return jsonValue(withToJson.toJSON(), depth, ancestors);
  if (ancestors.has(value)) return "[circular]";
  if (depth >= MAX_JSON_DEPTH) return "[nested too deep]";
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => jsonValue(v, depth + 1, ancestors));
    const out = {};
    for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = jsonValue(v, depth + 1, ancestors);
    return out;
  } finally {
    ancestors.delete(value);
  }
}
function jsonText(value) {
  return `${JSON.stringify(jsonValue(value), null, 2).replace(/##\[/g, "##\\u005b")}
`;
}
function describeValue(value, max = 80) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return JSON.stringify(wellFormed(value.length > max ? `${value.slice(0, max)}\u2026` : value));
  }
  if (typeof value === "bigint") return value.toString();
  return String(value);
}

export {
  wellFormed,
  terminalText,
  markdownCode,
  markdownText,
  jsonText,
  describeValue
};
