import { r as require_ajv } from './chunk-DCfjYQPT.js';
import { g as guardParse, D as DEPTH_LIMITS, N as NESTING, L as LENGTH_LIMITS, a as guardRun, Y as YAML_ALIAS_LIMITS, r as require_dist } from './chunk-Doof37AH.js';
import { c as classifyGlobal } from './chunk-B2XdRNm-.js';
import { ad as emptyPolicy, E as isSeverity, a1 as clip } from './chunk-CXVaUTXl.js';
import { bL as MODEL_HUBS, bM as require_picomatch2, h as defaultScanner, bN as policy_schema_default } from './chunk-B-6LZOx6.js';
import { M as ModelvetError, d as describeError } from './chunk-x8y2Yanw.js';
import { b as __toESM } from './chunk-DoM6UV22.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { resolve, dirname } = __mvBuiltin("node:path");
const { statSync } = __mvBuiltin("node:fs");
const { stat, readFile } = __mvBuiltin("node:fs/promises");

// src/policy/load.ts
var import_ajv = __toESM(require_ajv());
var import_picomatch = __toESM(require_picomatch2());
var import_yaml = __toESM(require_dist());

// src/policy/denylist.ts
var pickleIsDenied = (global) => {
  const dot = global.lastIndexOf(".");
  const module = dot > 0 ? global.slice(0, dot) : "";
  const name = dot > 0 ? global.slice(dot + 1) : global;
  return classifyGlobal(module, name).verdict === "dangerous";
};

// src/policy/load.ts
var MAX_POLICY_BYTES = 1024 * 1024;
var validator;
function validate(data) {
  if (!validator) {
    const ajv = new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(policy_schema_default);
  }
  return validator(data) ? [] : [...validator.errors ?? []];
}
var SHOWN_KEY = 80;
function shownKey(s) {
  const { shown, length } = clip(s, SHOWN_KEY);
  return length === void 0 ? JSON.stringify(shown) : `${JSON.stringify(shown)} (a key of ${length} characters)`;
}
function quoted(s) {
  const { shown, length } = clip(s, SHOWN_KEY);
  return length === void 0 ? `"${shown}"` : `"${shown}" (${length} characters)`;
}
function formatKeyPath(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]{0,79}$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${shownKey(s)}]`;
  }
  return out || "(top level)";
}
function pointerSegments(pointer, data) {
  if (!pointer) return [];
  const out = [];
  let cur = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur) && /^\d+$/.test(key)) {
      out.push(Number(key));
      cur = cur[Number(key)];
    } else {
      out.push(key);
      cur = cur && typeof cur === "object" ? cur[key] : void 0;
    }
  }
  return out;
}
var Locator = class {
  root;
  lines;
  constructor(root, lines) {
    this.root = root;
    this.lines = lines;
  }
  at(offset) {
    if (offset === void 0) return void 0;
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
  node(segments) {
    let cur = this.root;
    for (const s of segments) {
      if ((0, import_yaml.isMap)(cur)) {
        const pair = cur.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(s));
        cur = pair?.value ?? void 0;
      } else if ((0, import_yaml.isSeq)(cur) && typeof s === "number") {
        cur = cur.items[s];
      } else return void 0;
    }
    return (0, import_yaml.isNode)(cur) ? cur : void 0;
  }
  /** Position of the value at `segments` (or of its nearest existing parent). */
  value(segments) {
    for (let n = segments.length; n >= 0; n--) {
      const node = this.node(segments.slice(0, n));
      if (node?.range) return this.at(node.range[0]);
    }
    return void 0;
  }
  /** Position of the key `key` in the map at `segments`. */
  key(segments, key) {
    const map = this.node(segments);
    if ((0, import_yaml.isMap)(map)) {
      const pair = map.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === key);
      if (pair && (0, import_yaml.isScalar)(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    return this.value(segments);
  }
};
var typeName = (v) => v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a map" : `a ${typeof v}`;
var article = (t) => t === "array" ? "a list" : t === "object" ? "a map" : t === "integer" ? "an integer" : `a ${t}`;
function ajvMessage(e) {
  const p = e.params;
  const parent = e.parentSchema ?? {};
  switch (e.keyword) {
    case "additionalProperties": {
      const known = Object.keys(parent.properties ?? {});
      const k = String(p.additionalProperty);
      return {
        key: k,
        message: known.length ? `unknown key ${quoted(k)} (expected one of: ${known.join(", ")})` : `unknown key ${quoted(k)}`
      };
    }
    case "required":
      return { message: `missing required key "${String(p.missingProperty)}"` };
    case "type": {
      const types = String(p.type).split(",").map(article).join(" or ");
      return { message: `must be ${types}, got ${typeName(e.data)}` };
    }
    case "enum":
      return {
        message: `must be one of ${p.allowedValues.join(", ")}; got ${JSON.stringify(e.data)}`
      };
    case "const":
      return { message: `must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(e.data)}` };
    case "pattern": {
      if (e.propertyName !== void 0) return void 0;
      const what = typeof parent.description === "string" ? parent.description : `matching ${p.pattern}`;
      return { message: `must be ${what}; got ${JSON.stringify(e.data)}` };
    }
    case "propertyNames": {
      const name = String(p.propertyName);
      const desc = e.schema?.description ?? "a valid key";
      return { key: name, message: `key "${name}" must be ${desc}` };
    }
    case "minLength":
      return { message: "must not be empty" };
    case "minItems":
      return { message: `must list at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}` };
    case "uniqueItems":
      return { message: `lists ${JSON.stringify(e.data[p.j])} twice` };
    case "dependencies":
      return { message: `"${String(p.property)}" needs "${String(p.missingProperty)}" beside it` };
    case "if":
      return void 0;
    default:
      return { message: e.message ?? `fails ${e.keyword}` };
  }
}
function isRealDate(text) {
  const d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
function globProblem(glob) {
  if (glob.includes("\\")) return "use forward slashes (backslashes are escapes in globs)";
  if (glob.startsWith("/")) return "must be relative to the scanned folder, not absolute";
  if (glob.split("/").includes("..")) return 'must not contain ".." segments';
  if (glob.includes("\0")) return "must not contain NUL";
  try {
    import_picomatch.default.makeRe(glob, { strictBrackets: true, dot: true });
  } catch (err) {
    return `is not a valid glob: ${err.message}`;
  }
  return void 0;
}
function parseText(text, source) {
  const fileError = (message, line, column) => ({
    errors: [{ path: "(file)", ...line !== void 0 ? { line, column: column ?? 1 } : {}, message }]
  });
  if (source.toLowerCase().endsWith(".json")) {
    const parsed2 = guardParse(text, (t) => JSON.parse(t), {
      what: "JSON",
      nesting: NESTING.json,
      maxDepth: DEPTH_LIMITS.yaml
    });
    if (!parsed2.ok && parsed2.failure.reason !== "internal-error") return fileError(parsed2.failure.message);
    if (!parsed2.ok) {
      const msg = (() => {
        try {
          JSON.parse(text);
          return "";
        } catch (err) {
          return err.message;
        }
      })();
      const m = /\(line (\d+) column (\d+)\)/.exec(msg);
      return fileError(
        `invalid JSON: ${msg.replace(/ in JSON at position.*$/, "").split("\n")[0]}`,
        m ? Number(m[1]) : void 0,
        m ? Number(m[2]) : void 0
      );
    }
  }
  const lines = new import_yaml.LineCounter();
  const parsed = guardParse(
    text,
    // prettyErrors: false. The library's prettifier copies the text around every error (O(n) each,
    // quadratic for a file of errors: 255 KB took 32 s and 425 MiB); positions come from the counter.
    (t) => (0, import_yaml.parseDocument)(t, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }),
    {
      what: "YAML",
      nesting: NESTING.yaml,
      maxDepth: DEPTH_LIMITS.yaml,
      maxLength: LENGTH_LIMITS.configYaml
    }
  );
  if (!parsed.ok) {
    const at = parsed.failure.offset;
    if (at <= 0) return fileError(parsed.failure.message);
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    return fileError(parsed.failure.message, line, at - before.lastIndexOf("\n"));
  }
  const doc = parsed.value;
  if (doc.errors.length) {
    return {
      errors: doc.errors.slice(0, 20).map((e) => ({
        path: "(file)",
        ...yamlPosition(lines, e.pos[0]),
        message: `invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
      }))
    };
  }
  const data = guardRun(() => doc.toJS({ maxAliasCount: YAML_ALIAS_LIMITS.policy }) ?? {}, "YAML");
  if (!data.ok) return fileError(`invalid YAML: ${data.failure.message}`);
  return { data: data.value, locator: new Locator(doc.contents, lines), errors: [] };
}
function yamlPosition(lines, offset) {
  const at = lines.linePos(offset);
  return at.line > 0 ? { line: at.line, column: at.col } : {};
}
function parsePolicy(text, source, options = {}) {
  const parsed = parseText(text, source);
  if (!parsed.locator) return { errors: parsed.errors };
  const { data, locator } = parsed;
  const errors = [];
  const add = (segments, message, key) => {
    const pos = key === void 0 ? locator.value(segments) : locator.key(segments, key);
    const path = formatKeyPath(key === void 0 ? segments : [...segments, key]);
    if (errors.some((e) => e.path === path && e.message === message)) return;
    errors.push({ path, line: pos?.line, column: pos?.column, message });
  };
  schemaErrors(data, add);
  if (errors.length) return { errors: sortErrors(errors) };
  const raw = data;
  const policy = emptyPolicy(source, options.origin ?? "explicit");
  const build = { raw, policy, locator, options, source, add };
  if (raw.failOn && isSeverity(raw.failOn)) policy.failOn = raw.failOn;
  readRules(build);
  readFormats(build);
  readPickle(build);
  readVerification(build);
  if (raw.digestCache !== void 0)
    policy.digestCache = resolve(options.baseDir ?? dirname(resolve(source)), raw.digestCache);
  for (const hub of MODEL_HUBS) {
    const list = raw.sources?.[hub];
    if (list) policy.sources[hub] = list;
  }
  readIgnores(build);
  return errors.length ? { errors: sortErrors(errors) } : { policy, errors: [] };
}
function schemaErrors(data, add) {
  const typeErrorAt = /* @__PURE__ */ new Set();
  for (const e of validate(data)) {
    if (e.keyword === "type") {
      if (typeErrorAt.has(e.instancePath)) continue;
      typeErrorAt.add(e.instancePath);
    }
    const m = ajvMessage(e);
    if (m) add(pointerSegments(e.instancePath, data), m.message, m.key);
  }
}
function ruleIdsOf(options) {
  return new Set(options.ruleIds ?? (options.scanner ?? defaultScanner()).rules.map((r) => r.id));
}
function readRules({ raw, policy, options, add }) {
  const ruleIds = ruleIdsOf(options);
  for (const [id, level] of Object.entries(raw.rules ?? {})) {
    if (!ruleIds.has(id))
      add(
        ["rules"],
        `unknown rule ${quoted(id)}${didYouMean(id, ruleIds)} (run \`modelvet explain\` for the list)`,
        id
      );
    policy.rules[id] = level;
  }
}
function readFormats({ raw, policy, options, add }) {
  if (raw.formats?.allow) policy.formats.allow = raw.formats.allow;
  if (raw.formats?.deny) policy.formats.deny = raw.formats.deny;
  for (const [i, kind] of (raw.formats?.deny ?? []).entries()) {
    if (raw.formats?.allow?.includes(kind))
      add(["formats", "deny", i], `"${kind}" is both allowed and denied`);
  }
  const kinds = new Set(options.kinds ?? (options.scanner ?? defaultScanner()).knownKinds());
  for (const list of ["allow", "deny"]) {
    for (const [i, kind] of (raw.formats?.[list] ?? []).entries()) {
      if (kinds.has(kind)) continue;
      add(
        ["formats", list, i],
        `${quoted(kind)} is not a kind modelvet reports${didYouMean(kind, kinds)} (known: ${[...kinds].sort().join(", ")})`
      );
    }
  }
}
function readPickle({ raw, policy, locator, options, add }) {
  const isDenied = options.isDenied ?? pickleIsDenied;
  for (const [i, entry] of (raw.pickle?.allow ?? []).entries()) {
    const item = typeof entry === "string" ? { global: entry } : entry;
    const denied = isDenied(item.global);
    if (item.force !== void 0 && item.reason === void 0) {
      add(["pickle", "allow", i], `allowing ${item.global} with force needs a "reason"`);
    } else if (denied && item.force !== true) {
      add(
        ["pickle", "allow", i],
        `${item.global} is on modelvet's pickle denylist; allowing it needs {global: ${item.global}, force: true, reason: ...}`
      );
    } else if (denied) {
      const pos = locator.value(["pickle", "allow", i]);
      policy.pickle.forced.push({
        global: item.global,
        reason: item.reason,
        position: pos
      });
    } else {
      policy.pickle.allow.push(item.global);
    }
  }
}
function readVerification({ raw, policy, options, source, add }) {
  const baseDir = options.baseDir ?? dirname(resolve(source));
  const exists = options.fileExists ?? isExistingFile;
  if (raw.verification?.require) policy.verification.require = raw.verification.require;
  for (const [i, s] of (raw.verification?.signers ?? []).entries()) {
    const at = ["verification", "signers", i];
    const n = [s.identity !== void 0, s.key !== void 0, s.certificateChain !== void 0].filter(
      Boolean
    ).length;
    if (n !== 1) {
      add(
        at,
        n === 0 ? "a signer needs identity+issuer, key or certificateChain" : "a signer is one of identity+issuer, key or certificateChain, not several"
      );
      continue;
    }
    if (s.identity !== void 0) {
      policy.verification.signers.push({ kind: "sigstore", identity: s.identity, issuer: s.issuer });
      continue;
    }
    const files = s.key !== void 0 ? [s.key] : s.certificateChain;
    const missing = files.findIndex((f) => !exists(resolve(baseDir, f)));
    if (missing >= 0) {
      const key = s.key !== void 0 ? [...at, "key"] : [...at, "certificateChain", missing];
      add(key, `file ${files[missing]} does not exist (looked for ${resolve(baseDir, files[missing])})`);
      continue;
    }
    const signer = s.key !== void 0 ? { kind: "key", keyPath: resolve(baseDir, s.key) } : { kind: "certificate-chain", chainPaths: files.map((c) => resolve(baseDir, c)) };
    policy.verification.signers.push(signer);
  }
}
function isExistingFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function readIgnores({ raw, policy, locator, options, add }) {
  const ruleIds = ruleIdsOf(options);
  const groups = new Set([...ruleIds].map((id) => id.split("/")[0]));
  for (const [i, ig] of (raw.ignore ?? []).entries()) {
    const at = ["ignore", i];
    let ok = true;
    if (ig.rule.endsWith("/*")) {
      const group = ig.rule.slice(0, -2);
      if (!groups.has(group)) {
        add([...at, "rule"], `no rule group "${group}" (run \`modelvet explain\` for the list)`);
        ok = false;
      }
    } else if (!ruleIds.has(ig.rule)) {
      add(
        [...at, "rule"],
        `unknown rule ${quoted(ig.rule)}${didYouMean(ig.rule, ruleIds)} (run \`modelvet explain\` for the list)`
      );
      ok = false;
    }
    const problem = globProblem(ig.path);
    if (problem) {
      add([...at, "path"], `glob ${JSON.stringify(ig.path)} ${problem}`);
      ok = false;
    }
    if (ig.expires !== void 0 && !isRealDate(ig.expires)) {
      add([...at, "expires"], `${ig.expires} is not a real date (YYYY-MM-DD)`);
      ok = false;
    }
    if (!ok) continue;
    const pos = locator.value(at);
    const entry = { rule: ig.rule, path: ig.path, reason: ig.reason.trim() };
    if (ig.expires !== void 0) entry.expires = ig.expires;
    if (pos) entry.position = pos;
    policy.ignore.push(entry);
  }
}
function didYouMean(word, known) {
  let best;
  let bestDistance = 3;
  for (const k of known) {
    const d = k.startsWith(word) || word.startsWith(k) ? 1 : editDistance(word, k, bestDistance);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best === void 0 ? "" : ` (did you mean "${best}"?)`;
}
function editDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return Math.min(prev[b.length], cap);
}
function sortErrors(errors) {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function formatPolicyErrors(source, errors) {
  return errors.map((e) => {
    const where = e.line !== void 0 ? `${source}:${e.line}:${e.column ?? 1}` : source;
    return `${where}: ${e.path}: ${e.message}`;
  }).join("\n");
}
async function readPolicyFile(file, options = {}) {
  let text;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new ModelvetError("UNREADABLE", `${file}: not a regular file`, { path: file });
    if (st.size > MAX_POLICY_BYTES)
      return {
        errors: [{ path: "(file)", message: `policy file is larger than ${MAX_POLICY_BYTES} bytes` }]
      };
    text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
    throw new ModelvetError(code, `policy ${describeError(err, file)}`, { path: file, cause: err });
  }
  return parsePolicy(text, file, options);
}
async function loadPolicy(file, options = {}) {
  const result = await readPolicyFile(file, options);
  if (!result.policy) {
    const n = result.errors.length;
    const listed = formatPolicyErrors(file, result.errors);
    throw new ModelvetError(
      "USAGE",
      n === 1 ? `invalid policy ${listed}` : `invalid policy ${file} (${n} errors):
${listed}`,
      { path: file }
    );
  }
  return result.policy;
}

export { MAX_POLICY_BYTES as M, formatKeyPath as a, didYouMean as d, formatPolicyErrors as f, globProblem as g, loadPolicy as l, parsePolicy as p, readPolicyFile as r };
