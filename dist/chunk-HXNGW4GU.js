import {
  fsDecode
} from "./chunk-DRNDJL4J.js";

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
  for (const char of text) {
    const cp = char.codePointAt(0);
    if (char.length === 1 && cp >= 56448 && cp <= 56575) yield { byte: cp - 56320 };
    else yield { char };
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
function clip(text, max) {
  return text.length <= max ? { shown: text } : { shown: `${text.slice(0, max)}\u2026`, length: text.length };
}
var NEEDS_TERMINAL_ESCAPE = new RegExp("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Default_Ignorable_Code_Point}\\\\]|##\\[|^\\p{White_Space}*:", "u");
function terminalText(text) {
  if (typeof text === "string" && !NEEDS_TERMINAL_ESCAPE.test(text)) return text;
  let out = "";
  let leading = true;
  let last2 = "";
  for (const piece of stringPieces(typeof text === "string" ? text : fsDecode(text))) {
    let written;
    if ("byte" in piece) {
      written = `\\x${hex2(piece.byte)}`;
      leading = false;
    } else {
      const { char } = piece;
      if (leading && char === ":") written = "\\x3a";
      else if (char === "[" && last2 === "##") written = "\\x5b";
      else written = escapeChar(char);
      if (leading && !WHITE_SPACE.test(char)) leading = false;
    }
    out += written;
    last2 = written.length >= 2 ? written.slice(-2) : last2.slice(-1) + written;
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
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return fsDecode(value);
  const withToJson = value;
  if (typeof withToJson.toJSON === "function") return jsonValue(withToJson.toJSON(), depth, ancestors);
  if (ancestors.has(value)) return "[circular]";
  if (depth >= MAX_JSON_DEPTH) return "[nested too deep]";
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => jsonValue(v, depth + 1, ancestors));
    const out = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: jsonValue(v, depth + 1, ancestors),
        enumerable: true,
        writable: true,
        configurable: true
      });
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
  clip,
  terminalText,
  markdownCode,
  markdownText,
  jsonText,
  describeValue
};
