import { P as ProtoCursor, b as walkOrReport, w as walkMessage } from './chunk-D3uKJqjV.js';
import { c as checkKerasJsonText } from './chunk-DZNvvAI5.js';
import { bW as TF_MALFORMED, bX as TF_PY_FUNC, bY as TF_IO_OP, bZ as TF_ASSET_READ, b_ as TF_CHECKPOINT_OP, b$ as TF_ASSET_ESCAPE, c0 as TF_TEXT_CHECKPOINT_OP, bj as WIRE, c1 as GRAPHDEF_KIND } from './chunk-B-6LZOx6.js';
import { l as label, f as finding, e as readAll, ac as lexicalEscape } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';

// src/formats/protobuf/text.ts
var TextFormatError = class extends BaseError {
  line;
  constructor(message, line) {
    super("PROTOBUF_TEXT_SYNTAX", message);
    this.name = "TextFormatError";
    this.line = line;
  }
};
var TEXT_MAX_DEPTH = 100;
var isSpace = (c) => c === 32 || c >= 9 && c <= 13;
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isDigit = (c) => c >= 48 && c <= 57;
var isAlnum = (c) => isLetter(c) || isDigit(c);
function tokenizeText(s) {
  const out = [];
  let i = 0;
  let line = 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 10) line++;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < s.length && s.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c < 32 || c === 127) throw new TextFormatError("invalid control character", line);
    const start = i;
    if (isLetter(c)) {
      while (i < s.length && isAlnum(s.charCodeAt(i))) i++;
      out.push({ kind: "identifier", text: s.slice(start, i), line });
    } else if (isDigit(c) || c === 46 && isDigit(s.charCodeAt(i + 1))) {
      i = numberEnd(s, i);
      out.push({ kind: "number", text: s.slice(start, i), line });
    } else if (c === 34 || c === 39) {
      i = stringEnd(s, i, line);
      out.push({ kind: "string", text: s.slice(start, i), line });
    } else {
      i++;
      out.push({ kind: "symbol", text: s[start], line });
    }
  }
  return out;
}
function numberEnd(s, i) {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    const prev = s.charCodeAt(j - 1);
    if (isAlnum(c) || c === 46 || (c === 43 || c === 45) && (prev === 101 || prev === 69)) j++;
    else break;
  }
  return j;
}
function stringEnd(s, i, line) {
  const quote = s.charCodeAt(i);
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) throw new TextFormatError("string literal runs past the end of the line", line);
    if (c === 92) {
      const e = s[j + 1];
      if (e === void 0) break;
      if (!/[abfnrtv\\?'"0-7xXuU]/.test(e)) throw new TextFormatError("invalid escape sequence", line);
      j += 2;
      continue;
    }
    j++;
  }
  throw new TextFormatError("unterminated string literal", line);
}
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "?": "?",
  "'": "'",
  '"': '"'
};
function unescapeText(raw) {
  let out = "";
  const end = raw.length - 1;
  for (let i = 1; i < end; i++) {
    const c = raw[i];
    if (c !== "\\" || i + 1 >= end) {
      out += c;
      continue;
    }
    const e = raw[++i];
    if (e >= "0" && e <= "7") {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && raw[i + 1] >= "0" && raw[i + 1] <= "7" && i + 1 < end; k++)
        code = code * 8 + raw.charCodeAt(++i) - 48;
      out += String.fromCharCode(code & 255);
    } else if (e === "x" || e === "X") {
      let code = 0;
      for (let k = 0; k < 2 && i + 1 < end && /[0-9a-fA-F]/.test(raw[i + 1]); k++)
        code = code * 16 + Number.parseInt(raw[++i], 16);
      out += String.fromCharCode(code);
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const hex = raw.slice(i + 1, i + 1 + n);
      if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex) && Number.parseInt(hex, 16) <= 1114111) {
        out += Buffer.from(String.fromCodePoint(Number.parseInt(hex, 16)), "utf8").toString("latin1");
        i += n;
      } else out += e;
    } else out += SIMPLE_ESCAPES[e] ?? e;
  }
  return out;
}
var TextParser = class {
  pos = 0;
  toks;
  constructor(toks) {
    this.toks = toks;
  }
  peek() {
    return this.toks[this.pos];
  }
  line() {
    return this.peek()?.line ?? this.toks.at(-1)?.line ?? 1;
  }
  isSym(text) {
    const t = this.peek();
    return t?.kind === "symbol" && t.text === text;
  }
  expectSym(text) {
    if (!this.isSym(text)) throw new TextFormatError(`expected "${text}"`, this.line());
    this.pos++;
  }
  /** A message body up to `close` (or the end for the top level). */
  message(close, depth) {
    if (depth > TEXT_MAX_DEPTH)
      throw new TextFormatError("messages nested deeper than protobuf allows", this.line());
    const fields = [];
    while (this.peek() && !(close && this.isSym(close))) {
      this.field(fields, depth);
      if (this.isSym(";") || this.isSym(",")) this.pos++;
    }
    if (close) this.expectSym(close);
    return { fields };
  }
  fieldName() {
    const t = this.peek();
    if (t?.kind === "identifier") {
      this.pos++;
      return t.text;
    }
    if (!this.isSym("[")) throw new TextFormatError("expected a field name", this.line());
    this.pos++;
    let name = "[";
    while (this.peek() && !this.isSym("]")) {
      const p = this.peek();
      if (p.kind !== "identifier" && !(p.kind === "symbol" && (p.text === "." || p.text === "/")))
        throw new TextFormatError("invalid extension name", p.line);
      name += p.text;
      this.pos++;
    }
    this.expectSym("]");
    return `${name}]`;
  }
  field(into, depth) {
    const line = this.line();
    const name = this.fieldName();
    const colon = this.isSym(":");
    if (colon) this.pos++;
    if (this.isSym("[")) {
      this.pos++;
      while (!this.isSym("]")) {
        into.push({ name, line: this.line(), value: this.value(depth) });
        if (this.isSym("]")) break;
        this.expectSym(",");
      }
      this.pos++;
      return;
    }
    if (!colon && !this.isSym("{") && !this.isSym("<"))
      throw new TextFormatError(`expected ":" after ${name}`, line);
    into.push({ name, line, value: this.value(depth) });
  }
  value(depth) {
    if (this.isSym("{") || this.isSym("<")) {
      const close = this.peek().text === "{" ? "}" : ">";
      this.pos++;
      return this.message(close, depth + 1);
    }
    const t = this.peek();
    if (!t) throw new TextFormatError("expected a value", this.line());
    if (t.kind === "string") {
      let bytes = "";
      while (this.peek()?.kind === "string") bytes += unescapeText(this.toks[this.pos++].text);
      return { kind: "string", text: bytes };
    }
    let sign = "";
    if (this.isSym("-")) {
      sign = "-";
      this.pos++;
    }
    const v = this.peek();
    if (v?.kind === "identifier" || v?.kind === "number") {
      this.pos++;
      return { kind: v.kind, text: sign + v.text };
    }
    throw new TextFormatError("expected a value", this.line());
  }
};
function parseTextFormat(latin1) {
  const toks = tokenizeText(latin1);
  return new TextParser(toks).message(void 0, 0);
}
function fieldsNamed(m, name) {
  return m.fields.filter((f) => f.name === name).map((f) => f.value);
}
var isMessage = (v) => v !== void 0 && "fields" in v;
function scalarText(v) {
  if (!v || isMessage(v)) return void 0;
  return v.kind === "string" ? Buffer.from(v.text, "latin1").toString("utf8") : v.text;
}

// src/formats/tensorflow/ops.ts
var PY_FUNC_OPS = /* @__PURE__ */ new Set(["PyFunc", "PyFuncStateless", "EagerPyFunc", "PyCall"]);
var IO_OPS = /* @__PURE__ */ new Set([
  // File reads.
  "ReadFile",
  "MatchingFiles",
  "LoadAndRemapMatrix",
  "ImmutableConst",
  "WholeFileReader",
  "WholeFileReaderV2",
  "TextLineReader",
  "TextLineReaderV2",
  "FixedLengthRecordReader",
  "FixedLengthRecordReaderV2",
  "TFRecordReader",
  "TFRecordReaderV2",
  "LMDBReader",
  "TextLineDataset",
  "FixedLengthRecordDataset",
  "FixedLengthRecordDatasetV2",
  "TFRecordDataset",
  "TFRecordDatasetV2",
  "MatchingFilesDataset",
  "ExperimentalMatchingFilesDataset",
  "LoadDataset",
  "LMDBDataset",
  "ExperimentalLMDBDataset",
  "SqlDataset",
  "ExperimentalSqlDataset",
  "CSVDataset",
  "CSVDatasetV2",
  "ExperimentalCSVDataset",
  "FileSystemSetConfiguration",
  // File writes.
  "WriteFile",
  "DatasetToTFRecord",
  "ExperimentalDatasetToTFRecord",
  "SaveDataset",
  "SaveDatasetV2",
  "SnapshotDataset",
  "SnapshotDatasetV2",
  "CreateSummaryFileWriter",
  "CreateSummaryDbWriter",
  // Network.
  "Rpc",
  "TryRpc",
  "RpcClient",
  "RpcCall",
  "RpcServer",
  "RpcServerStart",
  "RpcServerRegister",
  "DataServiceDataset",
  "DataServiceDatasetV2",
  "DataServiceDatasetV3",
  "DataServiceDatasetV4",
  "RegisterDataset",
  "RegisterDatasetV2",
  "DebugIdentity",
  "DebugIdentityV2",
  "DebugIdentityV3",
  "DebugNanCount",
  "DebugNumericSummary",
  "DebugNumericSummaryV2",
  // ModelAudit's list names these; they do not exist in stock TensorFlow but a custom build might.
  "ShellExecute",
  "ExecuteOp",
  "SystemConfig"
]);
var ASSET_READ_OPS = /* @__PURE__ */ new Set(["InitializeTableFromTextFile", "InitializeTableFromTextFileV2"]);
var CACHE_OPS = /* @__PURE__ */ new Set(["CacheDataset", "CacheDatasetV2"]);
var CHECKPOINT_OPS = /* @__PURE__ */ new Set([
  "Save",
  "SaveV2",
  "SaveSlices",
  "Restore",
  "RestoreV2",
  "RestoreSlice",
  "MergeV2Checkpoints"
]);

// src/formats/tensorflow/analyze.ts
var MAX_STR = 4096;
function stringsOf(node, key) {
  const list = node.strings[key] ?? [];
  node.strings[key] = list;
  return list;
}
var onlyLen = (fn) => (g) => g.wire === WIRE.len ? fn(g) : void 0;
var TfWalk = class {
  cur;
  s;
  constructor(cur, s) {
    this.cur = cur;
    this.s = s;
  }
  sub(f, depth, fn) {
    return this.cur.sub(f, depth, onlyLen(fn));
  }
  str(f, cap = MAX_STR) {
    return this.cur.string(f, cap);
  }
  /** NameAttrList: name = 1, attr = 2 (map<string, AttrValue>). */
  nameAttrList(f, depth, node) {
    return this.sub(f, depth, async (g) => {
      if (g.field === 1) node.funcs.push(await this.str(g));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (e) => e.field === 2 ? this.attrValue(e, depth + 2, node, "") : 0);
    });
  }
  /** AttrValue: list = 1, s = 2, tensor = 8, func = 10. */
  attrValue(f, depth, node, key) {
    return this.sub(f, depth, async (v) => {
      if (v.field === 2 && key) stringsOf(node, key).push(await this.str(v, 1024));
      else if (v.field === 10) await this.nameAttrList(v, depth + 1, node);
      else if (v.field === 8 && node.op === "Const") await this.constTensor(v, depth + 1, node);
      else if (v.field === 1) {
        await this.sub(v, depth + 1, async (l) => {
          if (l.field === 2 && key) {
            const list = stringsOf(node, key);
            if (list.length < 16) list.push(await this.str(l, 1024));
          } else if (l.field === 9) await this.nameAttrList(l, depth + 2, node);
        });
      }
    });
  }
  /** TensorProto string_val = 8 (tensor_content = 4 is skipped unread). */
  constTensor(f, depth, node) {
    return this.sub(f, depth, async (t) => {
      if (t.field === 8 && node.constString === void 0) node.constString = await this.str(t, 1024);
    });
  }
  /** NodeDef: name = 1, op = 2, input = 3, attr = 5. */
  async nodeDef(f, depth, scope) {
    const node = { scope, name: "", op: "", inputs: [], funcs: [], strings: {} };
    const attrs = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) node.name = await this.str(g);
      else if (g.field === 2) node.op = await this.str(g);
      else if (g.field === 3 && node.inputs.length < 64) node.inputs.push(await this.str(g));
      else if (g.field === 5) attrs.push(g);
    });
    for (const a of attrs) {
      let key = "";
      const values = [];
      await this.sub(a, depth + 1, async (e) => {
        if (e.field === 1) key = await this.str(e);
        else if (e.field === 2) values.push(e);
      });
      for (const v of values) await this.attrValue(v, depth + 2, node, key);
    }
    return node;
  }
  /** FunctionDef: signature = 1 (OpDef name = 1), node_def = 3. */
  async functionDef(f, depth) {
    let name = "";
    const defs = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) {
        await this.sub(g, depth + 1, async (o) => {
          if (o.field === 1) name = await this.str(o);
        });
      } else if (g.field === 3) defs.push(g);
    });
    const nodes = [];
    for (const d of defs) nodes.push(await this.nodeDef(d, depth + 1, name));
    this.s.functions.set(name, [...this.s.functions.get(name) ?? [], ...nodes]);
  }
  /** GraphDef: node = 1, library = 2 (FunctionDefLibrary: function = 1); the whole input when no `f`. */
  graph(f, depth, mg, scope) {
    const visit = async (g) => {
      if (g.field === 1) mg.nodes.push(await this.nodeDef(g, depth + 1, scope));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (l) => l.field === 1 ? this.functionDef(l, depth + 2) : 0);
    };
    return f ? this.sub(f, depth, visit) : walkMessage(this.cur, 0, this.cur.size, onlyLen(visit));
  }
  /** SavedObjectGraph: nodes = 1 → SavedObject user_object = 4 → SavedUserObject metadata = 3. */
  objectGraph(f, depth, mg) {
    return this.sub(
      f,
      depth,
      (n) => n.field === 1 ? this.sub(
        n,
        depth + 1,
        (o) => o.field === 4 ? this.sub(o, depth + 2, async (u) => {
          if (u.field === 3) mg.kerasMetadata.push(await this.str(u, 16 * 1024 * 1024));
        }) : 0
      ) : 0
    );
  }
  /** SaverDef: filename_tensor_name = 1, save_tensor_name = 2, restore_op_name = 3. */
  async saverDef(f, mg) {
    const saver = {};
    await this.sub(f, 2, async (d) => {
      if (d.field === 1) saver.filename = await this.str(d);
      else if (d.field === 2) saver.save = await this.str(d);
      else if (d.field === 3) saver.restore = await this.str(d);
    });
    mg.saver = { ...mg.saver, ...saver };
  }
  /** MetaGraphDef: graph_def = 2, saver_def = 3, asset_file_def = 6, object_graph_def = 7. */
  async metaGraph(f) {
    const mg = {
      scope: `meta graph ${this.s.metaGraphs.length}`,
      nodes: [],
      kerasMetadata: [],
      assets: []
    };
    this.s.metaGraphs.push(mg);
    await this.sub(f, 1, async (m) => {
      if (m.field === 2) await this.graph(m, 2, mg, mg.scope);
      else if (m.field === 3) await this.saverDef(m, mg);
      else if (m.field === 7) await this.objectGraph(m, 2, mg);
      else if (m.field === 6) {
        await this.sub(m, 2, async (a) => {
          if (a.field === 2) mg.assets.push(await this.str(a));
        });
      }
    });
  }
};
async function walkTensorflow(cur, graphDef, out) {
  const walk = new TfWalk(cur, out ?? { metaGraphs: [], functions: /* @__PURE__ */ new Map() });
  if (graphDef) {
    const mg = { scope: "graph", nodes: [], kerasMetadata: [], assets: [] };
    walk.s.metaGraphs.push(mg);
    await walk.graph(void 0, 0, mg, mg.scope);
    return walk.s;
  }
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 2 && f.wire === WIRE.len) await walk.metaGraph(f);
  });
  return walk.s;
}
var inputNode = (input) => input.replace(/^\^/, "").split(":")[0] ?? "";
function evaluateTensorflow(s) {
  const issues = [];
  const saverFunctions = /* @__PURE__ */ new Set();
  const saverPrefixes = [];
  const calls = (n) => [...n.funcs, ...s.functions.has(n.op) ? [n.op] : []];
  for (const mg of s.metaGraphs) {
    const roots = [mg.saver?.save, mg.saver?.restore].filter((x) => !!x).map(inputNode);
    for (const root of roots) {
      const slash = root.lastIndexOf("/");
      if (slash > 0) saverPrefixes.push({ scope: mg.scope, prefix: root.slice(0, slash + 1) });
      const queue = mg.nodes.filter((n) => n.name === root).flatMap(calls);
      while (queue.length) {
        const fn = queue.pop();
        if (saverFunctions.has(fn)) continue;
        saverFunctions.add(fn);
        for (const n of s.functions.get(fn) ?? []) queue.push(...calls(n));
      }
    }
  }
  const inSaverScope = (n) => saverPrefixes.some((p) => p.scope === n.scope && n.name.startsWith(p.prefix));
  const all = [...s.metaGraphs.flatMap((m) => m.nodes), ...[...s.functions.values()].flat()];
  const byScope = /* @__PURE__ */ new Map();
  for (const n of all) {
    const m = byScope.get(n.scope) ?? /* @__PURE__ */ new Map();
    byScope.set(n.scope, m);
    m.set(n.name, n);
  }
  const constInput = (n, i) => {
    const ref = n.inputs[i];
    const src = ref === void 0 ? void 0 : byScope.get(n.scope)?.get(inputNode(ref));
    return src?.op === "Const" ? src.constString : void 0;
  };
  for (const n of all) {
    if (PY_FUNC_OPS.has(n.op)) {
      const token = n.strings.token?.[0];
      issues.push({ rule: TF_PY_FUNC, node: n, detail: token ? `token "${token}"` : void 0 });
    } else if (IO_OPS.has(n.op)) {
      const path = constInput(n, 0);
      const urls = n.strings.debug_urls?.join(", ");
      issues.push({
        rule: TF_IO_OP,
        node: n,
        detail: path !== void 0 ? `constant path "${path}"` : urls ? `urls ${urls}` : void 0
      });
    } else if (ASSET_READ_OPS.has(n.op)) {
      const path = constInput(n, 1);
      issues.push({
        rule: TF_ASSET_READ,
        node: n,
        detail: path !== void 0 ? `constant path "${path}"` : void 0
      });
    } else if (CACHE_OPS.has(n.op)) {
      const path = constInput(n, 1);
      if (path !== "") {
        issues.push({
          rule: TF_IO_OP,
          node: n,
          detail: path === void 0 ? "cache file name computed at run time" : `cache file "${path}"`
        });
      }
    } else if (n.op === "PrintV2") {
      const stream = n.strings.output_stream?.[0] ?? "";
      if (stream.startsWith("file://"))
        issues.push({ rule: TF_IO_OP, node: n, detail: `writes to ${stream}` });
    } else if (CHECKPOINT_OPS.has(n.op)) {
      const inSaver = saverFunctions.has(n.scope) || inSaverScope(n);
      const path = constInput(n, 0);
      if (!inSaver) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: path !== void 0 ? `constant prefix "${path}"` : "outside the saver"
        });
      } else if (path !== void 0) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: `constant prefix "${path}" inside the saver`
        });
      }
    }
  }
  return issues;
}
async function reportSummary(ctx, summary, lineOf) {
  const where = label(ctx.source);
  const seen = /* @__PURE__ */ new Set();
  for (const issue of evaluateTensorflow(summary)) {
    const n = issue.node;
    const key = `${issue.rule.id}\0${n.scope}\0${n.name}\0${n.op}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = lineOf?.(n);
    ctx.report(
      finding(issue.rule, {
        message: `${where}: ${n.op} op "${n.name}" in ${summary.metaGraphs.some((m) => m.scope === n.scope) ? n.scope : `function ${n.scope}`}${issue.detail ? ` (${issue.detail})` : ""}`,
        line: line || void 0,
        evidence: {
          op: n.op,
          node: n.name,
          scope: n.scope,
          detail: issue.detail || void 0
        }
      })
    );
  }
  for (const mg of summary.metaGraphs) {
    for (const asset of mg.assets) {
      const why = lexicalEscape(asset);
      if (why) {
        ctx.report(
          finding(TF_ASSET_ESCAPE, {
            message: `${where}: asset file "${asset}" ${why}`,
            evidence: { asset, scope: mg.scope }
          })
        );
      }
    }
    for (const json of mg.kerasMetadata) await checkKerasJsonText(ctx, json, "SavedUserObject metadata");
  }
}
async function analyzeTensorflow(ctx) {
  const cur = new ProtoCursor(ctx.source);
  const summary = { metaGraphs: [], functions: /* @__PURE__ */ new Map() };
  await walkOrReport(ctx, TF_MALFORMED, () => walkTensorflow(cur, ctx.kind === GRAPHDEF_KIND, summary));
  await reportSummary(ctx, summary);
}
async function analyzeKerasMetadata(ctx) {
  const cur = new ProtoCursor(ctx.source);
  const nodes = [];
  await walkOrReport(
    ctx,
    TF_MALFORMED,
    () => walkMessage(cur, 0, cur.size, async (f) => {
      if (f.field !== 1 || f.wire !== WIRE.len) return;
      const node = { path: "", json: "" };
      await cur.sub(f, 1, async (g) => {
        if (g.wire !== WIRE.len) return;
        if (g.field === 3) node.path = await cur.string(g);
        else if (g.field === 5) node.json = await cur.string(g, 16 * 1024 * 1024);
      });
      nodes.push(node);
    })
  );
  const seen = /* @__PURE__ */ new Set();
  for (const n of nodes) {
    if (n.json) await checkKerasJsonText(ctx, n.json, `keras_metadata ${n.path || "node"}`, seen);
  }
}
function textGraphOps(text) {
  const toks = tokenizeText(text);
  const out = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "identifier" || t.text !== "op" || toks[i + 1].text !== ":") continue;
    let bytes = "";
    let j = i + 2;
    while (toks[j]?.kind === "string") bytes += unescapeText(toks[j++].text);
    if (j > i + 2) out.push({ op: Buffer.from(bytes, "latin1").toString("utf8"), line: t.line });
  }
  return out;
}
var MAX_TEXT_GRAPH = 64 * 1024 * 1024;
async function analyzeTensorflowText(ctx) {
  const where = label(ctx.source);
  if (ctx.source.size > MAX_TEXT_GRAPH) {
    ctx.report(
      finding(TF_MALFORMED, {
        message: `${where}: ${ctx.source.size} bytes, over the ${MAX_TEXT_GRAPH} byte limit for text graphs; not vetted`
      })
    );
    return;
  }
  const text = (await readAll(ctx.source, MAX_TEXT_GRAPH)).toString("latin1");
  let parsed;
  try {
    parsed = parseTextFormat(text);
  } catch (err) {
    if (!(err instanceof TextFormatError)) throw err;
    ctx.report(
      finding(TF_MALFORMED, {
        message: `${where}: text format error at line ${err.line}: ${err.message}`,
        line: err.line
      })
    );
    reportTextOpsFallback(ctx, text);
    return;
  }
  const lines = /* @__PURE__ */ new Map();
  const summary = textSummary(parsed, lines);
  if (summary) await reportSummary(ctx, summary, (n) => lines.get(n));
}
function reportTextOpsFallback(ctx, text) {
  let ops;
  try {
    ops = textGraphOps(text);
  } catch {
    return;
  }
  const where = label(ctx.source);
  const seen = /* @__PURE__ */ new Set();
  const checkpoint = [];
  let checkpointLine = 0;
  for (const { op, line } of ops) {
    if (seen.has(op)) continue;
    seen.add(op);
    if (CHECKPOINT_OPS.has(op)) {
      checkpoint.push(op);
      checkpointLine ||= line;
      continue;
    }
    const rule = PY_FUNC_OPS.has(op) ? TF_PY_FUNC : IO_OPS.has(op) ? TF_IO_OP : void 0;
    if (rule)
      ctx.report(
        finding(rule, { message: `${where}: ${op} op in a text-format graph`, line, evidence: { op } })
      );
  }
  if (checkpoint.length) {
    ctx.report(
      finding(TF_TEXT_CHECKPOINT_OP, {
        message: `${where}: checkpoint ops ${checkpoint.join(", ")} in a text-format graph`,
        line: checkpointLine,
        evidence: { ops: checkpoint }
      })
    );
  }
}
var str = (m, name) => scalarText(fieldsNamed(m, name).at(-1)) ?? "";
var msgs = (m, name) => fieldsNamed(m, name).filter(isMessage);
function textAttrValue(v, node, key) {
  for (const s of fieldsNamed(v, "s")) if (key) stringsOf(node, key).push(scalarText(s) ?? "");
  for (const f of msgs(v, "func")) textNameAttrList(f, node);
  for (const l of msgs(v, "list")) {
    for (const s of fieldsNamed(l, "s"))
      if (key && stringsOf(node, key).length < 16) stringsOf(node, key).push(scalarText(s) ?? "");
    for (const f of msgs(l, "func")) textNameAttrList(f, node);
  }
  if (node.op === "Const") {
    for (const t of msgs(v, "tensor")) {
      const sv = fieldsNamed(t, "string_val")[0];
      if (sv && node.constString === void 0) node.constString = scalarText(sv);
    }
  }
}
function textNameAttrList(m, node) {
  const name = str(m, "name");
  if (name) node.funcs.push(name);
  for (const e of msgs(m, "attr")) for (const v of msgs(e, "value")) textAttrValue(v, node, "");
}
function textNode(m, scope, lines, line) {
  const node = { scope, name: str(m, "name"), op: str(m, "op"), inputs: [], funcs: [], strings: {} };
  node.inputs = fieldsNamed(m, "input").slice(0, 64).map((i) => scalarText(i) ?? "");
  for (const a of msgs(m, "attr")) {
    const key = str(a, "key");
    for (const v of msgs(a, "value")) textAttrValue(v, node, key);
  }
  lines.set(node, line);
  return node;
}
function textGraph(g, mg, s, lines) {
  for (const f of g.fields) {
    if (f.name === "node" && isMessage(f.value)) mg.nodes.push(textNode(f.value, mg.scope, lines, f.line));
  }
  for (const lib of msgs(g, "library")) {
    for (const fn of msgs(lib, "function")) {
      const name = msgs(fn, "signature").map((sig) => str(sig, "name")).at(-1) ?? "";
      const nodes = fn.fields.filter((f) => f.name === "node_def" && isMessage(f.value)).map((f) => textNode(f.value, name, lines, f.line));
      s.functions.set(name, [...s.functions.get(name) ?? [], ...nodes]);
    }
  }
}
function textMetaGraph(m, s, lines) {
  const mg = {
    scope: `meta graph ${s.metaGraphs.length}`,
    nodes: [],
    kerasMetadata: [],
    assets: []
  };
  s.metaGraphs.push(mg);
  for (const g of msgs(m, "graph_def")) textGraph(g, mg, s, lines);
  for (const d of msgs(m, "saver_def")) {
    const saver = {};
    if (fieldsNamed(d, "filename_tensor_name").length) saver.filename = str(d, "filename_tensor_name");
    if (fieldsNamed(d, "save_tensor_name").length) saver.save = str(d, "save_tensor_name");
    if (fieldsNamed(d, "restore_op_name").length) saver.restore = str(d, "restore_op_name");
    mg.saver = { ...mg.saver, ...saver };
  }
  for (const a of msgs(m, "asset_file_def"))
    if (fieldsNamed(a, "filename").length) mg.assets.push(str(a, "filename"));
  for (const og of msgs(m, "object_graph_def"))
    for (const n of msgs(og, "nodes"))
      for (const u of msgs(n, "user_object"))
        if (fieldsNamed(u, "metadata").length) mg.kerasMetadata.push(str(u, "metadata"));
}
function textSummary(m, lines = /* @__PURE__ */ new Map()) {
  const s = { metaGraphs: [], functions: /* @__PURE__ */ new Map() };
  const names = new Set(m.fields.map((f) => f.name));
  if (names.has("meta_graphs")) for (const mg of msgs(m, "meta_graphs")) textMetaGraph(mg, s, lines);
  else if (names.has("graph_def") || names.has("meta_info_def")) textMetaGraph(m, s, lines);
  else if (names.has("node") || names.has("library")) {
    const mg = { scope: "graph", nodes: [], kerasMetadata: [], assets: [] };
    s.metaGraphs.push(mg);
    textGraph(m, mg, s, lines);
  } else return void 0;
  return s;
}

export { analyzeKerasMetadata, analyzeTensorflow, analyzeTensorflowText, evaluateTensorflow, inputNode, textGraphOps, textSummary, walkTensorflow };
