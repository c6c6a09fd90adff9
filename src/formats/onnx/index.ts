/**
 * ONNX models (ModelProto): external-data escapes, custom operator domains, Python-running ops.
 *
 * ONNX has no magic number: a structural sniffer recognises a ModelProto by its protobuf shape
 * (ir_version first, only ModelProto field numbers, a graph or opset import) with the `.onnx`
 * extension as a hint. The walk (../protobuf.ts) descends into graphs, nodes, attributes (the
 * nested graphs of If/Loop/Scan and any other graph-valued attribute), local functions and training
 * graphs, and reads tensor *metadata* only: `raw_data` and the typed data arrays are skipped by
 * offset, so a multi-GB model costs a walk over its structure, not its weights.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AnalyzerContext, FileAnalyzer } from '../../core/analyzer.ts';
import { defineRule, finding } from '../../core/finding.ts';
import type { Sniffer } from '../../core/sniff.ts';
import { fsDecode, lexicalEscape } from '../../core/paths.ts';
import { label } from '../../core/source.ts';
import { headFields, ProtoCursor, type ProtoField, WIRE, walkMessage, walkOrReport } from '../protobuf.ts';

export const ONNX_KIND = 'onnx';

export const ONNX_EXTERNAL_DATA_ESCAPE = defineRule({
  id: 'onnx/external-data-escape',
  severity: 'critical',
  title: 'ONNX external data location leaves the model folder',
  tags: ['onnx', 'path-traversal', 'CVE-2022-25882', 'CVE-2024-27318', 'CVE-2025-51480'],
  explain: `A tensor stores its data outside the .onnx file and names the file in
external_data "location". The location is absolute, contains "..", or resolves (through symlinks)
outside the folder that holds the model. onnx and onnxruntime open that path when the model is
loaded: a crafted model reads arbitrary files (keys, tokens) into tensors that the model can echo
back, and onnx's save path can write to them (CVE-2022-25882, CVE-2024-27318, CVE-2025-51480).
Real models keep external data in a file beside the model with a plain relative name.

Fix: do not load the model. Re-export it with onnx.save_model(..., save_as_external_data=True,
location="weights.bin") so the data sits beside the model.`,
});

export const ONNX_EXTERNAL_DATA_MISSING = defineRule({
  id: 'onnx/external-data-missing',
  severity: 'medium',
  title: 'ONNX external data file missing',
  tags: ['onnx'],
  explain: `A tensor names an external data file (external_data "location") that is not present
beside the model. The model cannot load as shipped, and the weights it would load were not vetted.
Fix: download the complete model folder, or re-export the model with its data embedded.`,
});

export const ONNX_EXTERNAL_DATA_BAD = defineRule({
  id: 'onnx/external-data-invalid',
  severity: 'high',
  title: 'ONNX external data entry that loaders interpret unpredictably',
  tags: ['onnx', 'fail-closed'],
  explain: `A tensor's external_data has no location, an empty or over-long one, a NUL byte, a
URL scheme, or a duplicated key. Loaders differ in how they read such entries (which duplicate wins,
where a string is cut), which is how sanitisers are bypassed. Fix: re-export the model.`,
});

export const ONNX_CUSTOM_DOMAIN = defineRule({
  id: 'onnx/custom-op-domain',
  severity: 'medium',
  title: 'ONNX operators from a custom domain',
  tags: ['onnx', 'custom-op'],
  explain: `Nodes use operators from a domain that is not part of the ONNX standard (ai.onnx,
ai.onnx.ml, training) or onnxruntime's built-in contrib domains, and no local function of the model
defines them. Running the model needs a custom-op library registered by the user (native code or
Python, e.g. onnxruntime-extensions' ai.onnx.contrib PyOps); whatever provides it runs with the
user's rights. The finding names each domain and its operators.

Fix: check where the custom-op library comes from before registering it; allow the domain for this
path in a policy if it is expected.`,
});

export const ONNX_PYTHON_OP = defineRule({
  id: 'onnx/python-op',
  severity: 'high',
  title: 'ONNX node that calls back into Python',
  tags: ['onnx', 'code-execution'],
  explain: `A node uses an operator that runs Python code supplied at runtime: onnxruntime's
com.microsoft PythonOp/PythonOpGrad (ORTModule autograd functions, identified by name) or a Python
custom op in the onnxruntime-extensions domain. The model executes whatever Python callable the
node names when it runs. Fix: do not run the model outside the training setup that produced it.`,
});

export const ONNX_MALFORMED = defineRule({
  id: 'onnx/malformed',
  severity: 'high',
  title: 'ONNX model could not be parsed',
  tags: ['onnx', 'fail-closed'],
  explain: `The file looks like an ONNX model but its protobuf structure is broken (a length past
the end of its message, an invalid field, nesting deeper than protobuf allows). What comes after
the error was not vetted, so the model is not passed. Fix: re-download or re-export the model.`,
});

/** Operator domains that need no user-registered library. */
const STANDARD_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.ms.internal.nhwc',
  'com.microsoft.dml',
]);

/** Ops that run a Python callable named in the model. */
const PYTHON_OPS: Record<string, ReadonlySet<string>> = {
  'com.microsoft': new Set(['PythonOp', 'PythonOpGrad']),
  'ai.onnx.contrib': new Set(['PyOp', 'PyCustomOp']),
};

/** ModelProto fields and their wire types (for the sniffer). */
const MODEL_FIELDS: Record<number, number> = {
  1: WIRE.varint,
  2: WIRE.len,
  3: WIRE.len,
  4: WIRE.len,
  5: WIRE.varint,
  6: WIRE.len,
  7: WIRE.len,
  8: WIRE.len,
  14: WIRE.len,
  20: WIRE.len,
  25: WIRE.len,
};

/** First-byte tags of GraphProto fields (node, name, initializer, doc, input, output, ...). */
const GRAPH_TAGS = new Set([1, 2, 5, 10, 11, 12, 13, 14, 15].map((f) => (f << 3) | WIRE.len));

/** True when `head` parses as the start of a ModelProto. Exported for tests. */
export function looksLikeOnnx(head: Buffer, size: number, name: string): boolean {
  const hint = name.endsWith('.onnx');
  const fields = headFields(head, size, 64, hint);
  if (!fields || fields.length === 0) return false;
  for (const f of fields) if (MODEL_FIELDS[f.field] !== f.wire) return false;
  const ir = fields.find((f) => f.field === 1);
  if (ir && (ir.value < 1n || ir.value > 100n)) return false;
  // Without ir_version in the head (fields reordered, or a huge graph first) the graph must look
  // like a GraphProto: its first tag is one of GraphProto's message/string fields.
  const graph = fields.find((f) => f.field === 7);
  const graphLike = graph !== undefined && GRAPH_TAGS.has(head[graph.start] ?? -1);
  if (!ir && !hint && !graphLike) return false;
  // A graph or an opset import: a bare ir_version + strings is too little to call it a model.
  const model = fields.some((f) => f.field === 7 || f.field === 8);
  return model || (hint && fields.length >= 2);
}

export const ONNX_SNIFFER: Sniffer = {
  kind: ONNX_KIND,
  // Above the structural pickle sniffer (50): a ModelProto's 0x08 first byte is no pickle opcode,
  // but the order should not depend on import order.
  priority: 51,
  match: ({ head, size, name }) => looksLikeOnnx(head, size, name),
};

export interface ExternalRef {
  tensor: string;
  /** Every "location" value (more than one is itself a problem). */
  locations: string[];
  /** Problems with the entry itself (duplicate keys, no location). */
  problems: string[];
  offset: number;
}

export interface OnnxSummary {
  irVersion?: number;
  /** domain → op types used by nodes (main graph, nested graphs, functions). */
  ops: Map<string, Set<string>>;
  /** Local functions "domain:name" (calls to them are not custom ops). */
  functions: Set<string>;
  externals: ExternalRef[];
  /** Graphs walked (1 = main graph only). */
  graphs: number;
  nodes: number;
}

const MAX_NAME = 4096;

/** The message readers of one walk, one per ONNX message type, collecting into `s`. */
class OnnxWalk {
  readonly cur: ProtoCursor;
  readonly s: OnnxSummary;

  constructor(cur: ProtoCursor, s: OnnxSummary) {
    this.cur = cur;
    this.s = s;
  }

  str(f: ProtoField, cap = MAX_NAME) {
    return this.cur.string(f, cap);
  }

  sub(f: ProtoField, depth: number, fn: (g: ProtoField) => unknown) {
    return this.cur.sub(f, depth, fn);
  }

  /** TensorProto: name = 8, external_data = 13 (StringStringEntryProto key = 1, value = 2). */
  async tensor(t: ProtoField, depth: number, context: string) {
    let name = '';
    const entries: { key: string; value: string }[] = [];
    await this.sub(t, depth, async (f) => {
      if (f.field === 8) name = await this.str(f);
      else if (f.field === 13) {
        let key = '';
        let value = '';
        await this.sub(f, depth + 1, async (e) => {
          if (e.field === 1) key = await this.str(e);
          else if (e.field === 2) value = await this.cur.string(e, 64 * 1024);
        });
        entries.push({ key, value });
      }
      // raw_data (9) and the typed arrays are skipped without reading them.
    });
    if (entries.length === 0) return;
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.key)) problems.push(`key "${e.key}" appears twice`);
      seen.add(e.key);
    }
    const locations = entries.filter((e) => e.key === 'location').map((e) => e.value);
    if (!locations.length) problems.push('no "location" key');
    this.s.externals.push({ tensor: name || context, locations, problems, offset: t.offset });
  }

  /** SparseTensorProto: values = 1, indices = 2. */
  sparse(t: ProtoField, depth: number, ctx: string) {
    return this.sub(t, depth, (f) =>
      f.field === 1 || f.field === 2 ? this.tensor(f, depth + 1, ctx) : undefined,
    );
  }

  /** GraphProto: node = 1, initializer = 5, sparse_initializer = 15. */
  graph(g: ProtoField, depth: number): Promise<void> {
    this.s.graphs++;
    return this.sub(g, depth, (f) => {
      if (f.field === 1) return this.node(f, depth + 1);
      if (f.field === 5) return this.tensor(f, depth + 1, 'initializer');
      if (f.field === 15) return this.sparse(f, depth + 1, 'sparse initializer');
      return undefined;
    });
  }

  /** AttributeProto: t = 5, g = 6, tensors = 10, graphs = 11, sparse_tensor = 22, sparse_tensors = 23. */
  attribute(a: ProtoField, depth: number, ctx: string) {
    return this.sub(a, depth, (f) => {
      if (f.field === 5 || f.field === 10) return this.tensor(f, depth + 1, `attribute of ${ctx}`);
      if (f.field === 6 || f.field === 11) return this.graph(f, depth + 1);
      if (f.field === 22 || f.field === 23) return this.sparse(f, depth + 1, `attribute of ${ctx}`);
      return undefined;
    });
  }

  /** NodeProto: name = 3, op_type = 4, attribute = 5, domain = 7. */
  async node(n: ProtoField, depth: number) {
    this.s.nodes++;
    let op = '';
    let domain = '';
    let name = '';
    await this.sub(n, depth, async (f) => {
      if (f.field === 3) name = await this.str(f);
      else if (f.field === 4) op = await this.str(f);
      else if (f.field === 7) domain = await this.str(f);
      else if (f.field === 5) await this.attribute(f, depth + 1, name || op || 'node');
    });
    const d = domain === 'ai.onnx' ? '' : domain;
    const set = this.s.ops.get(d) ?? new Set<string>();
    this.s.ops.set(d, set);
    set.add(op);
  }

  /** FunctionProto: name = 1, node = 7, domain = 10. */
  async fn(fp: ProtoField, depth: number) {
    let name = '';
    let domain = '';
    await this.sub(fp, depth, async (f) => {
      if (f.field === 1) name = await this.str(f);
      else if (f.field === 10) domain = await this.str(f);
      else if (f.field === 7) await this.node(f, depth + 1);
    });
    this.s.functions.add(`${domain}:${name}`);
  }
}

/** Walks a ModelProto. Throws ProtoError on broken structure; `partial` holds what was seen. */
export async function walkOnnx(cur: ProtoCursor, partial?: OnnxSummary): Promise<OnnxSummary> {
  const walk = new OnnxWalk(
    cur,
    partial ?? { ops: new Map(), functions: new Set(), externals: [], graphs: 0, nodes: 0 },
  );
  // ModelProto: ir_version = 1, graph = 7, training_info = 20 (initialization = 1, algorithm = 2), functions = 25.
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 1 && f.wire === WIRE.varint) walk.s.irVersion = Number(BigInt.asIntN(64, f.value));
    else if (f.field === 7) await walk.graph(f, 1);
    else if (f.field === 25) await walk.fn(f, 1);
    else if (f.field === 20)
      await walk.sub(f, 1, (t) => (t.field === 1 || t.field === 2 ? walk.graph(t, 2) : undefined));
  });
  return walk.s;
}

function invalidLocation(location: string): string | undefined {
  if (location.length === 0) return 'is empty';
  if (location.includes('\0')) return 'contains a NUL byte';
  if (location.length > 1024) return 'is longer than 1024 characters';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return 'is a URL';
  return undefined;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * A Hugging Face cache snapshot (`models--org--name/snapshots/<rev>/...`) holds symlinks into the
 * repository's `blobs/` folder: external data reached that way is the repository's own file.
 */
async function inHfCacheBlobs(modelDir: string, real: string): Promise<boolean> {
  const m = /^(.*[\\/](?:models|datasets|spaces)--[^\\/]+)[\\/]snapshots[\\/][^\\/]+(?:[\\/].*)?$/.exec(
    modelDir,
  );
  if (!m) return false;
  const blobs = await realpath(join(m[1]!, 'blobs')).catch(() => undefined);
  return blobs !== undefined && inside(blobs, real) && dirname(real) === blobs;
}

/** Custom domains and Python ops. */
function reportOps(ctx: AnalyzerContext, summary: OnnxSummary, where: string) {
  const custom: Record<string, string[]> = {};
  for (const [domain, ops] of summary.ops) {
    const py = [...ops].filter((op) => PYTHON_OPS[domain]?.has(op));
    if (py.length) {
      ctx.report(
        finding(ONNX_PYTHON_OP, {
          message: `${where}: nodes run Python callables (${domain}: ${py.join(', ')})`,
          evidence: { domain, ops: py },
        }),
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
        message: `${where}: operators from custom domains: ${domains
          .map((d) => `${d} (${custom[d]!.slice(0, 10).join(', ')})`)
          .join('; ')}`,
        evidence: { domains: custom },
      }),
    );
  }
}

/** Where external data is looked up: the model's real folder, when it is a file on disk. */
interface ExternalsContext {
  ctx: AnalyzerContext;
  where: string;
  onDisk: boolean;
  modelDir: string;
  realDir: string | undefined;
  /** location → whether it exists (each checked once). */
  checked: Map<string, boolean>;
}

/** External data: each entry's own problems, then each location resolved. */
async function checkExternals(ctx: AnalyzerContext, summary: OnnxSummary, where: string) {
  const onDisk = ctx.depth === 0 && ctx.source.member.length === 0;
  // The real location (the display path may be relative to another folder than ours).
  const fsPath = ctx.source.fsPath;
  const modelDir = resolve(
    dirname(fsPath === undefined ? ctx.source.path : typeof fsPath === 'string' ? fsPath : fsDecode(fsPath)),
  );
  let realDir: string | undefined;
  if (onDisk) realDir = await realpath(modelDir).catch(() => undefined);
  const x: ExternalsContext = { ctx, where, onDisk, modelDir, realDir, checked: new Map() };
  for (const ext of summary.externals) {
    const problems = [...ext.problems];
    for (const loc of ext.locations) {
      const bad = invalidLocation(loc);
      if (bad) problems.push(`location ${JSON.stringify(loc.slice(0, 200))} ${bad}`);
    }
    if (problems.length) {
      ctx.report(
        finding(ONNX_EXTERNAL_DATA_BAD, {
          message: `${where}: tensor "${ext.tensor}" external_data ${problems.join('; ')}`,
          offset: ext.offset,
          evidence: { tensor: ext.tensor, locations: ext.locations, problems },
        }),
      );
    }
    for (const loc of ext.locations) await checkLocation(x, ext, loc);
  }
}

/** One location: lexically inside the folder, present, and (after links) still inside it. */
async function checkLocation(x: ExternalsContext, ext: ExternalRef, loc: string): Promise<void> {
  const { ctx, where } = x;
  if (loc.length === 0 || loc.includes('\0')) return;
  const lexical = lexicalEscape(loc);
  if (lexical) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext.tensor}" external data location "${loc}" ${lexical}`,
        offset: ext.offset,
        evidence: { tensor: ext.tensor, location: loc },
      }),
    );
    return;
  }
  if (!x.onDisk || !x.realDir || x.checked.has(loc)) return;
  const target = resolve(x.modelDir, loc);
  const real = await realpath(target).catch(() => undefined);
  if (real === undefined) {
    x.checked.set(loc, false);
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_MISSING, {
        message: `${where}: external data file "${loc}" (tensor "${ext.tensor}") is not present`,
        evidence: { tensor: ext.tensor, location: loc },
      }),
    );
    return;
  }
  x.checked.set(loc, true);
  if (!inside(x.realDir, real) && !(await inHfCacheBlobs(x.modelDir, real))) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext.tensor}" external data "${loc}" resolves to ${real}, outside the model folder`,
        offset: ext.offset,
        evidence: { tensor: ext.tensor, location: loc, resolved: real },
      }),
    );
  }
}

export const ONNX_ANALYZER: FileAnalyzer = {
  id: 'onnx',
  kinds: [ONNX_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    const summary: OnnxSummary = { ops: new Map(), functions: new Set(), externals: [], graphs: 0, nodes: 0 };
    await walkOrReport(ctx, ONNX_MALFORMED, () => walkOnnx(cur, summary));
    const where = label(ctx.source);
    reportOps(ctx, summary, where);
    await checkExternals(ctx, summary, where);
  },
};

export { lexicalEscape };
