
// src/core/json.ts
var SERDE_MAX_DEPTH = 128;
var PYTHON_MAX_DEPTH = 990;
var PYTHON_INT_MAX_DIGITS = 4300;
var MAX_ISSUES = 1e3;
function readJson(text) {
  return new Reader(text, false).read();
}
function readJsonBytes(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = firstInvalidUtf8(buf);
  const r = new Reader(buf.toString("latin1"), true).read();
  if (bad >= 0) {
    r.error = { kind: "invalid-utf8", message: `invalid UTF-8 at byte ${bad}`, offset: bad };
  }
  return r;
}
function jsonGet(obj, key) {
  for (let k = obj.entries.length - 1; k >= 0; k--) {
    if (obj.entries[k].key === key) return obj.entries[k].value;
  }
  return void 0;
}
function jsonUint(v) {
  if (v?.t !== "number" || !/^(0|[1-9][0-9]*)$/.test(v.raw)) return void 0;
  return BigInt(v.raw);
}
function toPlain(root) {
  const convert = (v) => {
    switch (v.t) {
      case "object":
        return /* @__PURE__ */ Object.create(null);
      case "array":
        return new Array(v.items.length);
      case "string":
        return v.value;
      case "number":
        return /[.eEN]/.test(v.raw) ? Number(v.raw) : Number(v.raw) + 0;
      case "true":
        return true;
      case "false":
        return false;
      default:
        return null;
    }
  };
  const out = convert(root);
  const stack = [[root, out]];
  while (stack.length) {
    const [node, into] = stack.pop();
    if (node.t === "object") {
      const o = into;
      for (const e of node.entries) {
        const c = convert(e.value);
        o[e.key] = c;
        stack.push([e.value, c]);
      }
    } else if (node.t === "array") {
      const a = into;
      node.items.forEach((item, i) => {
        a[i] = convert(item);
        stack.push([item, a[i]]);
      });
    }
  }
  return out;
}
var SyntaxStop = class {
  issue;
  constructor(message, offset) {
    this.issue = { kind: "syntax", message: `${message} (char ${offset})`, offset };
  }
};
var Reader = class {
  pos = 0;
  stack = [];
  out = { duplicates: [], nonStandard: [], pythonRejects: [], depth: 0 };
  text;
  /** The text is UTF-8 bytes as latin1: string contents are decoded from UTF-8. */
  utf8;
  constructor(text, utf8) {
    this.text = text;
    this.utf8 = utf8;
  }
  read() {
    const bom = this.utf8 ? this.text.startsWith("\xEF\xBB\xBF") : this.text.charCodeAt(0) === 65279;
    if (bom) {
      this.issue(
        this.out.pythonRejects,
        "bom",
        "starts with a UTF-8 byte order mark (json.loads of a str refuses it)",
        0
      );
      this.pos = this.utf8 ? 3 : 1;
    }
    try {
      this.run();
    } catch (err) {
      if (err instanceof SyntaxStop) this.out.error = err.issue;
      else if (!(err instanceof Done)) throw err;
    }
    return this.out;
  }
  run() {
    let value = this.value();
    for (; ; ) {
      if (value !== void 0) {
        if (!this.attach(value)) return this.trailing();
      }
      const top = this.stack[this.stack.length - 1];
      if (top.fresh) {
        top.fresh = false;
        value = top.node.t === "array" ? this.value() : this.member(top);
        continue;
      }
      this.ws();
      const c = this.text[this.pos];
      if (top.node.t === "array") {
        if (c === "]") value = this.close();
        else if (c === ",") {
          this.pos++;
          value = this.value();
        } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
      } else if (c === "}") value = this.close();
      else if (c === ",") {
        this.pos++;
        value = this.member(top);
      } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
    }
  }
  /** Attaches a finished value to the open container; false when it was the top-level value. */
  attach(value) {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.out.value = value;
      return false;
    }
    if (top.node.t === "array") top.node.items.push(value);
    else this.addEntry(top, value);
    return true;
  }
  addEntry(top, value) {
    const key = top.key;
    const entries = top.node.entries;
    let dup;
    if (top.seen) dup = top.seen.has(key);
    else {
      dup = entries.some((e) => e.key === key);
      if (entries.length >= 16) top.seen = new Set(entries.map((e) => e.key));
    }
    top.seen?.add(key);
    if (dup && this.out.duplicates.length < MAX_ISSUES) {
      this.out.duplicates.push({ key, offset: top.keyAt, where: this.path() });
    }
    entries.push({ key, offset: top.keyAt, value });
  }
  /** Dotted path of the innermost open object (only built for a duplicate). */
  path() {
    let out = "";
    for (let i = 0; i < this.stack.length - 1; i++) {
      const c = this.stack[i];
      if (c.node.t === "array") out += `[${c.node.items.length - 1}]`;
      else {
        const key = c.key ?? "";
        out += out ? `.${key}` : key;
      }
    }
    return out;
  }
  trailing() {
    this.ws();
    if (this.pos < this.text.length) throw new SyntaxStop("Extra data", this.pos);
  }
  /** Reads a value; a container is opened and undefined returned (its members follow). */
  value() {
    this.ws();
    const at = this.pos;
    const c = this.text[at];
    if (c === "{" || c === "[") return this.open(c, at);
    if (c === '"') {
      const value = this.string();
      return { t: "string", value, offset: at, end: this.pos };
    }
    return this.scalar(at);
  }
  open(c, at) {
    this.pos++;
    const depth = this.stack.length + 1;
    if (depth > this.out.depth) {
      this.out.depth = depth;
      if (depth === SERDE_MAX_DEPTH + 1)
        this.issue(
          this.out.nonStandard,
          "deep",
          `nests deeper than ${SERDE_MAX_DEPTH} levels (serde_json's limit)`,
          at
        );
      if (depth === PYTHON_MAX_DEPTH)
        this.issue(
          this.out.pythonRejects,
          "recursion",
          `nests ${PYTHON_MAX_DEPTH} levels deep: Python's json raises RecursionError`,
          at
        );
    }
    if (c === "[") {
      const node2 = { t: "array", items: [], offset: at, end: at + 1 };
      this.attachOpen(node2);
      this.stack.push({ node: node2, fresh: true });
      this.ws();
      if (this.text[this.pos] === "]") return this.close();
      return void 0;
    }
    const node = { t: "object", entries: [], offset: at, end: at + 1 };
    this.attachOpen(node);
    this.stack.push({ node, fresh: true });
    this.ws();
    if (this.text[this.pos] === "}") return this.close();
    return void 0;
  }
  /** Links a new container into its parent at once, so a later syntax error keeps it in the tree. */
  attachOpen(node) {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.out.value = node;
    else if (top.node.t === "array") top.node.items.push(node);
    else this.addEntry(top, node);
  }
  /** `"key": value` inside an object. */
  member(frame) {
    this.ws();
    if (this.text[this.pos] !== '"')
      throw new SyntaxStop("Expecting property name enclosed in double quotes", this.pos);
    frame.keyAt = this.pos;
    frame.key = this.string();
    this.ws();
    if (this.text[this.pos] !== ":") throw new SyntaxStop("Expecting ':' delimiter", this.pos);
    this.pos++;
    return this.value();
  }
  /** Closes the innermost container; returns undefined (it is already linked into its parent). */
  close() {
    this.pos++;
    const frame = this.stack.pop();
    frame.fresh = false;
    frame.node.end = this.pos;
    if (this.stack.length === 0) {
      this.trailing();
      throw new Done();
    }
    return void 0;
  }
  scalar(at) {
    const t = this.text;
    const c = t.charCodeAt(at);
    const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : c === 78 ? "NaN" : c === 73 ? "Infinity" : c === 45 && t.charCodeAt(at + 1) === 73 ? "-Infinity" : void 0;
    if (word !== void 0) {
      if (!t.startsWith(word, at)) throw new SyntaxStop("Expecting value", at);
      this.pos = at + word.length;
      if (c === 116 || c === 102 || c === 110)
        return { t: word, offset: at, end: this.pos };
      this.issue(this.out.nonStandard, "non-finite", `${word} is not a JSON number (Python reads it)`, at);
      return { t: "number", raw: word, offset: at, end: this.pos };
    }
    return this.number(at);
  }
  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as CPython's scanner matches numbers. */
  number(at) {
    const t = this.text;
    let i = at;
    if (t.charCodeAt(i) === 45) i++;
    const intStart = i;
    if (t.charCodeAt(i) === 48) i++;
    else i = digits(t, i);
    if (i === intStart) throw new SyntaxStop("Expecting value", at);
    const intDigits = i - intStart;
    let integer = true;
    if (t.charCodeAt(i) === 46 && isDigit(t.charCodeAt(i + 1))) {
      i = digits(t, i + 1);
      integer = false;
    }
    const e = t.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      if (t.charCodeAt(j) === 43 || t.charCodeAt(j) === 45) j++;
      if (isDigit(t.charCodeAt(j))) {
        i = digits(t, j);
        integer = false;
      }
    }
    this.pos = i;
    if (integer && intDigits > PYTHON_INT_MAX_DIGITS)
      this.issue(
        this.out.pythonRejects,
        "int-digits",
        `an integer of ${intDigits} digits exceeds Python's ${PYTHON_INT_MAX_DIGITS}-digit limit (ValueError)`,
        at
      );
    return { t: "number", raw: t.slice(at, i), offset: at, end: i };
  }
  /** A string starting at the opening quote; decodes escapes the way CPython's scanstring does. */
  string() {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let out = "";
    for (; ; ) {
      let j = i;
      let high = false;
      let c = t.charCodeAt(j);
      while (c !== 34 && c !== 92 && c >= 32) {
        if (c >= 128) high = true;
        c = t.charCodeAt(++j);
      }
      if (j > i)
        out += high && this.utf8 ? Buffer.from(t.slice(i, j), "latin1").toString("utf8") : t.slice(i, j);
      i = j;
      if (i >= t.length) throw new SyntaxStop("Unterminated string starting at", start);
      if (c === 34) {
        this.pos = i + 1;
        return out;
      }
      if (c < 32) throw new SyntaxStop("Invalid control character at", i);
      const [text, next] = this.escape(i);
      out += text;
      i = next;
    }
  }
  /** One backslash escape at `i`; returns its text and the offset after it. */
  escape(i) {
    const t = this.text;
    const e = t[i + 1];
    const simple = e === void 0 ? void 0 : SIMPLE_ESCAPES[e];
    if (simple !== void 0) return [simple, i + 2];
    if (e !== "u") throw new SyntaxStop("Invalid \\escape", i);
    const unit = hex4(t, i + 2);
    if (unit < 0) throw new SyntaxStop("Invalid \\uXXXX escape", i + 1);
    if (unit >= 55296 && unit <= 56319 && t[i + 6] === "\\" && t[i + 7] === "u") {
      const low = hex4(t, i + 8);
      if (low >= 56320 && low <= 57343) return [String.fromCharCode(unit, low), i + 12];
    }
    if (unit >= 55296 && unit <= 57343)
      this.issue(
        this.out.nonStandard,
        "lone-surrogate",
        "a \\u escape gives a lone surrogate (Python keeps it)",
        i
      );
    return [String.fromCharCode(unit), i + 6];
  }
  ws() {
    const t = this.text;
    let i = this.pos;
    for (let c = t.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = t.charCodeAt(++i)) ;
    this.pos = i;
  }
  issue(list, kind, message, offset) {
    if (list.length < MAX_ISSUES) list.push({ kind, message, offset });
  }
};
var Done = class {
};
var SIMPLE_ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
var isDigit = (c) => c >= 48 && c <= 57;
function digits(t, i) {
  while (isDigit(t.charCodeAt(i))) i++;
  return i;
}
function hex4(t, at) {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = t.charCodeAt(at + k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function isAscii(buf) {
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 128) return false;
  return true;
}
function firstInvalidUtf8(buf) {
  if (isAscii(buf)) return -1;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return -1;
  } catch {
  }
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 192) !== 128) return i;
    const cp = need === 0 ? b : need === 1 ? (b & 31) << 6 | buf[i + 1] & 63 : need === 2 ? (b & 15) << 12 | (buf[i + 1] & 63) << 6 | buf[i + 2] & 63 : (b & 7) << 18 | (buf[i + 1] & 63) << 12 | (buf[i + 2] & 63) << 6 | buf[i + 3] & 63;
    const overlong = need === 2 && cp < 2048 || need === 3 && (cp < 65536 || cp > 1114111);
    if (overlong || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}

export {
  PYTHON_MAX_DEPTH,
  readJson,
  readJsonBytes,
  jsonGet,
  jsonUint,
  toPlain
};
