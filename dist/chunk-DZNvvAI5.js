import { ay as readJson, az as toPlain, aw as KERAS_BAD_CONFIG, bP as KERAS_BYTECODE, bQ as KERAS_CUSTOM_OBJECT, bR as KERAS_LAMBDA, bS as KERAS_DANGEROUS_REFERENCE, bT as KERAS_TORCH_WRAPPER, bU as KERAS_EXTERNAL_MODULE, bV as KERAS_FILE_ARGUMENT } from './chunk-B-6LZOx6.js';
import { f as finding, l as label, B as BufferSource, i as isRootedName, n as nameEscapes } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';

// src/formats/keras/config.ts
var ALLOWED_ROOTS = /* @__PURE__ */ new Set([
  "keras",
  "keras_hub",
  "keras_nlp",
  "keras_cv",
  "keras_rs",
  "tf_keras",
  "tensorflow",
  "tf",
  "numpy",
  "np",
  "math"
]);
var HARMLESS_BUILTINS = /* @__PURE__ */ new Set([
  "int",
  "float",
  "complex",
  "bool",
  "str",
  "bytes",
  "tuple",
  "list",
  "dict",
  "set",
  "frozenset",
  "slice",
  "range",
  "abs",
  "max",
  "min",
  "sum",
  "round",
  "pow",
  "divmod",
  "len"
]);
var DANGEROUS_MODULES = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "subprocess",
  "sys",
  "builtins",
  "__builtin__",
  "importlib",
  "runpy",
  "shutil",
  "socket",
  "pickle",
  "_pickle",
  "dill",
  "cloudpickle",
  "joblib",
  "marshal",
  "ctypes",
  "pty",
  "io",
  "gfile",
  "file_utils",
  "f2py",
  "distutils",
  "urllib",
  "requests",
  "http",
  "webbrowser",
  "code",
  "codeop",
  "multiprocessing",
  "pathlib",
  "tempfile",
  "pdb",
  "types",
  "operator",
  "functools",
  "inspect",
  "torch",
  "pydoc",
  "timeit",
  "script_ops",
  "testing",
  "exec_command"
]);
var DANGEROUS_NAMES = /* @__PURE__ */ new Set([
  "enable_unsafe_deserialization",
  "get_file",
  "load_model",
  "load_weights",
  "read_file",
  "write_file",
  "ReadFile",
  "WriteFile",
  "py_func",
  "py_function",
  "numpy_function",
  "eager_py_func",
  "load",
  "loads",
  "fromfile",
  "loadtxt",
  "genfromtxt",
  "save",
  "savez",
  "tofile",
  "system",
  "popen",
  "Popen",
  "exec",
  "eval",
  "compile",
  "__import__",
  "import_module",
  "getattr",
  "setattr",
  "open",
  "check_output",
  "check_call",
  "spawn",
  "execv",
  "execve",
  "remove",
  "rmtree",
  "unlink",
  "rename",
  "urlopen",
  "runstring",
  "exec_command",
  "matching_files",
  "TFSMLayer"
]);
var MAX_DEPTH = 1e3;
var MAX_NODES = 5e6;
function isMarshalledCode(s) {
  if (s.length < 24) return false;
  let alpha = "";
  for (let i = 0; i < s.length && alpha.length < 32; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return false;
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 43 || c === 47) {
      alpha += s[i];
    } else if (c === 61) break;
  }
  if (alpha.length < 24) return false;
  const b = Buffer.from(alpha.slice(0, 32), "base64");
  if (b.length < 13 || b[0] !== 99 && b[0] !== 227) return false;
  return b.readUInt32LE(1) < 256 && b.readUInt32LE(5) < 256 && b.readUInt32LE(9) < 256;
}
var moduleRoot = (m) => m.split(".")[0] ?? m;
function dangerousModule(m) {
  return m.split(".").find((seg) => DANGEROUS_MODULES.has(seg));
}
var FILE_ARGUMENTS = ["vocabulary", "merges", "proto", "special_tokens", "language_tokens", "idf_weights"];
var FILE_READING_CLASS = /(?:Lookup|Vectorization|Tokenizer)$/;
function isInlineProto(s) {
  return s.length > 2048 && s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}
function pathDanger(s) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s)) return "a URL";
  if (isRootedName(s)) return "an absolute path";
  if (s.startsWith("~")) return "a home-relative path";
  if (nameEscapes(s).includes("parent")) return "a path climbing out of its folder";
  return void 0;
}
function fileArgumentIssues(cls, cfg, at, named) {
  const issues = [];
  for (const arg of FILE_ARGUMENTS) {
    const v = cfg[arg];
    if (typeof v !== "string" || arg === "proto" && isInlineProto(v)) continue;
    const danger = arg === "idf_weights" ? void 0 : pathDanger(v);
    const shown = v.length > 200 ? `${v.slice(0, 200)}...` : v;
    issues.push({
      rule: KERAS_FILE_ARGUMENT,
      severity: danger ? "high" : "medium",
      at,
      message: arg === "idf_weights" ? `${cls} layer${named}: idf_weights is a string, not a list of weights` : `${cls} layer${named} reads its ${arg} from ${danger ?? "the file"} "${shown}" at load time`,
      evidence: {
        layer: named.trim().replace(/^"|"$/g, "") || void 0,
        className: cls,
        argument: arg,
        value: shown
      }
    });
  }
  return issues;
}
var KerasLimitError = class extends BaseError {
  constructor(message) {
    super("KERAS_LIMIT", message);
    this.name = "KerasLimitError";
  }
};
function inspectKerasConfig(root) {
  const issues = [];
  const stack = [
    { v: root, at: "$", depth: 0 }
  ];
  let nodes = 0;
  const customs = /* @__PURE__ */ new Set();
  const payloadHolders = /* @__PURE__ */ new WeakSet();
  while (stack.length) {
    const { v, at, depth, inLambda } = stack.pop();
    if (++nodes > MAX_NODES) throw new KerasLimitError(`has more than ${MAX_NODES} values`);
    if (depth > MAX_DEPTH) throw new KerasLimitError(`is nested deeper than ${MAX_DEPTH} levels`);
    if (typeof v === "string") {
      if (!inLambda && isMarshalledCode(v)) {
        issues.push({
          rule: KERAS_BYTECODE,
          at,
          message: `marshalled Python bytecode (${v.length} base64 characters)`,
          evidence: { length: v.length }
        });
      }
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], at: `${at}[${i}]`, depth: depth + 1, inLambda });
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    const o = v;
    inspectObject(o, at, issues, customs, payloadHolders);
    const keys = Object.keys(o);
    const below = inLambda || o.class_name === "__lambda__";
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      stack.push({ v: o[k], at: `${at}.${k}`, depth: depth + 1, inLambda: below });
    }
  }
  if (customs.size) {
    issues.push({
      rule: KERAS_CUSTOM_OBJECT,
      at: "$",
      message: `needs custom objects ${[...customs].sort().slice(0, 20).join(", ")}`,
      evidence: { registeredNames: [...customs].sort() }
    });
  }
  return issues;
}
function layerIssues(k, issues, payloadHolders) {
  const { at, cls, cfg, layerName, named, leaf } = k;
  if (leaf === "Lambda") {
    const c = cfg ?? {};
    const fn = c.function;
    const kind = Array.isArray(fn) ? "bytecode" : fn && typeof fn === "object" && fn.class_name === "__lambda__" ? "bytecode" : typeof fn === "string" ? `function "${fn}"${typeof c.module === "string" ? ` from module ${c.module}` : ""}` : fn && typeof fn === "object" ? "serialized function" : "function";
    issues.push({
      rule: KERAS_LAMBDA,
      at,
      message: `Lambda layer${named} (${kind})`,
      evidence: { layer: layerName, function: kind }
    });
  }
  if (leaf && FILE_READING_CLASS.test(leaf) && cfg && typeof cfg === "object" && !Array.isArray(cfg)) {
    issues.push(...fileArgumentIssues(leaf, cfg, at, named));
  }
  if ((leaf === "TFOpLambda" || leaf === "SlicingOpLambda") && cfg && typeof cfg === "object") {
    const fn = cfg.function;
    if (typeof fn === "string") {
      const parts = fn.split(".");
      if (parts.some((p) => DANGEROUS_MODULES.has(p)) || DANGEROUS_NAMES.has(parts.at(-1) ?? "")) {
        issues.push({
          rule: KERAS_DANGEROUS_REFERENCE,
          at,
          message: `${leaf} layer${named} calls tf.${fn}`,
          evidence: { layer: layerName, function: fn }
        });
      }
    }
  }
  if (cls === "__lambda__") {
    issues.push({ rule: KERAS_BYTECODE, at, message: 'serialized lambda ("__lambda__")', evidence: {} });
  }
  if (leaf === "TorchModuleWrapper") {
    const c = cfg ?? {};
    if (cfg && typeof cfg === "object") payloadHolders.add(cfg);
    const payload = typeof c.module === "string" ? decodeBase64(c.module) : void 0;
    issues.push({
      rule: KERAS_TORCH_WRAPPER,
      at,
      message: `TorchModuleWrapper layer${named} restores an embedded pickle with torch.load`,
      evidence: { layer: layerName, payloadBytes: payload?.length ?? 0 },
      payload
    });
  }
}
function moduleIssues(k, issues, payloadHolders) {
  const { o, at, cls, cfg } = k;
  for (const key of Object.keys(o)) {
    if (!/(^|_)module$/.test(key)) continue;
    const m = o[key];
    if (typeof m !== "string" || m === "" || m === "__main__") continue;
    if (key === "module" && payloadHolders.has(o)) continue;
    const danger = dangerousModule(m);
    const fnName = cls === "function" && typeof cfg === "string" ? cfg : typeof o.function === "string" ? o.function : void 0;
    const target = `${m}${fnName ? `.${fnName}` : cls && cls !== "function" ? `.${cls}` : ""}`;
    const leafName = fnName ?? (cls !== "function" ? cls : void 0);
    if ((m === "builtins" || m === "__builtin__") && leafName && HARMLESS_BUILTINS.has(leafName)) continue;
    if (danger || fnName && DANGEROUS_NAMES.has(fnName)) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `references ${target}`,
        evidence: { module: m, name: fnName ?? cls, key }
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(m))) {
      issues.push({
        rule: KERAS_EXTERNAL_MODULE,
        at,
        message: `imports module ${m}${cls ? ` for ${fnName ? `function ${fnName}` : cls}` : ""}`,
        evidence: { module: m, name: fnName ?? cls, key }
      });
    }
  }
}
function dottedClassIssue(k, issues) {
  const { o, at, cls } = k;
  if (cls?.includes(".") && typeof o.module !== "string") {
    const danger = dangerousModule(cls.split(">").at(-1));
    if (danger || !ALLOWED_ROOTS.has(moduleRoot(cls.split(">").at(-1)))) {
      issues.push({
        rule: danger ? KERAS_DANGEROUS_REFERENCE : KERAS_EXTERNAL_MODULE,
        at,
        message: `class_name ${cls} names a module path`,
        evidence: { className: cls }
      });
    }
  }
}
function dangerousNameIssue(k, issues) {
  const { o, at, cls, cfg, leaf } = k;
  const resolved = cls === "function" && typeof cfg === "string" ? cfg : leaf;
  if (resolved && DANGEROUS_NAMES.has(resolved) && !issues.some((i) => i.at === at && i.rule === KERAS_DANGEROUS_REFERENCE)) {
    issues.push({
      rule: KERAS_DANGEROUS_REFERENCE,
      at,
      severity: resolved === "TFSMLayer" ? "high" : void 0,
      message: `references ${typeof o.module === "string" ? `${o.module}.` : ""}${resolved}`,
      evidence: { module: o.module, name: resolved }
    });
  }
}
function registeredNameIssue(k, issues, customs) {
  const { o, at } = k;
  const reg = o.registered_name;
  if (typeof reg === "string" && reg.includes(">")) {
    const [pkg = "", name = ""] = reg.split(">");
    if (dangerousModule(pkg) || DANGEROUS_NAMES.has(name)) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `registered name ${reg} points at a dangerous callable`,
        evidence: { registeredName: reg }
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(pkg))) customs.add(reg);
  }
}
function inspectObject(o, at, issues, customs, payloadHolders) {
  const cls = typeof o.class_name === "string" ? o.class_name : void 0;
  const cfg = o.config;
  const layerName = cfg && typeof cfg === "object" && typeof cfg.name === "string" ? cfg.name : void 0;
  const named = layerName ? ` "${layerName}"` : "";
  const leaf = cls?.includes(">") ? cls.split(">").at(-1) : cls;
  const k = { o, at, cls, cfg, layerName, named, leaf };
  layerIssues(k, issues, payloadHolders);
  moduleIssues(k, issues, payloadHolders);
  dottedClassIssue(k, issues);
  dangerousNameIssue(k, issues);
  registeredNameIssue(k, issues, customs);
}
function decodeBase64(s) {
  const compact = s.replace(/\s+/g, "");
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64");
}
function readKerasJson(text) {
  if (text.trim() === "") return { ok: false, reason: "is empty" };
  const r = readJson(text);
  if (!r.error && r.value) return { ok: true, value: toPlain(r.value) };
  const at = r.error?.offset;
  if (at === void 0 || at >= text.trimEnd().length) {
    return { ok: false, reason: "is not valid JSON (it ends before the value is complete)" };
  }
  return { ok: false, reason: `is not valid JSON (unexpected character at offset ${at})` };
}
function kerasModelShapeProblem(v) {
  const kind = (x) => x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "object" ? "an object" : `a ${typeof x}`;
  if (!v || typeof v !== "object" || Array.isArray(v)) return `its top level is ${kind(v)}, not an object`;
  const o = v;
  if (typeof o.class_name !== "string")
    return `class_name is ${o.class_name === void 0 ? "missing" : kind(o.class_name)}`;
  if (!o.config || typeof o.config !== "object")
    return `config is ${o.config === void 0 ? "missing" : kind(o.config)}`;
  return void 0;
}
function checkKerasJsonText(ctx, text, what, seen, modelConfig = false) {
  const read = readKerasJson(text);
  const shape = read.ok && modelConfig ? kerasModelShapeProblem(read.value) : void 0;
  if (!read.ok || shape) {
    ctx.report(
      finding(KERAS_BAD_CONFIG, {
        message: `${label(ctx.source)}: ${what} ${read.ok ? `is not a Keras model config: ${shape}` : read.reason}`
      })
    );
    if (!read.ok) return Promise.resolve();
  }
  return reportKerasConfig(ctx, read.value, what, void 0, seen);
}
async function reportKerasConfig(ctx, parsed, what, member, seen) {
  const at = member ? { member } : {};
  let issues;
  try {
    issues = inspectKerasConfig(parsed);
  } catch (err) {
    if (!(err instanceof KerasLimitError)) throw err;
    ctx.report(finding(KERAS_BAD_CONFIG, { message: `${label(ctx.source)}: ${what} ${err.message}`, ...at }));
    return;
  }
  for (const i of issues) {
    if (seen) {
      const key = `${i.rule.id}\0${String(i.evidence.layer ?? i.message)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    ctx.report(
      finding(i.rule, {
        message: `${label(ctx.source)}: ${what} ${i.at}: ${i.message}`,
        evidence: { ...i.evidence, path: i.at, in: what },
        severity: i.severity,
        ...at
      })
    );
    if (i.payload) {
      const name = `${i.at}.module`;
      const chain = [...member ?? [...ctx.source.member, what], name];
      await ctx.scanMember(new BufferSource(i.payload, ctx.source.path, chain), name);
    }
  }
}

export { reportKerasConfig as a, checkKerasJsonText as c, kerasModelShapeProblem as k, readKerasJson as r };
