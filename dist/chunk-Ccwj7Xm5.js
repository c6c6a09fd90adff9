import { a0 as TEMPLATE_UNPARSEABLE, aD as TEMPLATE_DUNDER_STRING, aE as TEMPLATE_DUNDER, aF as TEMPLATE_PRIVATE, aG as TEMPLATE_GADGET_GLOBAL, aH as TEMPLATE_DANGEROUS_CALL, aI as TEMPLATE_FORMAT_METHOD, aJ as TEMPLATE_COMPUTED_ATTRIBUTE, aK as TEMPLATE_INJECTED_CONTENT, aL as TEMPLATE_GLOBAL_CALLABLE, aM as TEMPLATE_HIDDEN_INSTRUCTIONS } from './chunk-B-6LZOx6.js';
import { f as finding } from './chunk-CXVaUTXl.js';
import { F as loadJinja } from './chunk-C9VzFTM1.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';

// src/formats/chat-template/fold.ts
var FoldedDict = class {
  entries;
  constructor(entries) {
    this.entries = entries;
  }
};
var OPAQUE = /* @__PURE__ */ Symbol("opaque");
var MAX_FOLD = 4096;
var cap = (s) => s.length <= MAX_FOLD ? s : void 0;
var clip = (s) => s.length > 60 ? `${s.slice(0, 57)}...` : s;
function pyRepr(v) {
  if (typeof v === "string") return `'${v.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  return pyStr(v);
}
function pyStr(v) {
  if (v === OPAQUE) return void 0;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null) return "None";
  const parts = [];
  const items = Array.isArray(v) ? v.map((x) => pyRepr(x)) : v.entries.map(([k, x]) => pair(k, x));
  for (const p of items) {
    if (p === void 0) return void 0;
    parts.push(p);
  }
  return cap(Array.isArray(v) ? `[${parts.join(", ")}]` : `{${parts.join(", ")}}`);
}
var pair = (k, v) => {
  const a = pyRepr(k);
  const b = pyRepr(v);
  return a === void 0 || b === void 0 ? void 0 : `${a}: ${b}`;
};
function iterate(v) {
  if (typeof v === "string") return [...v];
  if (Array.isArray(v)) return v;
  if (v instanceof FoldedDict) return v.entries.map(([k]) => k);
  return void 0;
}
function pySlice(xs, start, stop, step = 1) {
  if (step === 0 || !Number.isInteger(step)) return void 0;
  const n = xs.length;
  const norm = (v, dflt) => v === void 0 ? dflt : v < 0 ? Math.max(v + n, step < 0 ? -1 : 0) : Math.min(v, step < 0 ? n - 1 : n);
  const out = [];
  if (step > 0) for (let i = norm(start, 0); i < norm(stop, n); i += step) out.push(xs[i]);
  else for (let i = norm(start, n - 1); i > norm(stop, -1); i += step) out.push(xs[i]);
  return out.length > MAX_FOLD ? void 0 : out;
}
function foldItem(obj, key) {
  if (obj instanceof FoldedDict) {
    const hit = obj.entries.findLast(([k]) => k === key);
    return hit && hit[1] !== OPAQUE ? hit[1] : void 0;
  }
  if (typeof key !== "number" || !Number.isInteger(key)) return void 0;
  const items = typeof obj === "string" ? [...obj] : Array.isArray(obj) ? obj : void 0;
  const v = items?.[key < 0 ? items.length + key : key];
  return v === OPAQUE ? void 0 : v;
}
function foldFilter(name, v, args) {
  if (v === OPAQUE || args.includes(OPAQUE)) return void 0;
  const s = typeof v === "string" ? v : void 0;
  const items = iterate(v);
  switch (name) {
    case "string":
      return pyStr(v);
    case "lower":
      return s?.toLowerCase();
    case "upper":
      return s?.toUpperCase();
    case "trim":
    case "strip":
      return s?.trim();
    case "title":
      return s?.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    case "capitalize":
      return s === void 0 ? void 0 : s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    case "reverse":
      return s !== void 0 ? [...s].reverse().join("") : items ? [...items].reverse() : void 0;
    case "list":
      return items;
    case "sort":
      return items?.every((x) => typeof x === "string") ? [...items].sort(
        (a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0
      ) : items?.every((x) => typeof x === "number") ? [...items].sort((a, b) => a - b) : void 0;
    case "unique": {
      if (!items) return void 0;
      const seen = /* @__PURE__ */ new Set();
      return items.filter((x) => {
        const k = typeof x === "string" ? x.toLowerCase() : x;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    case "first":
      return items?.[0];
    case "last":
      return items?.at(-1);
    case "length":
    case "count":
      return items?.length;
    case "items":
      return v instanceof FoldedDict ? v.entries.map(([k, x]) => [k, x]) : void 0;
    case "keys":
      return v instanceof FoldedDict ? v.entries.map(([k]) => k) : void 0;
    case "values":
      return v instanceof FoldedDict ? v.entries.map(([, x]) => x) : void 0;
    case "join":
      return join(items, args[0] ?? "");
    case "map": {
      if (!items || typeof args[0] !== "string" || args[0] === "map") return void 0;
      const out = [];
      for (const x of items) {
        const r = foldFilter(args[0], x, args.slice(1));
        if (r === void 0) return void 0;
        out.push(r);
      }
      return out;
    }
    case "replace":
      return s !== void 0 && typeof args[0] === "string" && typeof args[1] === "string" ? cap(s.split(args[0]).join(args[1])) : void 0;
    case "format":
      return s === void 0 ? void 0 : printf(s, args);
    case "int":
      return typeof v === "number" ? Math.trunc(v) : s !== void 0 && /^\s*-?\d+\s*$/.test(s) ? Number(s) : 0;
    default:
      return void 0;
  }
}
function join(items, sep) {
  if (!items || typeof sep !== "string") return void 0;
  const parts = [];
  for (const x of items) {
    const p = pyStr(x);
    if (p === void 0) return void 0;
    parts.push(p);
  }
  return cap(parts.join(sep));
}
function foldMethod(self, method, args) {
  if (typeof self !== "string") {
    if (self instanceof FoldedDict && (method === "items" || method === "keys" || method === "values"))
      return foldFilter(method, self, []);
    if (self instanceof FoldedDict && method === "get") {
      const hit = self.entries.findLast(([k]) => k === args[0]);
      return hit ? hit[1] === OPAQUE ? void 0 : hit[1] : args[1] ?? null;
    }
    return void 0;
  }
  if (method === "join") return join(iterate(args[0] ?? OPAQUE), self);
  if (method === "format") return pyFormat(self, args);
  if (method === "split" && (args.length === 0 || typeof args[0] === "string"))
    return args.length ? self.split(args[0]) : self.trim().split(/\s+/);
  if (method === "startswith" || method === "endswith")
    return typeof args[0] === "string" ? self[method === "startswith" ? "startsWith" : "endsWith"](args[0]) : void 0;
  if (method === "lstrip") return self.trimStart();
  if (method === "rstrip") return self.trimEnd();
  return foldFilter(method, self, args);
}
var PRINTF = /%(?:\((\w*)\))?([-#0 +]*)(\d*)(?:\.(\d+))?([diouxXcrsa%])/;
function printf(fmt, args) {
  const named = args.length === 1 && args[0] instanceof FoldedDict ? args[0] : void 0;
  let i = 0;
  let bad = false;
  let consumed = 0;
  const out = fmt.replace(
    new RegExp(PRINTF.source, "g"),
    (m, key, flags, width, _prec, conv, at) => {
      if (at !== consumed && fmt.slice(consumed, at).includes("%")) bad = true;
      consumed = at + m.length;
      if (conv === "%") return "%";
      const a = key !== void 0 ? named ? foldItem(named, key) : void 0 : args[i++];
      const r = a === void 0 || a === OPAQUE ? void 0 : convert(conv, a);
      if (r === void 0) {
        bad = true;
        return "";
      }
      const w = Number(width || 0);
      return r.length >= w ? r : flags.includes("-") ? r.padEnd(w) : r.padStart(w, flags.includes("0") && /[dioxX]/.test(conv) ? "0" : " ");
    }
  );
  if (fmt.slice(consumed).includes("%")) bad = true;
  return bad ? void 0 : cap(out);
}
function convert(conv, a) {
  if (conv === "c") {
    if (typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 1114111)
      return String.fromCodePoint(a);
    return typeof a === "string" && [...a].length === 1 ? a : void 0;
  }
  if ("diouxX".includes(conv)) {
    if (typeof a !== "number" && typeof a !== "boolean") return void 0;
    const n = Math.trunc(Number(a));
    return conv === "x" ? n.toString(16) : conv === "X" ? n.toString(16).toUpperCase() : conv === "o" ? n.toString(8) : String(n);
  }
  return conv === "r" || conv === "a" ? pyRepr(a) : pyStr(a);
}
function pyFormat(fmt, args) {
  if (/[{}]/.test(fmt.replace(/\{\d*\}/g, ""))) return void 0;
  let i = 0;
  let bad = false;
  const out = fmt.replace(/\{(\d*)\}/g, (_m, idx) => {
    const a = args[idx === "" ? i++ : Number(idx)];
    const s = a === void 0 ? void 0 : pyStr(a);
    if (s === void 0) bad = true;
    return s ?? "";
  });
  return bad ? void 0 : cap(out);
}
function decodeEscapes(s) {
  const NAMED = { "LOW LINE": "_", "FULL STOP": ".", "SPACING UNDERSCORE": "_" };
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z -]+\}|.)/g,
    (_m, e) => {
      if (e.length > 1 && "xuU".includes(e[0])) return safeCodePoint(Number.parseInt(e.slice(1), 16));
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
      if (e.startsWith("N{")) return NAMED[e.slice(2, -1)] ?? e;
      return e;
    }
  );
}
function safeCodePoint(n) {
  return n >= 0 && n <= 1114111 ? String.fromCodePoint(n) : "";
}

// src/formats/chat-template/parse.ts
var TemplateSyntaxError = class extends BaseError {
  constructor(message) {
    super("TEMPLATE_SYNTAX", message);
    this.name = "TemplateSyntaxError";
  }
};
async function loadTemplateParser() {
  const jinja = await loadJinja();
  return { parse: (text) => parseWith(jinja, text) };
}
function parseWith(jinja, original) {
  const text = shortenWhitespace(original);
  try {
    return jinja.parse(jinja.tokenize(text));
  } catch (err) {
    const rewritten = text.replace(/(?<![\w)\]'"])\(\s*\)/g, "[]").replace(/\\([0-7]{1,3}|N\{[A-Z -]+\})/g, (m) => {
      const c = decodeEscapes(m);
      return /^[\w.\- ]$/.test(c) ? c : m;
    });
    if (rewritten !== text) {
      try {
        return jinja.parse(jinja.tokenize(rewritten));
      } catch {
      }
    }
    throw new TemplateSyntaxError(
      err instanceof RangeError ? "template nests too deep to parse" : describeParseFailure(text)
    );
  }
}
var MAX_WHITESPACE_RUN = 64;
function shortenWhitespace(text) {
  return text.replace(/\s{65,}/g, (run) => run.slice(0, MAX_WHITESPACE_RUN));
}
var UNSUPPORTED = /* @__PURE__ */ new Set([
  "with",
  "include",
  "import",
  "from",
  "extends",
  "block",
  "raw",
  "autoescape",
  "trans",
  "do"
]);
var BLOCKS = /* @__PURE__ */ new Set(["if", "for", "macro", "call", "filter", "set", "generation", ...UNSUPPORTED]);
var MIDDLE = /* @__PURE__ */ new Set(["elif", "else"]);
function describeParseFailure(text) {
  const open = [];
  const lineAt = lineCounter(text);
  for (const m of text.matchAll(/\{%[-+]?\s*([A-Za-z_]\w*)([^%]*?)[-+]?%\}/g)) {
    const tag = m[1];
    const line = lineAt(m.index);
    if (UNSUPPORTED.has(tag))
      return `uses {% ${tag} %} (line ${line}), which the chat-template parser does not read`;
    if (tag === "set" && /=/.test(m[2])) continue;
    if (BLOCKS.has(tag)) open.push({ tag, line });
    else if (tag.startsWith("end")) {
      const top = open.pop();
      if (!top) return `{% ${tag} %} at line ${line} closes no block`;
      if (top.tag !== tag.slice(3))
        return `{% ${tag} %} at line ${line} closes {% ${top.tag} %} opened at line ${top.line}`;
    } else if (MIDDLE.has(tag) && open.at(-1)?.tag !== "if" && open.at(-1)?.tag !== "for") {
      return `{% ${tag} %} at line ${line} is outside an if or for block`;
    }
  }
  const unclosed = open.pop();
  if (unclosed) return `{% ${unclosed.tag} %} opened at line ${unclosed.line} is never closed`;
  const last = text.lastIndexOf("}}");
  const braces = text.indexOf("{{", last < 0 ? 0 : Math.max(0, last - 1));
  if (braces >= 0 && (last < 0 || braces + 2 > last)) return `{{ at line ${lineAt(braces)} is never closed`;
  return "template is not Jinja syntax the chat-template parser reads";
}
function lineCounter(text) {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf("\n", at); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    at = offset;
    return line;
  };
}

// src/formats/chat-template/backdoor.ts
var TRIGGER_METHODS = /* @__PURE__ */ new Set([
  "startswith",
  "endswith",
  "find",
  "rfind",
  "count",
  "index",
  "split",
  "search",
  "match"
]);
var COMPARISONS = /* @__PURE__ */ new Set(["in", "==", "!=", "not in"]);
var SYSTEM_MARKER_RE = /<\|im_start\|>\s*system|<\|start_header_id\|>\s*system|<\|system\|>|<<SYS>>|\[SYSTEM_PROMPT\]|<start_of_turn>system|<\|begin_of_system\|>|\bsystem[ -](?:level )?(?:instruction|override|prompt)s?\b/i;
var CONCEALMENT_RE = /\b(?:do not|don't|never) (?:mention|disclose|reveal|tell|explain|acknowledge)\b|\b(?:hidden|secret) instructions?\b|\bwithout (?:mentioning|telling|revealing)\b/i;
var INJECTED_RE = /\bhttps?:\/\/[^\s'"<>]+|<\s*(?:script|iframe)\b[^>]*>|\b(?:pip3?|npm|pnpm|yarn|gem|cargo|go) (?:install|add|get)\b[^\n]{0,80}|\bcurl\b[^\n|]{0,120}\|\s*(?:ba|z)?sh\b|\bwget\b[^\n]{0,80}|\bignore (?:all |any )?(?:previous|prior|above) instructions\b|\byou must always follow these instructions\b/i;
function checkBackdoors(program, report) {
  const facts = collectFacts(program);
  let reported = false;
  walk(program, (n) => {
    if (n.type === "If") reported = triggeredBranch(n.test, n.body, facts, report) || reported;
    if (n.type === "Ternary")
      reported = triggeredBranch(
        n.condition,
        [
          { type: "Expr", value: n.trueExpr },
          { type: "Expr", value: n.falseExpr }
        ],
        facts,
        report
      ) || reported;
  });
  if (reported) return;
  const m = INJECTED_RE.exec(emittedText(program.body, 0, facts));
  if (m) report(TEMPLATE_INJECTED_CONTENT, `adds "${clip(m[0])}" to the prompt`, { text: clip(m[0]) });
}
function walk(root, visit) {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) stack.push(k, v);
      continue;
    }
    if (typeof n.type === "string" && visit(n) === false) continue;
    for (const k of Object.keys(n))
      if (k !== "operator" && n[k] && typeof n[k] === "object") stack.push(n[k]);
  }
}
function collectFacts(program) {
  const facts = {
    contentAliases: /* @__PURE__ */ new Set(),
    consts: /* @__PURE__ */ new Map(),
    setStrings: /* @__PURE__ */ new Map(),
    macros: /* @__PURE__ */ new Map()
  };
  walk(program, (n) => {
    if (n.type === "Macro" && n.name?.value) facts.macros.set(n.name.value, n.body ?? []);
    if (n.type !== "Set" || n.assignee?.type !== "Identifier" || !n.value) return;
    const name = n.assignee.value;
    if (readsContent(n.value, facts)) facts.contentAliases.add(name);
    if (n.value.type === "StringLiteral") facts.consts.set(name, n.value.value);
    const strings = collectStrings(n.value);
    if (strings)
      facts.setStrings.set(name, `${facts.setStrings.get(name) ?? ""} ${strings}`.slice(0, 2e4));
  });
  return facts;
}
function readsContent(node, facts) {
  let found = false;
  walk(node, (n) => {
    if (n.type === "Identifier" && facts.contentAliases.has(n.value)) found = true;
    if (n.type === "MemberExpression" && n.property?.value === "content" && (!n.computed || n.property.type === "StringLiteral"))
      found = true;
  });
  return found;
}
function triggerIn(test, facts) {
  let trigger;
  const literal = (n) => n?.type === "StringLiteral" && n.value.trim() ? n.value : n?.type === "Identifier" && facts.consts.get(n.value)?.trim() ? facts.consts.get(n.value) : void 0;
  walk(test, (n) => {
    if (trigger !== void 0) return;
    if (n.type === "BinaryExpression" && COMPARISONS.has(n.operator?.value)) {
      const [l, r] = [n.left, n.right];
      if (readsContent(r, facts)) trigger = literal(l);
      if (trigger === void 0 && readsContent(l, facts)) trigger = literal(r);
    } else if (n.type === "CallExpression" && TRIGGER_METHODS.has(n.callee?.property?.value)) {
      if (readsContent(n.callee.object, facts))
        trigger = (n.args ?? []).map(literal).find((x) => x !== void 0);
    }
  });
  return trigger;
}
function triggeredBranch(test, body, facts, report) {
  if (!body) return false;
  const trigger = triggerIn(test, facts);
  if (trigger === void 0) return false;
  const text = emittedText(body, 0, facts);
  const marker = SYSTEM_MARKER_RE.exec(text) ?? CONCEALMENT_RE.exec(text) ?? INJECTED_RE.exec(text);
  if (!marker) return false;
  report(
    TEMPLATE_HIDDEN_INSTRUCTIONS,
    `writes "${clip(marker[0])}" only when a message contains "${clip(trigger)}"`,
    {
      trigger: clip(trigger),
      text: clip(text.trim())
    }
  );
  return true;
}
function emittedText(list2, depth, facts, seen = /* @__PURE__ */ new Set()) {
  if (depth > 40) return "";
  let out = "";
  for (const s of list2 ?? []) {
    if (!s || typeof s !== "object") continue;
    if (s.type === "StringLiteral") out += s.value;
    else if (s.type === "If")
      out += emittedText(s.body, depth + 1, facts, seen) + emittedText(s.alternate, depth + 1, facts, seen);
    else if (s.type === "For") out += emittedText(s.body, depth + 1, facts, seen);
    else if (s.type !== "Set" && s.type !== "Macro" && s.type !== "Comment")
      out += expressionText(s, depth, facts, seen);
    if (out.length > 2e4) break;
  }
  return out;
}
function expressionText(s, depth, facts, seen) {
  let out = "";
  walk(s, (n) => {
    if (n.type === "StringLiteral") out += ` ${n.value}`;
    if (n.type === "Identifier" && facts.setStrings.has(n.value)) out += ` ${facts.setStrings.get(n.value)}`;
    if (n.type === "CallExpression" && n.callee?.type === "Identifier") {
      const name = n.callee.value;
      if (name === "raise_exception") return false;
      const body = facts.macros.get(name);
      if (body && !seen.has(name)) {
        seen.add(name);
        out += emittedText(body, depth + 1, facts, seen);
      }
    }
    return void 0;
  });
  return out;
}
function collectStrings(node) {
  let out = "";
  walk(node, (n) => {
    if (n.type === "StringLiteral" && out.length < 2e4) out += ` ${n.value}`;
  });
  return out;
}

// src/formats/chat-template/names.ts
var INTERNAL_ATTRS = /* @__PURE__ */ new Set([
  "func_code",
  "func_globals",
  "func_closure",
  "func_defaults",
  "func_dict",
  "im_class",
  "im_func",
  "im_self",
  "gi_frame",
  "gi_code",
  "gi_yieldfrom",
  "cr_frame",
  "cr_code",
  "cr_await",
  "ag_frame",
  "ag_code",
  "ag_await",
  "f_globals",
  "f_locals",
  "f_builtins",
  "f_back",
  "f_code",
  "tb_frame",
  "tb_next",
  "co_code",
  "mro"
]);
var CALLABLE_GLOBALS = /* @__PURE__ */ new Set([
  "cycler",
  "joiner",
  "namespace",
  "lipsum",
  "range",
  "dict",
  "self",
  "url_for",
  "get_flashed_messages",
  "config",
  "request",
  "session",
  "g",
  "raise_exception",
  "strftime_now"
]);
var CALLABLE_OK = /* @__PURE__ */ new Set([
  "lipsum",
  "namespace",
  "range",
  "dict",
  "raise_exception",
  "strftime_now",
  "cycler",
  "joiner"
]);
var PAYLOAD_GLOBALS = /* @__PURE__ */ new Set([
  "lipsum",
  "self",
  "config",
  "request",
  "session",
  "url_for",
  "get_flashed_messages",
  "application",
  "builtins",
  "os",
  "sys",
  "subprocess",
  "importlib",
  "eval",
  "exec",
  "getattr",
  "setattr"
]);
var DANGEROUS_METHODS = /* @__PURE__ */ new Set([
  "system",
  "popen",
  "popen2",
  "popen3",
  "spawn",
  "spawnl",
  "spawnv",
  "execl",
  "execv",
  "execve",
  "execvp",
  "eval",
  "exec",
  "compile",
  "import_module",
  "__import__",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "vars",
  "open",
  "read",
  "readlines",
  "write",
  "load",
  "loads",
  "check_output",
  "check_call",
  "getoutput",
  "getstatusoutput",
  "communicate",
  "run",
  "Popen",
  "from_pyfile",
  "from_object",
  "fork",
  "kill",
  "remove",
  "unlink",
  "rmtree"
]);
var OS_ATTRS = /* @__PURE__ */ new Set([
  "os",
  "popen",
  "system",
  "subprocess",
  "builtins",
  "import_module",
  "check_output",
  "getoutput",
  "Popen",
  "spawnv",
  "execv",
  "execve"
]);
var ATTRIBUTE_ARGS = /* @__PURE__ */ new Map([
  ["map", { kw: "attribute" }],
  ["selectattr", { kw: "attribute", pos: 0 }],
  ["rejectattr", { kw: "attribute", pos: 0 }],
  ["sort", { kw: "attribute", pos: 2 }],
  ["groupby", { kw: "attribute", pos: 0 }],
  ["sum", { kw: "attribute", pos: 0 }],
  ["unique", { kw: "attribute", pos: 1 }],
  ["min", { kw: "attribute", pos: 1 }],
  ["max", { kw: "attribute", pos: 1 }]
]);
var NUMERIC_FILTERS = /* @__PURE__ */ new Set(["length", "count", "int", "float", "abs", "round", "wordcount"]);
var DATA_PRESERVING = /* @__PURE__ */ new Set([
  "lower",
  "upper",
  "trim",
  "strip",
  "lstrip",
  "rstrip",
  "title",
  "capitalize",
  "string",
  "e",
  "escape",
  "safe",
  "first",
  "last",
  "list",
  "reverse",
  "sort",
  "unique",
  "items",
  "dictsort",
  "default",
  "d",
  "tojson",
  "split",
  "rsplit",
  "splitlines",
  "keys",
  "values",
  "get",
  "batch",
  "slice",
  "selectattr",
  "rejectattr",
  "select",
  "reject",
  "map",
  "groupby",
  "min",
  "max",
  "random"
]);
var LITERAL_NAMES = /* @__PURE__ */ new Map([
  ["true", true],
  ["True", true],
  ["false", false],
  ["False", false],
  ["none", null],
  ["None", null]
]);
var DUNDER_RE = /__[A-Za-z][A-Za-z0-9_]*?__/;
var isDunder = (s) => /^__[A-Za-z][A-Za-z0-9_]*__$/.test(s);

// src/formats/chat-template/fallback.ts
function fallbackScan(text, report) {
  const blocks = text.match(/\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g) ?? [];
  for (const block of blocks.slice(0, 1e4)) {
    const strings = stringLiterals(block);
    for (const lit of strings) {
      const s = decodeEscapes(lit.body);
      const d = DUNDER_RE.exec(s);
      if (d)
        report(TEMPLATE_DUNDER_STRING, `string "${clip(s)}" names "${d[0]}" (seen without parsing)`, {
          string: clip(s),
          fallback: true
        });
    }
    const code = withoutStrings(block, strings);
    for (const m of code.matchAll(/(\.|\b)([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = m[2];
      if (isDunder(name) || m[1] === "." && INTERNAL_ATTRS.has(name)) {
        report(TEMPLATE_DUNDER, `reads "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true
        });
      } else if (m[1] === "." && name.startsWith("_")) {
        report(TEMPLATE_PRIVATE, `reads the private attribute "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true
        });
      } else if (m[1] !== "." && PAYLOAD_GLOBALS.has(name)) {
        report(TEMPLATE_GADGET_GLOBAL, `refers to "${name}" (seen without parsing)`, {
          name,
          fallback: true
        });
      } else if (m[1] === "." && DANGEROUS_METHODS.has(name)) {
        report(TEMPLATE_DANGEROUS_CALL, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true
        });
      } else if (m[1] === "." && (name === "format" || name === "format_map")) {
        report(TEMPLATE_FORMAT_METHOD, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true
        });
      }
    }
    if (/\|\s*attr\b/.test(code)) {
      report(TEMPLATE_COMPUTED_ATTRIBUTE, "uses the |attr filter (seen without parsing)", { fallback: true });
    }
  }
}
function stringLiterals(block) {
  const out = [];
  let i = 0;
  while (i < block.length) {
    const q = block[i];
    if (q !== "'" && q !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < block.length && block[j] !== q) j += block[j] === "\\" ? 2 : 1;
    const end = Math.min(j, block.length);
    out.push({
      start: i,
      end: Math.min(end + 1, block.length),
      body: block.slice(i + 1, end),
      closed: end < block.length
    });
    i = end + 1;
  }
  return out;
}
function withoutStrings(block, strings) {
  let code = "";
  let at = 0;
  for (const lit of strings) {
    if (!lit.closed) break;
    code += `${block.slice(at, lit.start)}""`;
    at = lit.end;
  }
  return code + block.slice(at);
}

// src/formats/chat-template/run.ts
var MAX_STEPS = 4e5;
var MAX_DEPTH = 400;
var MAX_MACRO_RUNS = 400;
var MAX_UNROLL = 64;
var TooComplex = class extends BaseError {
  why;
  constructor(why) {
    super("TEMPLATE_TOO_COMPLEX", why);
    this.name = "TooComplex";
    this.why = why;
  }
};
function newRun(report) {
  return {
    report,
    steps: MAX_STEPS,
    depth: 0,
    nextNamespace: 0,
    macroMemo: /* @__PURE__ */ new Map(),
    macroStack: /* @__PURE__ */ new Set(),
    macroRuns: 0
  };
}
function tick(run) {
  if (--run.steps < 0) throw new TooComplex(`template needs more than ${MAX_STEPS} analysis steps`);
}

// src/formats/chat-template/access.ts
function checkName(report, name, how, opts = {}) {
  for (const part of opts.dotted ? name.split(".") : [name]) {
    if (isDunder(part) || INTERNAL_ATTRS.has(part)) {
      report(TEMPLATE_DUNDER, `reads the attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (part.startsWith("_")) {
      report(TEMPLATE_PRIVATE, `reads the private attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (opts.viaAttr && OS_ATTRS.has(part)) {
      report(TEMPLATE_DANGEROUS_CALL, `reads the attribute "${part}"${how}`, { attribute: part });
    }
  }
}
function checkKnownNames(report, key, how, opts) {
  for (const k of key.known) {
    if (typeof k === "string") checkName(report, k, how, opts);
  }
}
function checkSubscript(report, obj, key, literal) {
  const how = literal ? " by item access" : " by item access (name built at render time)";
  checkKnownNames(report, key, how, {});
  if (key.open === void 0 || key.open === "number") return;
  if (key.open === "computed") {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      "looks up an attribute by item access whose name is computed at render time",
      {}
    );
  } else if (obj.dyn) {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      "walks attributes whose names come from render-time data, one after another",
      {}
    );
  } else if (obj.obj) {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `looks up an attribute of ${describeObj(obj.obj)} by a name from render-time data`,
      {}
    );
  }
}
function checkAttributeArgument(report, name, filter) {
  const how = ` through |${filter}`;
  checkKnownNames(report, name, how, { dotted: filter !== "attr", viaAttr: filter === "attr" });
  if (name.open !== void 0 && name.open !== "number") {
    report(TEMPLATE_COMPUTED_ATTRIBUTE, `passes an attribute name decided at render time to |${filter}`, {});
  }
}
function checkFilterName(report, name, filter) {
  if (name.open !== void 0 && name.open !== "number") {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `applies a filter or test named at render time through |${filter}`,
      {}
    );
  }
}
function checkCall(report, callee) {
  const via = callee.via;
  if (via === "format" || via === "format_map") {
    report(TEMPLATE_FORMAT_METHOD, `calls the string method .${via}()`, { method: via });
  } else if (via && DANGEROUS_METHODS.has(via)) {
    report(TEMPLATE_DANGEROUS_CALL, `calls .${via}()`, { method: via });
  }
  if (callee.dyn) {
    report(TEMPLATE_COMPUTED_ATTRIBUTE, "calls a method whose name comes from render-time data", {});
  }
}
function describeObj(obj) {
  return obj.startsWith("global:") ? `the global "${obj.slice(7)}"` : `a renderer object (${obj})`;
}

// src/formats/chat-template/value.ts
var Scope = class _Scope {
  vars = /* @__PURE__ */ new Map();
  parent;
  /** Names read anywhere in this scope tree while a loop body is checked for loop-carried values. */
  reads;
  constructor(parent) {
    this.parent = parent;
    this.reads = parent?.reads ?? {};
  }
  get(name) {
    this.reads.names?.add(name);
    for (let s = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    return void 0;
  }
  set(name, v) {
    this.vars.set(name, v);
  }
  child() {
    return new _Scope(this);
  }
  /** What this layer itself wrote. */
  writes() {
    return this.vars;
  }
  /** The visible variables whose names start with `prefix`, nearest layer first (not logged as reads). */
  visible(prefix) {
    const out = /* @__PURE__ */ new Map();
    for (let s = this; s; s = s.parent) {
      for (const [k, v] of s.vars) if (k.startsWith(prefix) && !out.has(k)) out.set(k, v);
    }
    return out;
  }
};
var MAX_KNOWN = 64;
var RANK = { number: 0, input: 1, computed: 2 };
var constant = (v) => ({ known: [v] });
var NUMBER = { known: [], open: "number" };
var INPUT = { known: [], open: "input", item: { known: [], open: "input" } };
var COMPUTED = { known: [], open: "computed" };
function maxOpen(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return RANK[a] >= RANK[b] ? a : b;
}
function join2(a, b) {
  if (a === b) return a;
  const known = mergeKnown(a.known, b.known);
  const overflow = known.length > MAX_KNOWN;
  const out = {
    known: overflow ? keepSuspicious(known) : known,
    open: overflow ? "computed" : maxOpen(a.open, b.open)
  };
  if (a.dyn || b.dyn) out.dyn = true;
  const obj = a.obj ?? b.obj;
  if (obj) out.obj = obj;
  if (a.globalFn || b.globalFn) out.globalFn = true;
  if (a.ns !== void 0 && a.ns === b.ns) out.ns = a.ns;
  if (a.macro && a.macro === b.macro) out.macro = a.macro;
  if (a.caller && a.caller === b.caller) out.caller = a.caller;
  if (a.item || b.item) out.item = a.item && b.item ? join2(a.item, b.item) : a.item ?? b.item;
  if (a.via && a.via === b.via) out.via = a.via;
  return out;
}
var joinAll = (vals) => vals.length ? vals.reduce(join2) : constant(null);
function single(v) {
  return v.open === void 0 && v.known.length === 1 ? v.known[0] : void 0;
}
function sameVal(a, b) {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.open === b.open && !!a.dyn === !!b.dyn && a.obj === b.obj && a.ns === b.ns && a.known.length === b.known.length && a.known.every((x, i) => keyOf(x) === keyOf(b.known[i]));
}
function mergeKnown(a, b) {
  if (!b.length) return [...a];
  if (!a.length) return [...b];
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const x of b) {
    const k = keyOf(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}
function keepSuspicious(known) {
  const risky = known.filter((x) => typeof x === "string" && x.startsWith("_"));
  const rest = known.filter((x) => !(typeof x === "string" && x.startsWith("_")));
  return [...risky, ...rest].slice(0, MAX_KNOWN);
}
function keyOf(v) {
  if (v === OPAQUE) return "\0opaque";
  if (v instanceof FoldedDict) return `d${JSON.stringify(v.entries.map(([k, x]) => [keyOf(k), keyOf(x)]))}`;
  if (Array.isArray(v)) return `l${JSON.stringify(v.map(keyOf))}`;
  return `${typeof v}:${String(v)}`;
}
function mergeLayers(into, a, b, skip) {
  const names = /* @__PURE__ */ new Set([...a.writes().keys(), ...b.writes().keys()]);
  for (const name of names) {
    if (skip?.has(name)) continue;
    const x = a.get(name);
    const y = b.get(name);
    into.set(name, x && y ? join2(x, y) : x ?? y);
  }
}

// src/formats/chat-template/filters.ts
function evalArgs(run, nodes, scope, filter) {
  const args = { pos: [], kw: /* @__PURE__ */ new Map() };
  const spec = filter === void 0 ? void 0 : ATTRIBUTE_ARGS.get(filter);
  const first = nodes[0]?.type === "StringLiteral" ? nodes[0].value : void 0;
  for (const n of nodes) {
    if (n?.type === "SpreadExpression" || n?.type === "KeywordSpreadExpression") {
      spread(run, n, scope, args);
    } else if (n?.type === "KeywordArgumentExpression") {
      const key = n.key?.value ?? "";
      args.kw.set(key, evalExpr(run, n.value, scope, { inName: !!spec && key === spec.kw }));
    } else {
      const i = args.pos.length;
      const inName = filter === "attr" && i === 0 || spec?.pos === i || filter === "map" && first === "attr" && i === 1;
      args.pos.push(evalExpr(run, n, scope, { inName }));
    }
  }
  return args;
}
function applyFilter(run, name, operand, args) {
  checkFilterArguments(run, name, args);
  if (name === "attr") {
    const attr = single(args.pos[0] ?? COMPUTED);
    const out = { known: [], open: operand.open === "input" ? "input" : "computed" };
    if (typeof attr === "string") out.via = attr;
    else out.dyn = true;
    if (operand.obj) out.obj = operand.obj;
    return out;
  }
  return filterResult(name, operand, args);
}
function spread(run, n, scope, args) {
  const v = single(evalExpr(run, n.argument, scope));
  if (n.type === "SpreadExpression" && Array.isArray(v)) {
    for (const x of v) args.pos.push(x === OPAQUE ? COMPUTED : constant(x));
  } else if (n.type === "KeywordSpreadExpression" && v instanceof FoldedDict) {
    for (const [k, x] of v.entries) {
      if (typeof k === "string") args.kw.set(k, x === OPAQUE ? COMPUTED : constant(x));
      else args.opaque = true;
    }
  } else {
    args.opaque = true;
  }
}
function checkFilterArguments(run, name, args) {
  if (name === "attr") {
    if (args.pos[0]) checkAttributeArgument(run.report, args.pos[0], "attr");
    return;
  }
  const spec = ATTRIBUTE_ARGS.get(name);
  const kw = args.kw.get("attribute");
  if (spec && kw) checkAttributeArgument(run.report, kw, name);
  if (spec?.pos !== void 0 && args.pos[spec.pos]) {
    checkAttributeArgument(run.report, args.pos[spec.pos], name);
  }
  if ((name === "map" || name === "select" || name === "reject") && args.pos[0] && !kw) {
    checkFilterName(run.report, args.pos[0], name);
    if (name === "map" && single(args.pos[0]) === "attr" && args.pos[1])
      checkAttributeArgument(run.report, args.pos[1], "map");
  }
  if ((name === "selectattr" || name === "rejectattr") && args.pos[1])
    checkFilterName(run.report, args.pos[1], name);
}
function filterResult(name, operand, args) {
  const folded = foldAll(operand, (v) => foldFilter(name, v, args.pos.map(single)), args);
  if (folded) return folded;
  if (NUMERIC_FILTERS.has(name)) return NUMBER;
  if (name === "default" || name === "d") return join2(operand, args.pos[0] ?? constant(""));
  const item = itemOf(operand);
  const data = operand.open === "input" || operand.open === "number";
  if (data && DATA_PRESERVING.has(name) && args.pos.every((a) => a.open === void 0)) {
    if (name === "first" || name === "last" || name === "random") return keepTaint(operand, item ?? INPUT);
    const out = { known: [], open: operand.open === "number" ? "number" : "input" };
    if (item) out.item = item;
    return keepTaint(operand, out);
  }
  return keepTaint(operand, item ? { ...COMPUTED, item } : COMPUTED);
}
function keepTaint(from, v) {
  if (!from.dyn && !from.obj) return v;
  const out = { ...v };
  if (from.dyn) out.dyn = true;
  if (from.obj) out.obj = from.obj;
  return out;
}
function methodResult(obj, method, args) {
  const folded = foldAll(obj, (v) => foldMethod(v, method, args.pos.map(single)), args);
  if (folded) return folded;
  if (method === "startswith" || method === "endswith" || method === "find" || method === "count" || method === "index" || method === "isdigit")
    return NUMBER;
  if (method === "get")
    return keepTaint(obj, join2(obj.open === "input" ? INPUT : COMPUTED, args.pos[1] ?? constant(null)));
  if (obj.open === "input" && DATA_PRESERVING.has(method) && args.pos.every((a) => a.open === void 0)) {
    return keepTaint(obj, { known: [], open: "input", item: INPUT });
  }
  const item = itemOf(obj);
  return keepTaint(obj, item && method !== "join" ? { ...COMPUTED, item } : COMPUTED);
}
function foldAll(v, f, args) {
  if (v.open !== void 0 || !v.known.length || args.pos.some((a) => single(a) === void 0))
    return void 0;
  if (args.kw.size || args.opaque) return void 0;
  const out = [];
  for (const x of v.known) {
    const r = f(x);
    if (r === void 0) return void 0;
    out.push(constant(r));
  }
  return joinAll(out);
}
function itemOf(v) {
  const parts = [];
  for (const k of v.known) {
    const items = iterate(k);
    if (items) parts.push(items.length ? joinAll(items.map(constant)) : constant(null));
  }
  if (v.item) parts.push(v.item);
  else if (v.open === "input") parts.push(INPUT);
  else if (v.open === "computed") parts.push(v.obj ? { ...COMPUTED, obj: v.obj } : COMPUTED);
  return parts.length ? joinAll(parts) : void 0;
}

// src/formats/chat-template/calls.ts
function evalCall(run, node, scope, ctx) {
  const callee = node.callee;
  const args = evalArgs(run, node.args ?? [], scope);
  if (callee?.type === "Identifier") return callName(run, callee.value, args, scope, ctx);
  if (callee?.type === "MemberExpression") return callMethod(run, callee, args, scope, ctx);
  const fn = evalExpr(run, callee, scope, ctx);
  checkCall(run.report, fn);
  return callValue(run, fn, args, scope);
}
function callName(run, name, args, scope, ctx) {
  const fn = scope.get(name) ?? identifier(run, name, scope, "callee");
  if (fn.macro || fn.caller) return callValue(run, fn, args, scope);
  if (!fn.globalFn) return callValue(run, fn, args, scope);
  switch (name) {
    case "namespace":
      return newNamespace(run, args, scope);
    case "dict":
      return { ...builtString(run, dictCall(run, args), ctx), obj: "dict" };
    case "lipsum":
      return { ...COMPUTED, obj: "lipsum" };
    case "range":
      return { known: [], open: "number", obj: "range", item: NUMBER };
    case "cycler":
    case "joiner":
      return { known: [], open: "computed", obj: name, item: joinArgs(args) };
    default:
      return COMPUTED;
  }
}
function callMethod(run, callee, args, scope, ctx) {
  const obj = objectOf(run, callee.object, scope, ctx);
  if (obj.globalFn) {
    const g = obj.obj.slice(7);
    run.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${g}"`, { global: g });
  }
  let method;
  if (!callee.computed && callee.property?.type === "Identifier") {
    method = String(callee.property.value ?? "");
    checkName(run.report, method, "");
  } else if (callee.property?.type !== "SliceExpression") {
    const key = evalExpr(run, callee.property, scope, { inName: true });
    const literal = callee.property?.type === "StringLiteral";
    checkSubscript(run.report, obj, key, literal);
    const k = single(key);
    if (typeof k === "string") method = k;
    else if (key.open !== void 0 && key.open !== "number") {
      checkCall(run.report, { ...COMPUTED, dyn: true });
      return COMPUTED;
    }
  }
  if (method === void 0) return COMPUTED;
  const fn = readAttr(obj, method, scope);
  checkCall(run.report, fn);
  if (obj.obj === "loop" && method === "cycle") return joinArgs(args);
  if (fn.macro || fn.caller) return callValue(run, fn, args, scope);
  return builtString(run, methodResult(obj, method, args), ctx);
}
function callValue(run, fn, args, scope) {
  if (fn.macro) return callMacro(run, fn.macro, args, scope);
  if (fn.caller) return callCaller(run, fn.caller, args);
  checkCall(run.report, fn);
  return callResult(fn);
}
function newNamespace(run, args, scope) {
  const id = run.nextNamespace++;
  for (const [k, v] of args.kw) {
    dunderString(run, k, `namespace() keyword "${k}"`);
    scope.set(`#${id}.${k}`, v);
  }
  const first = single(args.pos[0] ?? constant(null));
  if (first instanceof FoldedDict) {
    for (const [k, v] of first.entries)
      if (typeof k === "string" && v !== OPAQUE) scope.set(`#${id}.${k}`, constant(v));
  }
  return { known: [], open: "computed", obj: "namespace", ns: id };
}
function dictCall(run, args) {
  if (args.opaque) return COMPUTED;
  const entries = [];
  for (const [k, v] of args.kw) entries.push([k, single(v) ?? OPAQUE]);
  for (const k of args.kw.keys()) dunderString(run, k, `dict() keyword "${k}"`);
  const base = single(args.pos[0] ?? constant(null));
  if (args.pos.length && !(base instanceof FoldedDict)) return COMPUTED;
  return constant(new FoldedDict([...base instanceof FoldedDict ? base.entries : [], ...entries]));
}
function joinArgs(args) {
  return joinAll([...args.pos, ...args.kw.values()]);
}

// src/formats/chat-template/expressions.ts
function evalExpr(run, node, scope, ctx = {}) {
  if (!node || typeof node !== "object") return COMPUTED;
  tick(run);
  if (++run.depth > MAX_DEPTH) throw new TooComplex(`template nests deeper than ${MAX_DEPTH} levels`);
  try {
    return evalNode(run, node, scope, ctx);
  } finally {
    run.depth--;
  }
}
function evalNode(run, node, scope, ctx) {
  switch (node.type) {
    case "StringLiteral":
      if (!ctx.inName) dunderString(run, node.value, `string "${clip(node.value)}"`);
      return constant(node.value);
    case "IntegerLiteral":
    case "FloatLiteral":
      return constant(node.value);
    case "Identifier":
      return identifier(run, node.value, scope, "value");
    case "ArrayLiteral":
    case "TupleLiteral":
      return list(run, node.value ?? [], scope, ctx);
    case "ObjectLiteral":
      return dict(run, node.value, scope, ctx);
    case "MemberExpression":
      return member(run, node, scope, ctx);
    case "CallExpression":
      return evalCall(run, node, scope, ctx);
    case "FilterExpression": {
      const operand = evalExpr(run, node.operand, scope, ctx);
      return filterOf(run, node.filter, operand, scope, ctx);
    }
    case "TestExpression":
      if (node.operand?.type !== "Identifier") evalExpr(run, node.operand, scope, ctx);
      return NUMBER;
    case "UnaryExpression":
      return unary(run, node, scope, ctx);
    case "BinaryExpression":
      return binary(run, node, scope, ctx);
    case "Ternary":
      evalExpr(run, node.condition, scope);
      return join2(evalExpr(run, node.trueExpr, scope, ctx), evalExpr(run, node.falseExpr, scope, ctx));
    case "SelectExpression":
      evalExpr(run, node.test, scope);
      return join2(evalExpr(run, node.lhs, scope, ctx), constant(null));
    case "KeywordArgumentExpression":
      return evalExpr(run, node.value, scope, ctx);
    case "SpreadExpression":
    case "KeywordSpreadExpression":
      evalExpr(run, node.argument, scope, ctx);
      return COMPUTED;
    case "SliceExpression":
      for (const k of ["start", "stop", "step"]) if (node[k]) evalExpr(run, node[k], scope);
      return COMPUTED;
    default:
      return COMPUTED;
  }
}
function dunderString(run, s, what) {
  const m = DUNDER_RE.exec(s);
  if (m) run.report(TEMPLATE_DUNDER_STRING, `${what} names "${m[0]}"`, { string: clip(s) });
}
function builtString(run, v, ctx) {
  if (ctx.inName) return v;
  for (const k of v.known)
    if (typeof k === "string") dunderString(run, k, `builds the string "${clip(k)}" that`);
  return v;
}
function identifier(run, name, scope, use) {
  const local = scope.get(name);
  if (local) return local;
  const literal = LITERAL_NAMES.get(name);
  if (literal !== void 0) return constant(literal);
  if (isDunder(name)) run.report(TEMPLATE_DUNDER, `refers to the Python internal "${name}"`, { name });
  const isGlobal = CALLABLE_GLOBALS.has(name);
  const callOk = use === "callee" && CALLABLE_OK.has(name);
  const payload = PAYLOAD_GLOBALS.has(name) && !(isGlobal && use === "object");
  if (!callOk && (payload || isGlobal && use !== "object")) {
    run.report(
      TEMPLATE_GADGET_GLOBAL,
      use === "callee" ? `calls the global "${name}"` : `refers to the global "${name}" as a value`,
      { name }
    );
  }
  if (isGlobal || PAYLOAD_GLOBALS.has(name))
    return { known: [], open: "computed", obj: `global:${name}`, globalFn: true };
  return INPUT;
}
function list(run, items, scope, ctx) {
  const vals = items.map((n) => evalExpr(run, n, scope, ctx));
  const folded = vals.map(single);
  if (folded.every((x) => x !== void 0)) return constant(folded);
  return { known: [], open: "computed", item: vals.length ? vals.reduce(join2) : constant(null) };
}
function dict(run, map, scope, ctx) {
  const entries = [];
  let keysKnown = true;
  const keys = [];
  for (const [k, v] of map ?? []) {
    const key = evalExpr(run, k, scope, ctx);
    keys.push(key);
    const value = single(evalExpr(run, v, scope, ctx));
    const fk = single(key);
    if (fk === void 0) keysKnown = false;
    else entries.push([fk, value ?? OPAQUE]);
  }
  if (keysKnown) return constant(new FoldedDict(entries));
  return { known: [], open: "computed", item: keys.length ? keys.reduce(join2) : constant(null) };
}
function member(run, node, scope, ctx) {
  const obj = objectOf(run, node.object, scope, ctx);
  if (obj.globalFn) {
    run.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${obj.obj.slice(7)}"`, {
      global: obj.obj.slice(7)
    });
  }
  if (!node.computed && node.property?.type === "Identifier") {
    const name = node.property.value ?? "";
    checkName(run.report, name, "");
    return readAttr(obj, name, scope);
  }
  const p = node.property;
  if (p?.type === "SliceExpression") return slice(run, obj, p, scope);
  const key = evalExpr(run, p, scope, { inName: true });
  checkSubscript(run.report, obj, key, p?.type === "StringLiteral" || p?.type === "IntegerLiteral");
  return readItem(obj, key, scope);
}
function objectOf(run, node, scope, ctx) {
  if (node?.type === "Identifier") return identifier(run, node.value, scope, "object");
  return evalExpr(run, node, scope, ctx);
}
function readAttr(obj, name, scope) {
  if (obj.ns !== void 0) {
    const v = scope.get(`#${obj.ns}.${name}`);
    if (v) return { ...v, via: name };
  }
  if (obj.obj === "loop") {
    if (/^(index0?|revindex0?|length|depth0?|first|last)$/.test(name)) return NUMBER;
    if (name === "previtem" || name === "nextitem") return obj.item ?? INPUT;
  }
  const folded = single(obj);
  if (folded instanceof FoldedDict) {
    const v = foldItem(folded, name);
    if (v !== void 0) return { ...constant(v), via: name };
  }
  const out = { known: [], open: obj.open === "input" && !obj.obj ? "input" : "computed", via: name };
  if (obj.obj) out.obj = obj.obj;
  if (obj.dyn) out.dyn = true;
  if (obj.open === "input") out.item = INPUT;
  return out;
}
function readItem(obj, key, scope) {
  const k = single(key);
  const o = single(obj);
  if (o !== void 0 && key.open === void 0 && key.known.length) {
    const values = key.known.map((x) => foldItem(o, x));
    if (values.every((v) => v !== void 0)) return joinAll(values.map((v) => constant(v)));
  }
  if (typeof k === "string") return readAttr(obj, k, scope);
  const dataKey = key.open === "input" || key.open === "computed";
  const out = obj.open === "input" && !obj.obj ? { ...INPUT } : { known: [], open: "computed" };
  if (obj.item && !dataKey) return obj.item;
  if (dataKey || obj.dyn) out.dyn = true;
  if (obj.obj) out.obj = obj.obj;
  return out;
}
function slice(run, obj, p, scope) {
  const part = (n) => n ? single(evalExpr(run, n, scope)) : void 0;
  const [a, b, c] = [part(p.start), part(p.stop), part(p.step)];
  const o = single(obj);
  const nums = [a, b, c].every((x) => x === void 0 || typeof x === "number");
  if ((typeof o === "string" || Array.isArray(o)) && nums) {
    const items = typeof o === "string" ? [...o] : o;
    const r = pySlice(items, a, b, c);
    if (r) return constant(typeof o === "string" ? r.join("") : r);
  }
  const out = { known: [], open: obj.open === "input" ? "input" : "computed" };
  if (obj.item) out.item = obj.item;
  if (obj.obj) out.obj = obj.obj;
  return out;
}
function filterOf(run, filter, operand, scope, ctx) {
  if (filter?.type === "CallExpression" && filter.callee?.type === "CallExpression") {
    const applied = filterOf(run, filter.callee, operand, scope, ctx);
    evalArgs(run, filter.args ?? [], scope);
    checkCall(run.report, applied);
    return callResult(applied);
  }
  const name = filter?.type === "Identifier" ? filter.value : filter?.callee?.value ?? "";
  const args = evalArgs(run, filter?.type === "CallExpression" ? filter.args ?? [] : [], scope, name);
  return builtString(run, applyFilter(run, name, operand, args), ctx);
}
function callResult(callee) {
  const out = { known: [], open: "computed" };
  if (callee.obj) out.obj = callee.obj;
  return out;
}
function unary(run, node, scope, ctx) {
  const v = evalExpr(run, node.argument, scope, ctx);
  const op = node.operator?.value;
  if (op === "-" || op === "+") {
    const n = single(v);
    return typeof n === "number" ? constant(op === "-" ? -n : n) : NUMBER;
  }
  return NUMBER;
}
function binary(run, node, scope, ctx) {
  const op = node.operator?.value;
  const l = evalExpr(run, node.left, scope, ctx);
  const r = evalExpr(run, node.right, scope, ctx);
  if (op === "and" || op === "or") return join2(l, r);
  if (["==", "!=", "<", ">", "<=", ">=", "in", "not in", "is", "is not"].includes(op)) return NUMBER;
  const arithmetic = op === "-" || op === "/" || op === "//" || op === "**";
  const folded = crossFold(l, r, (a, b) => foldBinary(op, a, b));
  if (folded) return builtString(run, folded, ctx);
  const numeric = (v) => v.open === "number" || v.open === void 0 && v.known.every((x) => typeof x === "number" || typeof x === "boolean");
  if (arithmetic || op === "+" && (numeric(l) || numeric(r)) || numeric(l) && numeric(r) && op !== "~")
    return NUMBER;
  if (op === "*" && (numeric(l) || numeric(r)) && (l.open === "input" || r.open === "input"))
    return { known: [], open: "input" };
  const out = { known: [], open: "computed" };
  if (op === "+" && (l.item || r.item))
    out.item = l.item && r.item ? join2(l.item, r.item) : l.item ?? r.item;
  return out;
}
function crossFold(l, r, f) {
  if (l.open !== void 0 || r.open !== void 0 || l.known.length * r.known.length > 64) return void 0;
  let out;
  for (const a of l.known) {
    for (const b of r.known) {
      const v = f(a, b);
      if (v === void 0) return void 0;
      out = out ? join2(out, constant(v)) : constant(v);
    }
  }
  return out;
}
function foldBinary(op, l, r) {
  if (op === "~") {
    const a = pyStr(l);
    const b = pyStr(r);
    return a === void 0 || b === void 0 ? void 0 : (a + b).length <= 4096 ? a + b : void 0;
  }
  if (typeof l === "number" && typeof r === "number") {
    if (op === "+") return l + r;
    if (op === "-") return l - r;
    if (op === "*") return l * r;
    if (op === "//" && r !== 0) return Math.floor(l / r);
    if (op === "%" && r !== 0) return (l % r + r) % r;
    if (op === "/" && r !== 0) return l / r;
    return void 0;
  }
  if (op === "+" && typeof l === "string" && typeof r === "string")
    return l.length + r.length <= 4096 ? l + r : void 0;
  if (op === "+" && Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
  if (op === "*") {
    const [s, k] = typeof l === "string" ? [l, r] : [r, l];
    if (typeof s === "string" && typeof k === "number" && k >= 0 && s.length * k <= 4096)
      return s.repeat(Math.floor(k));
    return void 0;
  }
  if (op === "%" && typeof l === "string") return printf(l, Array.isArray(r) ? r : [r]);
  return void 0;
}

// src/formats/chat-template/statements.ts
function execBody(run, list2, scope) {
  let out = constant("");
  for (const s of list2 ?? []) out = concat(out, execStatement(run, s, scope));
  return out;
}
function execStatement(run, s, scope) {
  tick(run);
  switch (s?.type) {
    case "StringLiteral":
      return constant(s.value);
    // template text
    case "Comment":
    case "Break":
    case "Continue":
      return constant("");
    case "Set":
      execSet(run, s, scope);
      return constant("");
    case "If":
      return execIf(run, s, scope);
    case "For":
      return execFor(run, s, scope);
    case "Macro":
      defineMacro(run, s, scope);
      return constant("");
    case "CallStatement":
      return execCallBlock(run, s, scope);
    case "FilterStatement": {
      const body = execBody(run, s.body, scope);
      const f = s.filter;
      const name = f?.type === "Identifier" ? f.value : f?.callee?.value ?? "";
      return applyFilter(
        run,
        name,
        body,
        evalArgs(run, f?.type === "CallExpression" ? f.args ?? [] : [], scope)
      );
    }
    default:
      return stringOf(evalExpr(run, s, scope));
  }
}
function stringOf(v) {
  const parts = v.known.map(pyStr);
  if (v.open === void 0 && parts.every((p) => p !== void 0)) return { known: parts };
  return COMPUTED;
}
function concat(a, b) {
  if (a.open !== void 0 || b.open !== void 0 || a.known.length * b.known.length > 16) return COMPUTED;
  const known = [];
  for (const x of a.known) for (const y of b.known) known.push(`${String(x)}${String(y)}`);
  return known.every((k) => k.length <= 4096) ? { known } : COMPUTED;
}
function execSet(run, s, scope) {
  const value = s.value ? evalExpr(run, s.value, scope) : blockSet(run, s, scope);
  assign(run, s.assignee, value, scope);
}
function blockSet(run, s, scope) {
  const v = execBody(run, s.body, scope);
  for (const k of v.known) {
    if (typeof k === "string")
      dunderString(run, k, `block set "${clip(s.assignee?.value ?? "")}" holds "${clip(k)}" that`);
  }
  return v;
}
function assign(run, target, value, scope) {
  if (target?.type === "Identifier") {
    scope.set(target.value, value);
  } else if (target?.type === "TupleLiteral" || target?.type === "ArrayLiteral") {
    const parts = target.value ?? [];
    const tuple = single(value);
    parts.forEach((t, i) => {
      const v = Array.isArray(tuple) && tuple[i] !== void 0 ? constant(tuple[i]) : itemOf(value) ?? INPUT;
      assign(run, t, v, scope);
    });
  } else if (target?.type === "MemberExpression" && !target.computed) {
    const obj = objectOf(run, target.object, scope, {});
    const name = target.property?.value ?? "";
    checkName(run.report, name, " (assigned)");
    if (obj.ns !== void 0) scope.set(`#${obj.ns}.${name}`, value);
  } else {
    evalExpr(run, target, scope);
  }
}
function execIf(run, s, scope) {
  evalExpr(run, s.test, scope);
  const a = scope.child();
  const b = scope.child();
  const outA = execBody(run, s.body, a);
  const outB = execBody(run, s.alternate, b);
  mergeLayers(scope, a, b);
  return join2(outA, outB);
}
var LOOP_ONLY = /* @__PURE__ */ new Set(["loop"]);
function execFor(run, s, scope) {
  const iterable = evalExpr(run, s.iterable, scope);
  const item = itemOf(iterable) ?? COMPUTED;
  const loopObj = (it) => ({ known: [], open: "computed", obj: "loop", item: it });
  const whole = single(iterable);
  const items = whole !== void 0 ? iterate(whole) : iterable.open === void 0 && item.open === void 0 ? item.known : void 0;
  const body = scope.child();
  let out = constant("");
  const otherwise = scope.child();
  if (items && items.length <= MAX_UNROLL) {
    for (const x of items) {
      body.set("loop", loopObj(constant(x)));
      assign(run, s.loopvar, constant(x), body);
      out = concat(out, execBody(run, s.body, body));
    }
    if (!items.length) out = execBody(run, s.defaultBlock, otherwise);
  } else {
    const each = loopToFixpoint(run, s, body, item, loopObj(item));
    const empty = execBody(run, s.defaultBlock, otherwise);
    out = each.open === void 0 && each.known.every((k) => k === "") ? empty : COMPUTED;
  }
  mergeLayers(scope, body, otherwise, LOOP_ONLY);
  return out;
}
function loopToFixpoint(run, s, body, item, loop) {
  let out = constant("");
  const perPass = /* @__PURE__ */ new Set(["loop", ...targetNames(s.loopvar)]);
  for (let pass = 0; pass < 4; pass++) {
    const start = new Map(body.writes());
    const outer = body.reads.names;
    const reads = /* @__PURE__ */ new Set();
    body.reads.names = reads;
    try {
      body.set("loop", loop);
      assign(run, s.loopvar, item, body);
      out = join2(out, execBody(run, s.body, body));
    } finally {
      body.reads.names = outer;
      if (outer) for (const r of reads) outer.add(r);
    }
    let stable = true;
    for (const [k, v] of body.writes()) {
      if (perPass.has(k)) continue;
      const before = start.get(k);
      const merged = before ? join2(before, v) : v;
      if (reads.has(k) && !sameVal(merged, before)) stable = false;
      body.set(k, merged);
    }
    if (stable) return out;
  }
  for (const [k, v] of body.writes())
    if (v.open !== "number" && v.known.length) body.set(k, { ...v, open: "computed" });
  return COMPUTED;
}
function targetNames(target) {
  if (target?.type === "Identifier") return [target.value];
  if (target?.type === "TupleLiteral" || target?.type === "ArrayLiteral")
    return (target.value ?? []).flatMap(targetNames);
  return [];
}
function defineMacro(run, s, scope) {
  const name = s.name?.value ?? "";
  const def = { name, node: s };
  scope.set(name, { known: [], open: "computed", obj: "macro", macro: def });
  callMacro(run, def, { pos: [], kw: /* @__PURE__ */ new Map() }, scope.child(), true);
}
function callMacro(run, def, args, scope, unknownArgs = false, caller) {
  if (run.macroRuns >= MAX_MACRO_RUNS)
    throw new TooComplex(`template needs more than ${MAX_MACRO_RUNS} macro evaluations`);
  const sig = unknownArgs ? "*" : signature(args);
  const key = `${def.name}\0${sig}\0${caller ? "caller" : ""}\0${namespaceState(scope)}`;
  const memo = run.macroMemo.get(key);
  if (memo) return applyWrites(memo, scope);
  if (run.macroStack.has(def.name)) return COMPUTED;
  run.macroRuns++;
  run.macroStack.add(def.name);
  try {
    const body = scope.child();
    bindParams(run, def.node.args ?? [], sig === "*" ? void 0 : args, body);
    if (caller) body.set("caller", { known: [], open: "computed", obj: "caller", caller });
    const out = execBody(run, def.node.body, body);
    const writes = new Map(
      [...body.writes()].filter(([k, v]) => k.startsWith("#") && !sameVal(v, scope.get(k)))
    );
    const result = { out, writes };
    run.macroMemo.set(key, result);
    return applyWrites(result, scope);
  } finally {
    run.macroStack.delete(def.name);
  }
}
function applyWrites(r, scope) {
  for (const [k, v] of r.writes) scope.set(k, v);
  return r.out;
}
function bindParams(run, params, args, into) {
  const names = /* @__PURE__ */ new Set();
  params.forEach((p, i) => {
    const isKw = p?.type === "KeywordArgumentExpression";
    const name = isKw ? p.key?.value : p?.value;
    names.add(name);
    const dflt = isKw ? evalExpr(run, p.value, into) : constant(null);
    const given = args?.kw.get(name) ?? args?.pos[i];
    into.set(name, !args ? join2(INPUT, dflt) : args.opaque ? join2(COMPUTED, dflt) : given ?? dflt);
  });
  if (!args) {
    into.set("varargs", INPUT);
    into.set("kwargs", INPUT);
    return;
  }
  const extraPos = args.pos.slice(params.length).map((v) => single(v) ?? OPAQUE);
  const extraKw = [...args.kw].filter(([k]) => !names.has(k)).map(([k, v]) => [k, single(v) ?? OPAQUE]);
  into.set("varargs", args.opaque ? COMPUTED : constant(extraPos));
  into.set("kwargs", args.opaque ? COMPUTED : constant(new FoldedDict(extraKw)));
}
function signature(args) {
  return [...args.pos.map(describeVal), ...[...args.kw].map(([k, v]) => `${k}=${describeVal(v)}`)].join(";");
}
function namespaceState(scope) {
  return [...scope.visible("#")].map(([k, v]) => `${k}=${describeVal(v)}`).join(";");
}
function describeVal(v) {
  const known = v.known.map((k) => JSON.stringify(k) ?? "?").join(",");
  return `${v.open ?? ""}|${v.dyn ? "d" : ""}|${v.obj ?? ""}|${v.ns ?? ""}|${v.macro?.name ?? ""}|${known}`;
}
function execCallBlock(run, s, scope) {
  const call = s.call;
  const callee = call?.callee;
  const args = evalArgs(run, call?.args ?? [], scope);
  const caller = { body: s.body ?? [], params: s.callerArgs ?? [], scope };
  const fn = callee?.type === "Identifier" ? scope.get(callee.value) : void 0;
  if (fn?.macro) return callMacro(run, fn.macro, args, scope, false, caller);
  evalExpr(run, call, scope);
  return callCaller(run, caller, { pos: [], kw: /* @__PURE__ */ new Map() });
}
function callCaller(run, caller, args) {
  const body = caller.scope.child();
  bindParams(run, caller.params, args, body);
  return builtString(run, execBody(run, caller.body, body), {});
}

// src/formats/chat-template/check.ts
var MAX_TEMPLATE_CHARS = 256 * 1024;
var MAX_TEMPLATE_READ = 4 * 1024 * 1024;
var MAX_FINDINGS = 50;
function checkChatTemplate(text, origin, parser) {
  const findings = [];
  const report = reporter(text, origin, findings);
  if (text.length > MAX_TEMPLATE_CHARS) {
    report(
      TEMPLATE_UNPARSEABLE,
      `template is ${text.length} characters, over the ${MAX_TEMPLATE_CHARS} limit`,
      {
        length: text.length
      }
    );
    fallbackScan(text, report);
    return findings;
  }
  const program = parseOrReport(parser, text, report);
  if (program === void 0) {
    fallbackScan(text, report);
    return findings;
  }
  try {
    execBody(newRun(report), program.body, new Scope());
    checkBackdoors(program, report);
  } catch (err) {
    report(
      TEMPLATE_UNPARSEABLE,
      err instanceof TooComplex ? err.why : "template could not be analysed completely",
      {}
    );
    fallbackScan(text, report);
  }
  return findings;
}
async function vetChatTemplate(text, origin) {
  return checkChatTemplate(text, origin, await loadTemplateParser());
}
function parseOrReport(parser, text, report) {
  try {
    return parser.parse(text);
  } catch (err) {
    const reason = err instanceof TemplateSyntaxError ? err.message : "template does not parse";
    report(TEMPLATE_UNPARSEABLE, `template does not parse: ${reason}`, {});
    return void 0;
  }
}
function reporter(text, origin, findings) {
  const seen = /* @__PURE__ */ new Set();
  return (rule, message, evidence) => {
    const key = `${rule.id}\0${message}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push(
      finding(rule, {
        message: origin.where ? `${origin.where}: ${message}` : message,
        evidence,
        offset: origin.offset,
        line: origin.line,
        ...locate(text, origin, evidence)
      })
    );
  };
}
function locate(text, origin, evidence) {
  if (origin.line === void 0) return {};
  const needle = [evidence.attribute, evidence.name, evidence.method, evidence.global].find(
    (v) => typeof v === "string"
  );
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return {};
  const before = text.slice(0, at);
  const nl = before.lastIndexOf("\n");
  return { line: origin.line + (before.match(/\n/g)?.length ?? 0), column: at - nl };
}

export { MAX_TEMPLATE_READ as M, checkChatTemplate as c, loadTemplateParser as l, vetChatTemplate as v };
