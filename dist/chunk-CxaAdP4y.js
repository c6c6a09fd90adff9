import { P as ProtoCursor, b as walkOrReport, w as walkMessage } from './chunk-D3uKJqjV.js';
import { bm as ONNX_PYTHON_OP, bn as ONNX_CUSTOM_DOMAIN, bo as ONNX_EXTERNAL_DATA_BAD, bp as ONNX_EXTERNAL_DATA_ESCAPE, bq as ONNX_EXTERNAL_DATA_MISSING, bj as WIRE, br as ONNX_MALFORMED } from './chunk-B-6LZOx6.js';
import { l as label, f as finding, m as fsDecode, ac as lexicalEscape } from './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { resolve, dirname, relative, sep, isAbsolute, join } = __mvBuiltin("node:path");
const { realpath } = __mvBuiltin("node:fs/promises");

var STANDARD_DOMAINS = /* @__PURE__ */ new Set([
  "",
  "ai.onnx",
  "ai.onnx.ml",
  "ai.onnx.training",
  "ai.onnx.preview.training",
  "com.microsoft",
  "com.microsoft.nchwc",
  "com.microsoft.experimental",
  "com.ms.internal.nhwc",
  "com.microsoft.dml"
]);
var PYTHON_OPS = {
  "com.microsoft": /* @__PURE__ */ new Set(["PythonOp", "PythonOpGrad"]),
  "ai.onnx.contrib": /* @__PURE__ */ new Set(["PyOp", "PyCustomOp"])
};
var MAX_NAME = 4096;
var OnnxWalk = class {
  cur;
  s;
  constructor(cur, s) {
    this.cur = cur;
    this.s = s;
  }
  str(f, cap = MAX_NAME) {
    return this.cur.string(f, cap);
  }
  sub(f, depth, fn) {
    return this.cur.sub(f, depth, fn);
  }
  /** TensorProto: name = 8, external_data = 13 (StringStringEntryProto key = 1, value = 2). */
  async tensor(t, depth, context) {
    let name = "";
    const entries = [];
    await this.sub(t, depth, async (f) => {
      if (f.field === 8) name = await this.str(f);
      else if (f.field === 13) {
        let key = "";
        let value = "";
        await this.sub(f, depth + 1, async (e) => {
          if (e.field === 1) key = await this.str(e);
          else if (e.field === 2) value = await this.cur.string(e, 64 * 1024);
        });
        entries.push({ key, value });
      }
    });
    if (entries.length === 0) return;
    const problems = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (seen.has(e.key)) problems.push(`key "${e.key}" appears twice`);
      seen.add(e.key);
    }
    const locations = entries.filter((e) => e.key === "location").map((e) => e.value);
    if (!locations.length) problems.push('no "location" key');
    this.s.externals.push({ tensor: name || context, locations, problems, offset: t.offset });
  }
  /** SparseTensorProto: values = 1, indices = 2. */
  sparse(t, depth, ctx) {
    return this.sub(
      t,
      depth,
      (f) => f.field === 1 || f.field === 2 ? this.tensor(f, depth + 1, ctx) : void 0
    );
  }
  /** GraphProto: node = 1, initializer = 5, sparse_initializer = 15. */
  graph(g, depth) {
    this.s.graphs++;
    return this.sub(g, depth, (f) => {
      if (f.field === 1) return this.node(f, depth + 1);
      if (f.field === 5) return this.tensor(f, depth + 1, "initializer");
      if (f.field === 15) return this.sparse(f, depth + 1, "sparse initializer");
      return void 0;
    });
  }
  /** AttributeProto: t = 5, g = 6, tensors = 10, graphs = 11, sparse_tensor = 22, sparse_tensors = 23. */
  attribute(a, depth, ctx) {
    return this.sub(a, depth, (f) => {
      if (f.field === 5 || f.field === 10) return this.tensor(f, depth + 1, `attribute of ${ctx}`);
      if (f.field === 6 || f.field === 11) return this.graph(f, depth + 1);
      if (f.field === 22 || f.field === 23) return this.sparse(f, depth + 1, `attribute of ${ctx}`);
      return void 0;
    });
  }
  /** NodeProto: name = 3, op_type = 4, attribute = 5, domain = 7. */
  async node(n, depth) {
    this.s.nodes++;
    let op = "";
    let domain = "";
    let name = "";
    await this.sub(n, depth, async (f) => {
      if (f.field === 3) name = await this.str(f);
      else if (f.field === 4) op = await this.str(f);
      else if (f.field === 7) domain = await this.str(f);
      else if (f.field === 5) await this.attribute(f, depth + 1, name || op || "node");
    });
    const d = domain === "ai.onnx" ? "" : domain;
    const set = this.s.ops.get(d) ?? /* @__PURE__ */ new Set();
    this.s.ops.set(d, set);
    set.add(op);
  }
  /** FunctionProto: name = 1, node = 7, domain = 10. */
  async fn(fp, depth) {
    let name = "";
    let domain = "";
    await this.sub(fp, depth, async (f) => {
      if (f.field === 1) name = await this.str(f);
      else if (f.field === 10) domain = await this.str(f);
      else if (f.field === 7) await this.node(f, depth + 1);
    });
    this.s.functions.add(`${domain}:${name}`);
  }
};
async function walkOnnx(cur, partial) {
  const walk = new OnnxWalk(
    cur,
    partial ?? { ops: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Set(), externals: [], graphs: 0, nodes: 0 }
  );
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 1 && f.wire === WIRE.varint) walk.s.irVersion = Number(BigInt.asIntN(64, f.value));
    else if (f.field === 7) await walk.graph(f, 1);
    else if (f.field === 25) await walk.fn(f, 1);
    else if (f.field === 20)
      await walk.sub(f, 1, (t) => t.field === 1 || t.field === 2 ? walk.graph(t, 2) : void 0);
  });
  return walk.s;
}
function invalidLocation(location) {
  if (location.length === 0) return "is empty";
  if (location.includes("\0")) return "contains a NUL byte";
  if (location.length > 1024) return "is longer than 1024 characters";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return "is a URL";
  return void 0;
}
var inside = (dir, path) => {
  const rel = relative(dir, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};
async function inHfCacheBlobs(modelDir, real) {
  const m = /^(.*[\\/](?:models|datasets|spaces)--[^\\/]+)[\\/]snapshots[\\/][^\\/]+(?:[\\/].*)?$/.exec(
    modelDir
  );
  if (!m) return false;
  const blobs = await realpath(join(m[1], "blobs")).catch(() => void 0);
  return blobs !== void 0 && inside(blobs, real) && dirname(real) === blobs;
}
function reportOps(ctx, summary, where) {
  const custom = {};
  for (const [domain, ops] of summary.ops) {
    const py = [...ops].filter((op) => PYTHON_OPS[domain]?.has(op));
    if (py.length) {
      ctx.report(
        finding(ONNX_PYTHON_OP, {
          message: `${where}: nodes run Python callables (${domain}: ${py.join(", ")})`,
          evidence: { domain, ops: py }
        })
      );
    }
    if (STANDARD_DOMAINS.has(domain)) continue;
    const unresolved = [...ops].filter((op) => !summary.functions.has(`${domain}:${op}`)).sort();
    if (unresolved.length) custom[domain] = unresolved;
  }
  const domains = Object.keys(custom).sort();
  if (domains.length) {
    ctx.report(
      finding(ONNX_CUSTOM_DOMAIN, {
        message: `${where}: operators from custom domains: ${domains.map((d) => `${d} (${custom[d].slice(0, 10).join(", ")})`).join("; ")}`,
        evidence: { domains: custom }
      })
    );
  }
}
async function checkExternals(ctx, summary, where) {
  const onDisk = ctx.depth === 0 && ctx.source.member.length === 0;
  const fsPath = ctx.source.fsPath;
  const modelDir = resolve(
    dirname(fsPath === void 0 ? ctx.source.path : typeof fsPath === "string" ? fsPath : fsDecode(fsPath))
  );
  let realDir;
  if (onDisk) realDir = await realpath(modelDir).catch(() => void 0);
  const x = { ctx, where, onDisk, modelDir, realDir, checked: /* @__PURE__ */ new Map() };
  for (const ext of summary.externals) {
    const problems = [...ext.problems];
    for (const loc of ext.locations) {
      const bad = invalidLocation(loc);
      if (bad) problems.push(`location ${JSON.stringify(loc.slice(0, 200))} ${bad}`);
    }
    if (problems.length) {
      ctx.report(
        finding(ONNX_EXTERNAL_DATA_BAD, {
          message: `${where}: tensor "${ext.tensor}" external_data ${problems.join("; ")}`,
          offset: ext.offset,
          evidence: { tensor: ext.tensor, locations: ext.locations, problems }
        })
      );
    }
    for (const loc of ext.locations) await checkLocation(x, ext, loc);
  }
}
async function checkLocation(x, ext, loc) {
  const { ctx, where } = x;
  if (loc.length === 0 || loc.includes("\0")) return;
  const lexical = lexicalEscape(loc);
  if (lexical) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext.tensor}" external data location "${loc}" ${lexical}`,
        offset: ext.offset,
        evidence: { tensor: ext.tensor, location: loc }
      })
    );
    return;
  }
  if (!x.onDisk || !x.realDir || x.checked.has(loc)) return;
  const target = resolve(x.modelDir, loc);
  const real = await realpath(target).catch(() => void 0);
  if (real === void 0) {
    x.checked.set(loc, false);
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_MISSING, {
        message: `${where}: external data file "${loc}" (tensor "${ext.tensor}") is not present`,
        evidence: { tensor: ext.tensor, location: loc }
      })
    );
    return;
  }
  x.checked.set(loc, true);
  if (!inside(x.realDir, real) && !await inHfCacheBlobs(x.modelDir, real)) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext.tensor}" external data "${loc}" resolves to ${real}, outside the model folder`,
        offset: ext.offset,
        evidence: { tensor: ext.tensor, location: loc, resolved: real }
      })
    );
  }
}
async function analyzeOnnx(ctx) {
  const cur = new ProtoCursor(ctx.source);
  const summary = { ops: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Set(), externals: [], graphs: 0, nodes: 0 };
  await walkOrReport(ctx, ONNX_MALFORMED, () => walkOnnx(cur, summary));
  const where = label(ctx.source);
  reportOps(ctx, summary, where);
  await checkExternals(ctx, summary, where);
}

export { analyzeOnnx, walkOnnx };
