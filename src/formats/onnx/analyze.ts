/**
 * ONNX models (ModelProto): external-data escapes, custom operator domains, Python-running ops.
 *
 * ONNX has no magic number: a structural sniffer recognises a ModelProto by its protobuf shape
 * (ir_version first, only ModelProto field numbers, a graph or opset import) with the `.onnx`
 * extension as a hint. The walk (../protobuf/cursor.ts) descends into graphs, nodes, attributes (the
 * nested graphs of If/Loop/Scan and any other graph-valued attribute), local functions and training
 * graphs, and reads tensor *metadata* only: `raw_data` and the typed data arrays are skipped by
 * offset, so a multi-GB model costs a walk over its structure, not its weights.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { fsDecode, lexicalEscape } from '../../core/paths.ts';
import { label } from '../../core/source.ts';
import { ProtoCursor, type ProtoField, walkMessage, walkOrReport } from '../protobuf/cursor.ts';
import { WIRE } from '../protobuf/head.ts';
import {
  ONNX_CUSTOM_DOMAIN,
  ONNX_EXTERNAL_DATA_BAD,
  ONNX_EXTERNAL_DATA_ESCAPE,
  ONNX_EXTERNAL_DATA_MISSING,
  ONNX_MALFORMED,
  ONNX_PYTHON_OP,
} from './rules.ts';

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

/** Walks the model's structure and reports its ops and external-data references. */
export async function analyzeOnnx(ctx: AnalyzerContext): Promise<void> {
  const cur = new ProtoCursor(ctx.source);
  const summary: OnnxSummary = { ops: new Map(), functions: new Set(), externals: [], graphs: 0, nodes: 0 };
  await walkOrReport(ctx, ONNX_MALFORMED, () => walkOnnx(cur, summary));
  const where = label(ctx.source);
  reportOps(ctx, summary, where);
  await checkExternals(ctx, summary, where);
}
