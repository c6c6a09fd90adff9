import { d as decodeJsonBytes, p as parsePythonJson } from './chunk-CRj2Be6F.js';
import { Y as YAML_ALIAS_LIMITS, L as LENGTH_LIMITS, D as DEPTH_LIMITS, w as withoutStackTraces, r as require_dist } from './chunk-Doof37AH.js';
import { c as classifyGlobal } from './chunk-B2XdRNm-.js';
import './chunk-BQbnCg6V.js';
import { Q as HYDRA_UNREADABLE, Y as YAML_PYTHON_TAG, R as HYDRA_CODE_RESOLVER, V as HYDRA_UNRESOLVED, W as HYDRA_DANGEROUS_TARGET, X as HYDRA_UNRESOLVED_TARGET, Z as HYDRA_UNKNOWN_TARGET } from './chunk-B-6LZOx6.js';
import { l as label, f as finding, e as readAll, K as KINDS } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
import { b as __toESM } from './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';

// src/formats/hydra/read.ts
var import_yaml = __toESM(require_dist());
function yamlNestingBound(text) {
  let flow = 0;
  let maxFlow = 0;
  let indent = 0;
  let maxIndent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9 || c === 45) {
        if (++indent > maxIndent) maxIndent = indent;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++flow > maxFlow) maxFlow = flow;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return Math.max(maxFlow, Math.ceil(maxIndent / 2));
}
var PYYAML_TRUE = /* @__PURE__ */ new Set(["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
function pyyamlTags(tags) {
  const kept = tags.filter(
    (t) => typeof t === "string" ? t !== "timestamp" && t !== "bool" : t.tag !== "tag:yaml.org,2002:timestamp" && t.tag !== "tag:yaml.org,2002:bool"
  );
  return [
    ...kept,
    {
      tag: "tag:yaml.org,2002:bool",
      default: true,
      test: PYYAML_BOOL,
      resolve: (s) => PYYAML_TRUE.has(s)
    }
  ];
}
var PYTHON_TAG = "tag:yaml.org,2002:python/";
function decodeTag(tag) {
  try {
    return decodeURIComponent(tag);
  } catch {
    return tag;
  }
}
function pythonTagsOf(doc, lines) {
  const pythonTags = [];
  (0, import_yaml.visit)(doc, {
    Node(_, n) {
      const tag = n.tag ? decodeTag(n.tag) : "";
      if (!tag.startsWith(PYTHON_TAG) || pythonTags.length >= 100) return;
      const rest = tag.slice(PYTHON_TAG.length);
      const colon = rest.indexOf(":");
      pythonTags.push({
        tag,
        callable: colon >= 0 ? rest.slice(colon + 1) : "",
        line: lines.linePos(n.range?.[0] ?? 0).line
      });
    }
  });
  return pythonTags;
}
function parseYamlGuarded(text) {
  if (text.length > LENGTH_LIMITS.configYaml)
    return { ok: false, reason: `longer than ${LENGTH_LIMITS.configYaml} characters; not parsed` };
  const depth = yamlNestingBound(text);
  if (depth > DEPTH_LIMITS.hydraYaml)
    return { ok: false, reason: `nested ${depth} levels deep (limit ${DEPTH_LIMITS.hydraYaml})` };
  try {
    const lines = new import_yaml.LineCounter();
    const doc = withoutStackTraces(
      () => (0, import_yaml.parseDocument)(text, {
        lineCounter: lines,
        version: "1.1",
        merge: true,
        uniqueKeys: false,
        customTags: pyyamlTags,
        // The prettifier copies the text around every error: quadratic for a file full of them.
        prettyErrors: false
      })
    );
    const err = doc.errors[0];
    if (err)
      return {
        ok: false,
        reason: `not valid YAML (${err.code.toLowerCase().replace(/_/g, " ")} at line ${lines.linePos(err.pos[0]).line || "?"})`
      };
    const value = doc.toJS({ maxAliasCount: YAML_ALIAS_LIMITS.hydra });
    return { ok: true, value, pythonTags: pythonTagsOf(doc, lines) };
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof RangeError ? "too deeply nested or too large to read" : "not readable as YAML"
    };
  }
}
function parseJsonGuarded(text) {
  try {
    return { ok: true, value: parsePythonJson(text), pythonTags: [] };
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
}

// src/formats/hydra/resolve.ts
var import_yaml2 = __toESM(require_dist());

// src/formats/hydra/grammar.ts
var GrammarError = class extends BaseError {
  constructor(message) {
    super("HYDRA_GRAMMAR", message);
    this.name = "GrammarError";
  }
};
var WS_CHARS = " 	";
var isWs = (c) => c !== void 0 && WS_CHARS.includes(c);
var isLetter = (c) => c !== void 0 && /[a-zA-Z]/.test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function wsRun(s, i) {
  let j = i;
  while (isWs(s[j])) j++;
  return j - i;
}
function lit(text, wsBefore = false, wsAfter = false) {
  return (s, i) => {
    let j = i;
    if (wsBefore) j += wsRun(s, j);
    if (!s.startsWith(text, j)) return 0;
    j += text.length;
    if (wsAfter) j += wsRun(s, j);
    return j - i;
  };
}
function backslashes(s, i) {
  let j = i;
  while (s[j] === "\\") j++;
  return j - i;
}
function strRun(stop) {
  return (s, i) => {
    let j = i;
    while (j < s.length && !stop.includes(s[j])) j++;
    while (j > i && s[j - 1] === "\\") j--;
    return j - i;
  };
}
function escaped(tail) {
  return (s, i) => {
    const n = backslashes(s, i);
    if (n === 0) return 0;
    const odd = n % 2 === 1 ? n : n - 1;
    return odd > 0 && s.startsWith(tail, i + n) && n === odd ? n + tail.length : 0;
  };
}
var evenBackslashes = (s, i) => {
  const n = backslashes(s, i);
  return n - n % 2;
};
var anyBackslashes = (s, i) => backslashes(s, i);
var oneChar = (set) => (s, i) => i < s.length && set.includes(s[i]) ? 1 : 0;
function idMatch(s, i) {
  if (!(isLetter(s[i]) || s[i] === "_")) return 0;
  let j = i + 1;
  while (isLetter(s[j]) || isDigit(s[j]) || s[j] === "_" || s[j] === "-") j++;
  return j - i;
}
function intUnsigned(s, i) {
  if (s[i] === "0") return 1;
  if (!isDigit(s[i])) return 0;
  let j = i + 1;
  for (; ; ) {
    if (isDigit(s[j])) j++;
    else if (s[j] === "_" && isDigit(s[j + 1])) j += 2;
    else return j - i;
  }
}
function digitsUnderscore(s, i) {
  if (!isDigit(s[i])) return 0;
  let j = i + 1;
  for (; ; ) {
    if (isDigit(s[j])) j++;
    else if (s[j] === "_" && isDigit(s[j + 1])) j += 2;
    else return j - i;
  }
}
function pointFloat(s, i) {
  const a = intUnsigned(s, i);
  if (s[i + a] !== ".") return 0;
  const frac = digitsUnderscore(s, i + a + 1);
  if (frac) return a + 1 + frac;
  return a ? a + 1 : 0;
}
function floatMatch(s, i) {
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const word = s.slice(j, j + 3).toLowerCase();
  if (word === "inf" || word === "nan") return j + 3 - i;
  const base = Math.max(pointFloat(s, j), intUnsigned(s, j));
  const p = pointFloat(s, j);
  if (base && (s[j + base] === "e" || s[j + base] === "E")) {
    let k = j + base + 1;
    if (s[k] === "+" || s[k] === "-") k++;
    const e = digitsUnderscore(s, k);
    if (e) return k + e - i;
  }
  return p ? j + p - i : 0;
}
function intMatch(s, i) {
  const sign = s[i] === "+" || s[i] === "-" ? 1 : 0;
  const n = intUnsigned(s, i + sign);
  return n ? sign + n : 0;
}
function wordMatch(word) {
  return (s, i) => s.slice(i, i + word.length).toLowerCase() === word ? word.length : 0;
}
var ESC_PAIRS = ["\\\\", "\\(", "\\)", "\\[", "\\]", "\\{", "\\}", "\\:", "\\=", "\\,", "\\ ", "\\	"];
function escMatch(s, i) {
  let j = i;
  while (ESC_PAIRS.some((p) => s.startsWith(p, j))) j += 2;
  return j - i;
}
function interKey(s, i) {
  let j = i;
  while (j < s.length && !`\\{}()[]:. 	'"`.includes(s[j])) j++;
  return j - i;
}
var RULES = {
  top: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "ANY_STR", match: strRun("$") },
    { type: "ESC_INTER", match: escaped("${") },
    { type: "TOP_ESC", match: evenBackslashes },
    { type: "ANY_STR", match: anyBackslashes },
    { type: "ANY_STR", match: oneChar("$") }
  ],
  value: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "BRACE_OPEN", match: lit("{", false, true), action: "push-value" },
    { type: "BRACE_CLOSE", match: lit("}", true), action: "pop" },
    { type: "QUOTE_OPEN", match: lit("'"), action: "push-single" },
    { type: "QUOTE_OPEN", match: lit('"'), action: "push-double" },
    { type: "COMMA", match: lit(",", true, true) },
    { type: "BRACKET_OPEN", match: lit("[", false, true) },
    { type: "BRACKET_CLOSE", match: lit("]", true) },
    { type: "COLON", match: lit(":", true, true) },
    { type: "FLOAT", match: floatMatch },
    { type: "INT", match: intMatch },
    { type: "BOOL", match: (s, i) => wordMatch("true")(s, i) || wordMatch("false")(s, i) },
    { type: "NULL", match: wordMatch("null") },
    { type: "UNQUOTED_CHAR", match: oneChar("/-\\+.$%*@?|") },
    { type: "ID", match: idMatch },
    { type: "ESC", match: escMatch },
    { type: "WS", match: wsRun }
  ],
  inter: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "COLON", match: lit(":", true, true), action: "to-value" },
    { type: "INTER_CLOSE", match: lit("}", true), action: "pop" },
    { type: "DOT", match: lit(".") },
    { type: "BRACKET_OPEN", match: lit("[") },
    { type: "BRACKET_CLOSE", match: lit("]") },
    { type: "ID", match: idMatch },
    { type: "INTER_KEY", match: interKey }
  ],
  single: quotedRules("'"),
  double: quotedRules('"')
};
function quotedRules(q) {
  return [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "MATCHING_QUOTE_CLOSE", match: lit(q), action: "pop" },
    { type: "ANY_STR", match: strRun(`${q}$`) },
    { type: "ESC_INTER", match: escaped("${") },
    { type: "ESC", match: escaped(q) },
    { type: "QUOTED_ESC", match: evenBackslashes },
    { type: "ANY_STR", match: anyBackslashes },
    { type: "ANY_STR", match: oneChar("$") }
  ];
}
function tokenize(s, start = "top") {
  const out = [];
  const modes = [start];
  let i = 0;
  while (i < s.length) {
    const mode = modes.at(-1) ?? "top";
    let best;
    let bestLen = 0;
    for (const r of RULES[mode]) {
      const n = r.match(s, i);
      if (n > bestLen) {
        best = r;
        bestLen = n;
      }
    }
    if (!best) throw new GrammarError(`unexpected character ${JSON.stringify(s[i])} at ${i}`);
    out.push({ type: best.type, text: s.slice(i, i + bestLen) });
    applyAction(modes, best.action);
    i += bestLen;
  }
  return out;
}
function applyAction(modes, action) {
  if (action === "push-inter") modes.push("inter");
  else if (action === "push-value") modes.push("value");
  else if (action === "push-single") modes.push("single");
  else if (action === "push-double") modes.push("double");
  else if (action === "to-value") modes[modes.length - 1] = "value";
  else if (action === "pop") {
    if (modes.length <= 1) throw new GrammarError("unbalanced closing brace");
    modes.pop();
  }
}
var MAX_NESTING = 200;
var Parser = class {
  pos = 0;
  depth = 0;
  /** Interpolations already parsed, by start token: a resolver-name attempt re-reads them otherwise. */
  parsed = /* @__PURE__ */ new Map();
  toks;
  constructor(toks) {
    this.toks = toks;
  }
  peek(offset = 0) {
    return this.toks[this.pos + offset];
  }
  take(type) {
    const t = this.toks[this.pos];
    if (!t || type && t.type !== type) throw new GrammarError(`expected ${type ?? "a token"}`);
    this.pos++;
    return t;
  }
  is(type) {
    return this.peek()?.type === type;
  }
  enter() {
    if (++this.depth > MAX_NESTING) throw new GrammarError("interpolation nested too deep");
  }
  done() {
    return this.pos >= this.toks.length;
  }
  /** text: (interpolation | ANY_STR | ESC | ESC_INTER | TOP_ESC | QUOTED_ESC)+ */
  text() {
    const raw = [];
    for (; ; ) {
      const t = this.peek();
      if (!t) break;
      if (t.type === "INTER_OPEN") raw.push(this.interpolation());
      else if (["ANY_STR", "ESC", "ESC_INTER", "TOP_ESC", "QUOTED_ESC"].includes(t.type))
        raw.push(this.take());
      else break;
    }
    if (raw.length === 0) throw new GrammarError("empty text");
    const first = raw[0];
    if (raw.length === 1 && !("type" in first))
      return { kind: "text", pieces: [{ inter: first }], single: true };
    return { kind: "text", pieces: unescapeRun(raw), single: false };
  }
  interpolation() {
    const start = this.pos;
    const known = this.parsed.get(start);
    if (known) {
      this.pos = known.end;
      return known.value;
    }
    const value = this.interpolationAt();
    this.parsed.set(start, { value, end: this.pos });
    return value;
  }
  interpolationAt() {
    this.enter();
    this.take("INTER_OPEN");
    const save = this.pos;
    const name = this.tryResolverName();
    if (name && this.is("COLON")) {
      this.take("COLON");
      const args = this.is("BRACE_CLOSE") ? [] : this.sequence();
      this.take("BRACE_CLOSE");
      this.depth--;
      return { kind: "resolver", name, args };
    }
    this.pos = save;
    let dots = 0;
    while (this.is("DOT")) {
      this.take();
      dots++;
    }
    const keys = [this.keyOrBracket()];
    while (!this.is("INTER_CLOSE")) {
      if (this.is("DOT")) {
        this.take();
        keys.push(this.configKey());
      } else if (this.is("BRACKET_OPEN")) keys.push(this.keyOrBracket());
      else throw new GrammarError('expected "." or "[" in an interpolation key');
    }
    this.take("INTER_CLOSE");
    this.depth--;
    return { kind: "node", dots, keys };
  }
  tryResolverName() {
    const parts = [];
    for (; ; ) {
      if (this.is("ID")) parts.push(this.take().text);
      else if (this.is("INTER_OPEN")) parts.push(this.interpolation());
      else return void 0;
      if (!this.is("DOT")) return parts;
      this.take();
    }
  }
  keyOrBracket() {
    if (this.is("BRACKET_OPEN")) {
      this.take();
      const k = this.configKey();
      this.take("BRACKET_CLOSE");
      return k;
    }
    return this.configKey();
  }
  /** configKey: interpolation | ID | INTER_KEY */
  configKey() {
    if (this.is("INTER_OPEN")) return this.interpolation();
    const t = this.peek();
    if (t && (t.type === "ID" || t.type === "INTER_KEY")) return this.take().text;
    throw new GrammarError("expected a config key");
  }
  /** sequence: (element (COMMA element?)*) | (COMMA element?)+ ; a missing element is "". */
  sequence() {
    const out = [];
    let afterComma = true;
    while (!this.done() && !this.is("BRACE_CLOSE") && !this.is("BRACKET_CLOSE")) {
      if (this.is("COMMA")) {
        this.take();
        if (afterComma) out.push({ kind: "primitive", value: "" });
        afterComma = true;
        continue;
      }
      if (!afterComma) throw new GrammarError("expected a comma");
      out.push(this.element());
      afterComma = false;
    }
    if (afterComma && out.length) out.push({ kind: "primitive", value: "" });
    return out;
  }
  /** element: primitive | quotedValue | listContainer | dictContainer */
  element() {
    const t = this.peek();
    if (!t) throw new GrammarError("expected a value");
    if (t.type === "BRACKET_OPEN") {
      this.enter();
      this.take();
      const items = this.is("BRACKET_CLOSE") ? [] : this.sequence();
      this.take("BRACKET_CLOSE");
      this.depth--;
      return { kind: "list", items };
    }
    if (t.type === "BRACE_OPEN") return this.dict();
    if (t.type === "QUOTE_OPEN") {
      this.take();
      if (this.is("MATCHING_QUOTE_CLOSE")) {
        this.take();
        return { kind: "primitive", value: "" };
      }
      const inner = this.text();
      this.take("MATCHING_QUOTE_CLOSE");
      return inner.kind === "text" && inner.single ? { ...inner, single: false } : inner;
    }
    return this.primitive(true);
  }
  dict() {
    this.enter();
    this.take("BRACE_OPEN");
    const entries = [];
    while (!this.is("BRACE_CLOSE")) {
      const key = this.primitive(false);
      this.take("COLON");
      entries.push([key.kind === "primitive" ? key.value : "", this.element()]);
      if (!this.is("COMMA")) break;
      this.take();
    }
    this.take("BRACE_CLOSE");
    this.depth--;
    return { kind: "dict", entries };
  }
  /** primitive / dictKey: a run of simple tokens (and interpolations, for values). */
  primitive(value) {
    const simple = ["ID", "NULL", "INT", "FLOAT", "BOOL", "UNQUOTED_CHAR", "ESC", "WS"];
    if (value) simple.push("COLON");
    const raw = [];
    for (; ; ) {
      const t = this.peek();
      if (!t) break;
      if (value && t.type === "INTER_OPEN") raw.push(this.interpolation());
      else if (simple.includes(t.type)) raw.push(this.take());
      else break;
    }
    if (raw.length === 0) throw new GrammarError("expected a value");
    const first = raw[0];
    if (raw.length === 1) {
      if (!("type" in first)) return { kind: "interpolation", inter: first };
      return { kind: "primitive", value: primitiveValue(first) };
    }
    return { kind: "text", pieces: unescapeRun(raw), single: false };
  }
};
function primitiveValue(t) {
  switch (t.type) {
    case "NULL":
      return null;
    case "BOOL":
      return t.text.toLowerCase() === "true";
    case "INT":
      return Number(t.text.replace(/_/g, ""));
    case "FLOAT": {
      const x = t.text.replace(/_/g, "").toLowerCase();
      return x.endsWith("inf") ? x.startsWith("-") ? -Infinity : Infinity : x.endsWith("nan") ? NaN : Number(x);
    }
    case "ESC":
      return unescapePairs(t.text);
    default:
      return t.text;
  }
}
var unescapePairs = (s) => [...s].filter((_, i) => i % 2 === 1).join("");
function unescapeRun(seq) {
  const out = [];
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i];
    if (!("type" in node)) {
      out.push({ inter: node });
      continue;
    }
    const next = seq[i + 1];
    const nextIsInter = next !== void 0 && !("type" in next);
    let text;
    if (node.type === "ESC_INTER") text = node.text.slice(-(Math.floor(node.text.length / 2) + 1));
    else if (node.type === "ESC" || node.type === "TOP_ESC" && nextIsInter || node.type === "QUOTED_ESC" && (next === void 0 || nextIsInter))
      text = unescapePairs(node.text);
    else text = node.text;
    const last = out.at(-1);
    if (last && "lit" in last) last.lit += text;
    else out.push({ lit: text });
  }
  return out;
}
var isInterpolation = (s) => s.includes("${");
function parseConfigValue(s) {
  const p = new Parser(tokenize(s, "top"));
  const e = p.text();
  if (!p.done()) throw new GrammarError("unexpected text after the interpolation");
  return e;
}
function parseSingleElement(s) {
  const p = new Parser(tokenize(s, "value"));
  const e = p.element();
  if (!p.done()) throw new GrammarError("unexpected text after the value");
  return e;
}

// src/formats/hydra/resolve.ts
var RESOLVE_LIMITS = { steps: 2e5, depth: 200, length: 64 * 1024 };
var MACHINE_RESOLVERS = /* @__PURE__ */ new Set(["oc.env", "env", "hydra", "now"]);
var Budget = class {
  steps = 0;
  check(depth) {
    if (++this.steps > RESOLVE_LIMITS.steps)
      throw new HydraLimitError("RESOLVE_LIMIT", "too many interpolation steps");
    if (depth > RESOLVE_LIMITS.depth)
      throw new HydraLimitError("RESOLVE_LIMIT", "interpolations nested too deep");
  }
};
var HydraLimitError = class extends BaseError {
  constructor(code, message) {
    super(code, message);
    this.name = "HydraLimitError";
  }
};
function buildTree(root, maxNodes = 1e6) {
  let count = 0;
  const make = (v, parent) => {
    if (++count > maxNodes) throw new HydraLimitError("TOO_MANY_VALUES", `more than ${maxNodes} values`);
    if (Array.isArray(v)) return { kind: "list", items: [], parent };
    if (v !== null && typeof v === "object" && !(v instanceof Date))
      return { kind: "map", entries: /* @__PURE__ */ new Map(), parent };
    return { kind: "scalar", value: toScalar(v), parent };
  };
  const top = make(root, void 0);
  const work = [[root, top]];
  while (work.length) {
    const [v, n] = work.pop();
    if (n.kind === "list") {
      for (const item of v) {
        const c = make(item, n);
        n.items.push(c);
        if (c.kind !== "scalar") work.push([item, c]);
      }
    } else if (n.kind === "map") {
      const o = v;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        const c = make(o[k], n);
        n.entries.set(k, c);
        if (c.kind !== "scalar") work.push([o[k], c]);
      }
    }
  }
  return top;
}
function toScalar(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
var MAX_ALTERNATIVES = 8;
function addWhy(into, more) {
  for (const w of more) {
    if (into.length >= MAX_ALTERNATIVES) return;
    if (!into.some((x) => x.kind === w.kind && x.name === w.name)) into.push(w);
  }
}
var unknown = (why, prefix = "", candidates = []) => ({
  t: "unknown",
  why,
  prefix,
  candidates
});
function pyStr(v) {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return pyNumber(v);
  return v;
}
function pyNumber(n) {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [m = "", e = "0"] = n.toExponential().split("e");
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(n);
}
var Resolver = class {
  budget = new Budget();
  active = /* @__PURE__ */ new Set();
  /** Resolved values by node (resolution is a pure function of the tree), and parse trees by text. */
  done = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  root;
  constructor(root) {
    this.root = root;
  }
  /** The value a scalar node has when OmegaConf reads it (interpolations resolved). */
  valueOf(node, depth = 0) {
    this.budget.check(depth);
    if (node.kind !== "scalar") return { t: "node", n: node };
    if (node.unresolved) return node.unresolved;
    const v = node.value;
    if (typeof v !== "string" || !isInterpolation(v)) return { t: "scalar", v };
    if (v.length > RESOLVE_LIMITS.length) return unknown([{ kind: "limit", name: "string length" }]);
    if (this.active.has(node)) return unknown([{ kind: "cycle", name: "recursive interpolation" }]);
    const known = this.done.get(node);
    if (known) return known;
    this.active.add(node);
    try {
      const tree = this.parse(v);
      const value = tree instanceof GrammarError ? unknown([{ kind: "syntax", name: tree.message }]) : this.element(tree, node.parent, depth + 1);
      this.done.set(node, value);
      return value;
    } catch (err) {
      if (err instanceof HydraLimitError && err.code === "RESOLVE_LIMIT")
        return unknown([{ kind: "limit", name: err.message }]);
      throw err;
    } finally {
      this.active.delete(node);
    }
  }
  parse(text) {
    let tree = this.parsed.get(text);
    if (!tree) {
      try {
        tree = parseConfigValue(text);
      } catch (err) {
        if (!(err instanceof GrammarError)) throw err;
        tree = err;
      }
      this.parsed.set(text, tree);
    }
    return tree;
  }
  /** Evaluates a syntax tree element in the context of `parent` (the container of the value). */
  element(e, parent, depth) {
    this.budget.check(depth);
    switch (e.kind) {
      case "primitive":
        return { t: "scalar", v: e.value };
      case "interpolation":
        return this.interpolation(e.inter, parent, depth + 1);
      case "text":
        if (e.single) {
          const only = e.pieces[0];
          if (only && "inter" in only) return this.interpolation(only.inter, parent, depth + 1);
        }
        return this.concat(e.pieces, parent, depth);
      case "list":
      case "dict":
        return { t: "node", n: this.structure(e, parent, depth + 1) };
    }
  }
  concat(pieces, parent, depth) {
    let text = "";
    const why = [];
    let prefix;
    const alternatives = [];
    for (const p of pieces) {
      if ("lit" in p) {
        text += p.lit;
        for (const a of alternatives) a.push(p.lit);
        continue;
      }
      const v = this.interpolation(p.inter, parent, depth + 1);
      const s = this.asString(v);
      if (s.t === "scalar") {
        text += s.v;
        for (const a of alternatives) a.push(String(s.v));
      } else {
        if (prefix === void 0) prefix = text;
        addWhy(why, s.why);
        for (const c of s.candidates)
          if (alternatives.length < MAX_ALTERNATIVES) alternatives.push([text, c]);
      }
      if (text.length > RESOLVE_LIMITS.length) return unknown([{ kind: "limit", name: "string length" }]);
    }
    if (prefix === void 0) return { t: "scalar", v: text };
    return unknown(
      why,
      prefix,
      alternatives.map((a) => a.join(""))
    );
  }
  /** A value as the string OmegaConf would splice into text. */
  asString(v) {
    if (v.t === "scalar") return { t: "scalar", v: pyStr(v.v) };
    if (v.t === "unknown") return v;
    if (v.n.kind === "scalar") return this.asString(this.valueOf(v.n));
    return unknown([{ kind: "container", name: "a container used as text" }]);
  }
  key(k, parent, depth) {
    if (typeof k === "string") return k;
    const v = this.asString(this.interpolation(k, parent, depth + 1));
    return v.t === "scalar" ? v.v : v;
  }
  interpolation(i, parent, depth) {
    this.budget.check(depth);
    if (i.kind === "resolver") return this.resolver(i, parent, depth);
    const keys = [];
    for (const k of i.keys) {
      const r = this.key(k, parent, depth);
      if (typeof r !== "string") return r;
      keys.push(r);
    }
    let start = this.root;
    if (i.dots > 0) {
      start = parent;
      for (let d = 1; d < i.dots && start; d++) start = start.parent;
    }
    if (!start) return unknown([{ kind: "missing", name: `${".".repeat(i.dots)}${keys.join(".")}` }]);
    return this.select(start, keys, depth);
  }
  /** `_select_impl`: walks keys, dereferencing interpolations met on the way. */
  select(start, keys, depth) {
    let cur = start;
    for (const k of keys.flatMap(splitKey)) {
      const deref = this.valueOf(cur, depth + 1);
      if (deref.t === "unknown") return deref;
      if (deref.t !== "node" || deref.n.kind === "scalar")
        return unknown([{ kind: "missing", name: keys.join(".") }]);
      const next = child(deref.n, k);
      if (!next) return unknown([{ kind: "missing", name: keys.join(".") }]);
      cur = next;
    }
    return this.valueOf(cur, depth + 1);
  }
  resolver(i, parent, depth) {
    const nameParts = [];
    for (const k of i.name) {
      const r = this.key(k, parent, depth);
      if (typeof r !== "string")
        return unknown([{ kind: "resolver", name: "(computed name)" }, ..."why" in r ? r.why : []]);
      nameParts.push(r);
    }
    const name = nameParts.join(".");
    const args = i.args.map((a) => this.element(a, parent, depth + 1));
    return this.callResolver(name, args, parent, depth);
  }
  callResolver(name, args, parent, depth) {
    const text = (n) => {
      const a = args[n];
      return a ? this.asString(a) : void 0;
    };
    switch (name) {
      case "oc.env":
      case "env": {
        const key = text(0);
        const def = text(1);
        const candidates = def?.t === "scalar" ? [def.v] : def?.candidates ?? [];
        return unknown([{ kind: "env", name: key?.t === "scalar" ? key.v : "(computed)" }], "", candidates);
      }
      case "oc.select":
      case "oc.deprecated": {
        const key = text(0);
        if (key?.t !== "scalar") return key ?? unknown([{ kind: "syntax", name: `${name} without a key` }]);
        const dots = key.v.length - key.v.replace(/^\.+/, "").length;
        let start = this.root;
        if (dots) {
          start = parent;
          for (let d = 1; d < dots && start; d++) start = start.parent;
        }
        const found = start ? this.select(start, [key.v.slice(dots)], depth + 1) : void 0;
        const missing = !found || found.t === "unknown" && found.why.every((w) => w.kind === "missing");
        if (missing && name === "oc.select" && args[1]) return args[1];
        return found ?? unknown([{ kind: "missing", name: key.v }]);
      }
      case "oc.decode": {
        const s = text(0);
        if (s?.t !== "scalar") return s ?? { t: "scalar", v: null };
        try {
          return this.element(parseSingleElement(s.v), parent, depth + 1);
        } catch (err) {
          if (err instanceof GrammarError) return unknown([{ kind: "syntax", name: err.message }]);
          throw err;
        }
      }
      case "oc.create": {
        const a = args[0];
        if (!a || a.t === "unknown") return a ?? { t: "scalar", v: null };
        if (a.t === "scalar" && typeof a.v === "string")
          return { t: "node", n: this.createFromYaml(a.v, parent) };
        return a;
      }
      case "oc.dict.keys":
      case "oc.dict.values":
        return this.dictView(name, args[0], parent, depth);
      default:
        return unknown([{ kind: "resolver", name }]);
    }
  }
  createFromYaml(text, parent) {
    let parsed;
    try {
      parsed = (0, import_yaml2.parse)(text.slice(0, RESOLVE_LIMITS.length), {
        version: "1.1",
        maxAliasCount: YAML_ALIAS_LIMITS.hydraInterpolation
      });
    } catch {
      parsed = text;
    }
    const n = buildTree(parsed, 1e5);
    if (parent) n.parent = parent;
    return n;
  }
  dictView(name, arg, parent, depth) {
    let target = arg;
    if (arg?.t === "scalar" && typeof arg.v === "string") target = this.select(this.root, [arg.v], depth + 1);
    if (target?.t !== "node" || target.n.kind !== "map")
      return target?.t === "unknown" ? target : unknown([{ kind: "missing", name }]);
    const items = [];
    const out = { kind: "list", items, parent };
    for (const [k, v] of target.n.entries)
      items.push(name === "oc.dict.keys" ? { kind: "scalar", value: k, parent: out } : v);
    return { t: "node", n: out };
  }
  /** A list or dict literal from the grammar, as config nodes (their strings still resolvable). */
  structure(e, parent, depth) {
    if (e.kind === "list") {
      const n2 = { kind: "list", items: [], parent };
      for (const item of e.items) n2.items.push(this.literalNode(item, n2, depth));
      return n2;
    }
    const n = { kind: "map", entries: /* @__PURE__ */ new Map(), parent };
    for (const [k, item] of e.entries) n.entries.set(pyStr(k), this.literalNode(item, n, depth));
    return n;
  }
  literalNode(e, parent, depth) {
    const v = this.element(e, parent, depth + 1);
    if (v.t === "node") return v.n;
    if (v.t === "scalar") return { kind: "scalar", value: v.v, parent };
    return { kind: "scalar", value: v.prefix, parent, unresolved: v };
  }
};
function child(c, key) {
  if (c.kind === "map") return c.entries.get(key);
  if (!/^-?\d+$/.test(key)) return void 0;
  const i = Number(key);
  return c.items[i < 0 ? c.items.length + i : i];
}
function splitKey(key) {
  const out = [];
  for (const part of key.split(".")) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const b of m[2].matchAll(/\[([^\]]*)\]/g)) out.push(b[1]);
  }
  return out.filter((p, _i, all) => p !== "" || all.length === 1);
}
var CODE_RESOLVERS = /* @__PURE__ */ new Set(["eval", "exec", "python", "py", "lambda", "call", "import", "locate"]);

// src/formats/hydra/targets.ts
var NAME_RESOLVERS = /* @__PURE__ */ new Set([
  "hydra.utils.get_method",
  "hydra.utils.get_class",
  "hydra.utils.get_object",
  "hydra.utils.get_static_method",
  "hydra.utils._locate",
  "hydra._internal.utils._locate",
  "hydra.utils.instantiate",
  "hydra.utils.call",
  "hydra._internal.instantiate._instantiate2.instantiate",
  "nemo.utils.model_utils.import_class_by_path",
  "nemo.core.classes.common.safe_instantiate",
  "pydoc.locate"
]);
var HYDRA_DENY = /* @__PURE__ */ new Map([
  [
    "omegaconf.OmegaConf.register_new_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  [
    "omegaconf.OmegaConf.register_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  [
    "omegaconf.OmegaConf.legacy_register_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  ["hydra.core.global_hydra", "reinitialises Hydra with another config search path"],
  ["hydra.initialize", "reinitialises Hydra with another config search path"],
  ["hydra.compose", "loads and composes further configs from disk"]
]);
var MODEL_LIBRARY_PREFIXES = [
  "nemo.collections.",
  "nemo.core.",
  "nemo.lightning.",
  "nemo_text_processing.text_normalization.normalize.Normalizer",
  "torch.nn.",
  "torch.distributed.fsdp.",
  "torch.optim.",
  "torch.utils.data.",
  "torchmetrics.",
  "lightning.pytorch.callbacks.",
  "lightning.pytorch.loggers.",
  "lightning.pytorch.strategies.",
  "lightning.pytorch.accelerators.",
  "pytorch_lightning.callbacks.",
  "pytorch_lightning.loggers.",
  "pytorch_lightning.strategies.",
  "pytorch_lightning.accelerators.",
  "megatron.core."
];
var PYREF_ALLOWED_PREFIXES = [
  "fiddle._src.config.",
  "fiddle._src.experimental.serialization.",
  "fiddle.config."
];
var PYREF_ALLOWED_BUILTINS = /* @__PURE__ */ new Set([
  "dict",
  "list",
  "tuple",
  "set",
  "frozenset",
  "int",
  "float",
  "str",
  "bool",
  "bytes",
  "complex",
  "slice",
  "range",
  "NoneType"
]);
function classifyPyref(module, name, extraAllow) {
  const path = `${module}.${name}`;
  if (module === "builtins" && PYREF_ALLOWED_BUILTINS.has(name)) return { verdict: "allowed" };
  if (PYREF_ALLOWED_PREFIXES.some((p) => path.startsWith(p))) return { verdict: "allowed" };
  return classifyTarget(path, extraAllow);
}
function classifyTarget(path, extraAllow) {
  const parts = path.split(".");
  if (path === "" || parts.some((p) => p === ""))
    return { verdict: "invalid", reason: "Hydra cannot locate it" };
  if (NAME_RESOLVERS.has(path))
    return { verdict: "dangerous", reason: "looks up another callable by name", resolver: true };
  for (const [key, reason] of HYDRA_DENY) {
    if (path === key || path.startsWith(`${key}.`)) return { verdict: "dangerous", reason };
  }
  const module = parts.length > 1 ? parts.slice(0, -1).join(".") : parts[0];
  const name = parts.length > 1 ? parts.at(-1) : "";
  const c = classifyGlobal(module, name, extraAllow);
  if (c.verdict === "dangerous") return { verdict: "dangerous", reason: c.reason ?? "denied" };
  if (c.verdict === "allowed") return { verdict: "allowed" };
  if (MODEL_LIBRARY_PREFIXES.some((p) => p.endsWith(".") ? path.startsWith(p) : path === p))
    return { verdict: "allowed" };
  return { verdict: "unknown" };
}
function classifyPrefix(prefix) {
  const dot = prefix.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const c = classifyTarget(`${prefix.slice(0, dot)}.x`);
  return c.verdict === "dangerous" ? c : void 0;
}

// src/formats/hydra/analyze.ts
var LEGACY_KEYS = ["target", "cls", "class"];
var DOTTED_PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/;
var LOOKUP_ARG = "path";
var MAX_CONFIG = 16 * 1024 * 1024;
var MAX_FINDINGS = 200;
var YAML_NAME = /\.(ya?ml)$/;
var JSON_NAME = /\.json$/;
var YAML_TRIGGER = /target|cls|class|pyref|\\|\$\{|!!|!<|%TAG/;
var JSON_TRIGGER = /_target_|"pyref"|\$\{/;
var ESCAPED_JSON_STRING = /"((?:[^"\\\n]|\\.){0,48}\\(?:[^"\\\n]|\\.){0,48})"/g;
var MARKERS = /* @__PURE__ */ new Set(["_target_", "pyref"]);
function jsonMayHoldTargets(text) {
  if (JSON_TRIGGER.test(text)) return true;
  for (const m of text.matchAll(ESCAPED_JSON_STRING)) {
    if (m[1].length > 48 || !/^[_targepyfu0-9a-fA-F\\/]+$/.test(m[1])) continue;
    try {
      if (MARKERS.has(JSON.parse(`"${m[1]}"`))) return true;
    } catch {
    }
  }
  return false;
}
function report(s, f) {
  if (s.reported++ < MAX_FINDINGS) s.ctx.report(f);
}
var pathOf = (at, key) => typeof key === "number" ? `${at}[${key}]` : at === "$" ? key : `${at}.${key}`;
function walkTree(s, root) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ n: root, at: "$" }];
  while (stack.length) {
    const { n, at } = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === "map") {
      for (const [k, c] of n.entries) {
        if (k === "_target_" || LEGACY_KEYS.includes(k)) {
          s.targetNodes.add(c);
          checkSite(s, { at, key: k, node: c, map: n });
        }
        if (k === "type" && c.kind === "scalar" && c.value === "pyref") checkPyref(s, n, at);
        stack.push({ n: c, at: pathOf(at, k) });
      }
    } else if (n.kind === "list") {
      n.items.forEach((c, i) => {
        stack.push({ n: c, at: pathOf(at, i) });
      });
    } else if (typeof n.value === "string" && n.value.includes("${")) {
      noteInterpolation(s, n, at, stack);
    }
  }
}
function noteInterpolation(s, n, at, stack) {
  const v = s.resolver.valueOf(n);
  const raw = n.kind === "scalar" ? String(n.value) : "";
  for (const m of raw.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*:/g)) {
    if (CODE_RESOLVERS.has(m[1])) s.codeResolvers.add(m[1]);
  }
  if (v.t === "unknown" && !s.targetNodes.has(n)) s.unresolved.push({ at, why: v.why });
  else if (v.t === "node") stack.push({ n: v.n, at: `${at}(resolved)` });
}
function checkPyref(s, map, at) {
  const module = map.entries.get("module");
  const name = map.entries.get("name");
  if (module?.kind !== "scalar" || name?.kind !== "scalar") return;
  if (typeof module.value !== "string" || typeof name.value !== "string") return;
  const target = `${module.value}.${name.value}`;
  const c = classifyPyref(module.value, name.value, allowSet(s.ctx));
  if (c.verdict === "allowed" || c.verdict === "invalid") return;
  reportClass(s, `${at} (fiddle pyref)`, target, c, { map });
}
function targetValue(s, site) {
  return s.resolver.valueOf(site.node);
}
function checkSite(s, site) {
  const v = targetValue(s, site);
  const at = pathOf(site.at, site.key);
  if (v.t === "unknown") {
    reportUnresolved(s, at, v);
    return;
  }
  if (v.t !== "scalar" || typeof v.v !== "string") return;
  const target = v.v;
  if (site.key !== "_target_" && !DOTTED_PATH.test(target)) return;
  const c = classifyTarget(target, allowSet(s.ctx));
  if (c.verdict === "invalid" || c.verdict === "allowed") return;
  if (c.resolver) reportLookup(s, site, at, target);
  else reportClass(s, at, target, c, site);
}
function allowSet(ctx) {
  return ctx.options.pickleAllow?.length ? new Set(ctx.options.pickleAllow) : void 0;
}
function reportClass(s, at, target, c, site, via = "") {
  const partial = s.resolver.valueOf(site.map.entries.get("_partial_") ?? { kind: "scalar", value: false });
  const evidence = {
    key: at,
    target,
    via: via || void 0,
    partial: partial.t === "scalar" && partial.v === true ? true : void 0
  };
  const what = via ? `${via} looks up ${target}` : target;
  if (c.verdict === "dangerous") {
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} instantiates ${what}, which ${c.reason}`,
        evidence
      })
    );
  } else {
    report(s, finding(HYDRA_UNKNOWN_TARGET, { message: `${s.where}: ${at} instantiates ${what}`, evidence }));
  }
}
function reportLookup(s, site, at, helper) {
  const argNode = site.map.entries.get(LOOKUP_ARG) ?? firstArg(site.map);
  const arg = argNode ? s.resolver.valueOf(argNode) : void 0;
  if (arg?.t === "scalar" && typeof arg.v === "string") {
    const inner = classifyTarget(arg.v, allowSet(s.ctx));
    if (inner.verdict === "dangerous" || inner.verdict === "unknown") {
      reportClass(s, at, arg.v, inner, site, helper);
      return;
    }
    const severity = "low";
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        severity,
        message: `${s.where}: ${at} uses ${helper} to look up ${arg.v}`,
        evidence: { key: at, target: helper, lookup: arg.v }
      })
    );
    return;
  }
  report(
    s,
    finding(HYDRA_DANGEROUS_TARGET, {
      message: `${s.where}: ${at} instantiates ${helper}, which looks up a callable computed at load time`,
      evidence: { key: at, target: helper }
    })
  );
}
function firstArg(map) {
  const args = map.entries.get("_args_");
  return args?.kind === "list" ? args.items[0] : void 0;
}
function describeWhy(why) {
  const parts = why.slice(0, 4).map(
    (w) => w.kind === "env" ? `environment variable ${w.name}` : w.kind === "resolver" ? `resolver ${w.name}` : w.kind === "missing" ? `missing key ${w.name}` : w.kind === "syntax" ? "an interpolation OmegaConf cannot parse" : w.name
  );
  return [...new Set(parts)].join(", ");
}
function reportUnresolved(s, at, v) {
  const options = v.candidates.map((c) => ({ c, k: classifyTarget(c) }));
  const bad = options.find((o) => o.k.verdict === "dangerous");
  const prefixBad = v.prefix ? classifyPrefix(v.prefix) : void 0;
  const evidence = {
    key: at,
    unresolved: describeWhy(v.why),
    prefix: v.prefix,
    candidates: v.candidates.slice(0, 8)
  };
  if (bad || prefixBad) {
    const what = bad ? `falls back to ${bad.c}, which ${bad.k.reason}` : `starts with ${v.prefix}, under a module that ${prefixBad.reason}`;
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} depends on ${evidence.unresolved} and ${what}`,
        evidence
      })
    );
    return;
  }
  report(
    s,
    finding(HYDRA_UNRESOLVED_TARGET, {
      message: `${s.where}: ${at} depends on ${evidence.unresolved}${v.candidates.length ? ` (falls back to ${v.candidates.slice(0, 3).join(", ")})` : ""}`,
      evidence
    })
  );
}
function reportLeftovers(s) {
  for (const name of s.codeResolvers) {
    report(
      s,
      finding(HYDRA_CODE_RESOLVER, {
        message: `${s.where}: interpolation calls the "${name}" resolver`,
        evidence: { resolver: name }
      })
    );
  }
  if (!s.unresolved.length) return;
  const machineOnly = s.unresolved.every(
    (u) => u.why.every((w) => w.kind === "env" || w.kind === "resolver" && MACHINE_RESOLVERS.has(w.name))
  );
  const sample = s.unresolved.slice(0, 5).map((u) => `${u.at} (${describeWhy(u.why)})`);
  report(
    s,
    finding(HYDRA_UNRESOLVED, {
      severity: machineOnly ? "info" : void 0,
      message: `${s.where}: ${s.unresolved.length} value(s) depend on the loading machine: ${sample.join("; ")}`,
      evidence: { count: s.unresolved.length, keys: s.unresolved.slice(0, 20).map((u) => u.at) }
    })
  );
}
function reportPythonTags(ctx, tags) {
  const where = label(ctx.source);
  for (const t of tags) {
    const dot = t.callable.lastIndexOf(".");
    const c = t.callable ? classifyGlobal(
      dot > 0 ? t.callable.slice(0, dot) : t.callable,
      dot > 0 ? t.callable.slice(dot + 1) : ""
    ) : void 0;
    const severity = c?.verdict === "dangerous" ? "critical" : "high";
    ctx.report(
      finding(YAML_PYTHON_TAG, {
        severity,
        line: t.line,
        message: `${where}: YAML tag !!${t.tag.slice("tag:yaml.org,2002:".length)}${c?.verdict === "dangerous" ? ` (${c.reason})` : ""}`,
        evidence: { tag: t.tag, callable: t.callable }
      })
    );
  }
}
function readerFor(ctx, text) {
  const yamlName = YAML_NAME.test(ctx.name);
  const jsonLike = ctx.kind === KINDS.json || JSON_NAME.test(ctx.name);
  if (jsonLike && !yamlName) return jsonMayHoldTargets(text) ? parseJsonGuarded : void 0;
  if (yamlName) return YAML_TRIGGER.test(text) ? parseYamlGuarded : void 0;
  return text.includes("_target_") ? parseYamlGuarded : void 0;
}
async function analyzeConfig(ctx) {
  const where = label(ctx.source);
  if (ctx.source.size > MAX_CONFIG) {
    const head = ctx.head.toString("utf8");
    if (YAML_NAME.test(ctx.name) && head.includes("_target_"))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${ctx.source.size} bytes, over the ${MAX_CONFIG} byte limit for configs`
        })
      );
    return;
  }
  const text = decodeJsonBytes(await readAll(ctx.source, MAX_CONFIG));
  const read = readerFor(ctx, text);
  if (!read) return;
  const parsed = read(text);
  if (!parsed.ok) {
    if (/_target_|\\/.test(text))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${parsed.reason}`,
          evidence: { reason: parsed.reason }
        })
      );
    return;
  }
  reportPythonTags(ctx, parsed.pythonTags);
  let root;
  try {
    root = buildTree(parsed.value);
  } catch {
    if (text.includes("_target_"))
      ctx.report(finding(HYDRA_UNREADABLE, { message: `${where}: too many values to read` }));
    return;
  }
  const state = {
    ctx,
    resolver: new Resolver(root),
    where,
    reported: 0,
    unresolved: [],
    codeResolvers: /* @__PURE__ */ new Set(),
    targetNodes: /* @__PURE__ */ new Set()
  };
  try {
    walkTree(state, root);
  } catch (err) {
    if (!(err instanceof HydraLimitError) && !(err instanceof RangeError)) throw err;
    ctx.report(
      finding(HYDRA_UNREADABLE, {
        message: `${where}: interpolations too deep or too many to resolve; the rest was not vetted`
      })
    );
  }
  reportLeftovers(state);
}

export { analyzeConfig };
