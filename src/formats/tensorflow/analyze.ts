/**
 * TensorFlow SavedModel (`saved_model.pb`) and frozen GraphDef (`*.pb`): the operators a loaded
 * graph runs, from every meta graph, its graph and its whole function library (TF2 models keep
 * almost everything in functions reached through PartitionedCall/StatefulPartitionedCall).
 *
 * Ops that run Python (PyFunc, EagerPyFunc) are critical; ops that read or write files or talk to
 * the network are high. Checkpoint ops (SaveV2/RestoreV2/MergeV2Checkpoints, ...) are part of
 * every SavedModel: they are accepted only inside the saver the MetaGraphDef's SaverDef names (the
 * TF1 `save/` scope or the TF2 `__inference__traced_save/restore` functions reachable from it) and
 * only when their file prefix is not a constant baked into the graph. Keras metadata kept in the
 * SavedObjectGraph (SavedUserObject.metadata JSON) goes through the Keras config checks.
 *
 * No magic number: structural sniffers (protobuf shape + the `.pb` name hint). Parsing uses the
 * streaming walker in ./protobuf.ts; tensor contents (`tensor_content`) are skipped, not read.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding, type RuleDefinition } from '../../core/finding.ts';
import { label, readAll } from '../../core/source.ts';
import { checkKerasJsonText } from '../keras/config.ts';
import { lexicalEscape } from '../../core/paths.ts';
import { ProtoCursor, type ProtoField, walkMessage, walkOrReport } from '../protobuf/cursor.ts';
import { WIRE } from '../protobuf/head.ts';
import {
  fieldsNamed,
  isMessage,
  parseTextFormat,
  scalarText,
  type TextMessage,
  TextFormatError,
  tokenizeText,
  unescapeText,
} from '../protobuf/text.ts';
import { ASSET_READ_OPS, CACHE_OPS, CHECKPOINT_OPS, IO_OPS, PY_FUNC_OPS } from './ops.ts';
import {
  TF_ASSET_ESCAPE,
  TF_ASSET_READ,
  TF_CHECKPOINT_OP,
  TF_IO_OP,
  TF_MALFORMED,
  TF_PY_FUNC,
  TF_TEXT_CHECKPOINT_OP,
} from './rules.ts';
import { GRAPHDEF_KIND } from './sniff.ts';

export interface TfNode {
  /** "graph" (meta graph n) or the function name. */
  scope: string;
  name: string;
  op: string;
  inputs: string[];
  /** Function names referenced by attributes (PartitionedCall `f`, While/If bodies, ...). */
  funcs: string[];
  /** String attributes (bounded), e.g. PrintV2 output_stream, PyFunc token, debug_urls. */
  strings: Record<string, string[]>;
  /** First string of a Const node's tensor. */
  constString?: string;
}

export interface TfMetaGraph {
  /** Scope name of the main graph's nodes. */
  scope: string;
  nodes: TfNode[];
  saver?: { filename?: string; save?: string; restore?: string };
  /** Keras JSON kept in SavedUserObject.metadata. */
  kerasMetadata: string[];
  /** AssetFileDef filenames (joined to the SavedModel's assets/ folder by the loader). */
  assets: string[];
}

export interface TfSummary {
  metaGraphs: TfMetaGraph[];
  /** Function library (all meta graphs): name → nodes. */
  functions: Map<string, TfNode[]>;
}

const MAX_STR = 4096;

function stringsOf(node: TfNode, key: string): string[] {
  const list = node.strings[key] ?? [];
  node.strings[key] = list;
  return list;
}

// Every field read here is length-delimited; protobuf keeps one with another wire type as an
// unknown field, so it is skipped, not an error.
const onlyLen = (fn: (g: ProtoField) => unknown) => (g: ProtoField) =>
  g.wire === WIRE.len ? fn(g) : undefined;

/** The message readers of one walk, one per TensorFlow message type, collecting into `s`. */
class TfWalk {
  readonly cur: ProtoCursor;
  readonly s: TfSummary;

  constructor(cur: ProtoCursor, s: TfSummary) {
    this.cur = cur;
    this.s = s;
  }

  sub(f: ProtoField, depth: number, fn: (g: ProtoField) => unknown) {
    return this.cur.sub(f, depth, onlyLen(fn));
  }

  str(f: ProtoField, cap = MAX_STR) {
    return this.cur.string(f, cap);
  }

  /** NameAttrList: name = 1, attr = 2 (map<string, AttrValue>). */
  nameAttrList(f: ProtoField, depth: number, node: TfNode) {
    return this.sub(f, depth, async (g) => {
      if (g.field === 1) node.funcs.push(await this.str(g));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (e) => (e.field === 2 ? this.attrValue(e, depth + 2, node, '') : 0));
    });
  }

  /** AttrValue: list = 1, s = 2, tensor = 8, func = 10. */
  attrValue(f: ProtoField, depth: number, node: TfNode, key: string): Promise<void> {
    return this.sub(f, depth, async (v) => {
      if (v.field === 2 && key) stringsOf(node, key).push(await this.str(v, 1024));
      else if (v.field === 10) await this.nameAttrList(v, depth + 1, node);
      else if (v.field === 8 && node.op === 'Const') await this.constTensor(v, depth + 1, node);
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
  constTensor(f: ProtoField, depth: number, node: TfNode) {
    return this.sub(f, depth, async (t) => {
      if (t.field === 8 && node.constString === undefined) node.constString = await this.str(t, 1024);
    });
  }

  /** NodeDef: name = 1, op = 2, input = 3, attr = 5. */
  async nodeDef(f: ProtoField, depth: number, scope: string): Promise<TfNode> {
    const node: TfNode = { scope, name: '', op: '', inputs: [], funcs: [], strings: {} };
    const attrs: ProtoField[] = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) node.name = await this.str(g);
      else if (g.field === 2) node.op = await this.str(g);
      else if (g.field === 3 && node.inputs.length < 64) node.inputs.push(await this.str(g));
      else if (g.field === 5) attrs.push(g);
    });
    // Attributes after the op is known (Const values are read only for Const nodes).
    for (const a of attrs) {
      let key = '';
      const values: ProtoField[] = [];
      await this.sub(a, depth + 1, async (e) => {
        if (e.field === 1) key = await this.str(e);
        else if (e.field === 2) values.push(e);
      });
      for (const v of values) await this.attrValue(v, depth + 2, node, key);
    }
    return node;
  }

  /** FunctionDef: signature = 1 (OpDef name = 1), node_def = 3. */
  async functionDef(f: ProtoField, depth: number) {
    let name = '';
    const defs: ProtoField[] = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) {
        await this.sub(g, depth + 1, async (o) => {
          if (o.field === 1) name = await this.str(o);
        });
      } else if (g.field === 3) defs.push(g);
    });
    const nodes: TfNode[] = [];
    for (const d of defs) nodes.push(await this.nodeDef(d, depth + 1, name));
    this.s.functions.set(name, [...(this.s.functions.get(name) ?? []), ...nodes]);
  }

  /** GraphDef: node = 1, library = 2 (FunctionDefLibrary: function = 1); the whole input when no `f`. */
  graph(f: ProtoField | undefined, depth: number, mg: TfMetaGraph, scope: string) {
    const visit = async (g: ProtoField) => {
      if (g.field === 1) mg.nodes.push(await this.nodeDef(g, depth + 1, scope));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (l) => (l.field === 1 ? this.functionDef(l, depth + 2) : 0));
    };
    return f ? this.sub(f, depth, visit) : walkMessage(this.cur, 0, this.cur.size, onlyLen(visit));
  }

  /** SavedObjectGraph: nodes = 1 → SavedObject user_object = 4 → SavedUserObject metadata = 3. */
  objectGraph(f: ProtoField, depth: number, mg: TfMetaGraph) {
    return this.sub(f, depth, (n) =>
      n.field === 1
        ? this.sub(n, depth + 1, (o) =>
            o.field === 4
              ? this.sub(o, depth + 2, async (u) => {
                  if (u.field === 3) mg.kerasMetadata.push(await this.str(u, 16 * 1024 * 1024));
                })
              : 0,
          )
        : 0,
    );
  }

  /** SaverDef: filename_tensor_name = 1, save_tensor_name = 2, restore_op_name = 3. */
  async saverDef(f: ProtoField, mg: TfMetaGraph) {
    const saver: NonNullable<TfMetaGraph['saver']> = {};
    await this.sub(f, 2, async (d) => {
      if (d.field === 1) saver.filename = await this.str(d);
      else if (d.field === 2) saver.save = await this.str(d);
      else if (d.field === 3) saver.restore = await this.str(d);
    });
    // A singular message given twice is merged field by field.
    mg.saver = { ...mg.saver, ...saver };
  }

  /** MetaGraphDef: graph_def = 2, saver_def = 3, asset_file_def = 6, object_graph_def = 7. */
  async metaGraph(f: ProtoField) {
    const mg: TfMetaGraph = {
      scope: `meta graph ${this.s.metaGraphs.length}`,
      nodes: [],
      kerasMetadata: [],
      assets: [],
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
}

/** Walks a SavedModel (or a bare GraphDef when `graphDef`). Throws ProtoError on broken structure. */
export async function walkTensorflow(
  cur: ProtoCursor,
  graphDef: boolean,
  out?: TfSummary,
): Promise<TfSummary> {
  const walk = new TfWalk(cur, out ?? { metaGraphs: [], functions: new Map() });
  if (graphDef) {
    const mg: TfMetaGraph = { scope: 'graph', nodes: [], kerasMetadata: [], assets: [] };
    walk.s.metaGraphs.push(mg);
    await walk.graph(undefined, 0, mg, mg.scope);
    return walk.s;
  }
  // SavedModel: meta_graphs = 2.
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 2 && f.wire === WIRE.len) await walk.metaGraph(f);
  });
  return walk.s;
}

/** "^name", "name:0" and "name:output:0" all refer to node `name`. */
export const inputNode = (input: string): string => input.replace(/^\^/, '').split(':')[0] ?? '';

export interface TfIssue {
  rule: RuleDefinition;
  node: TfNode;
  detail?: string;
}

/** Applies the op rules to a walked graph. Pure: exported for tests. */
export function evaluateTensorflow(s: TfSummary): TfIssue[] {
  const issues: TfIssue[] = [];
  // Functions reachable from the saver's save/restore nodes, and the TF1 saver scope.
  const saverFunctions = new Set<string>();
  const saverPrefixes: { scope: string; prefix: string }[] = [];
  const calls = (n: TfNode) => [...n.funcs, ...(s.functions.has(n.op) ? [n.op] : [])];
  for (const mg of s.metaGraphs) {
    const roots = [mg.saver?.save, mg.saver?.restore].filter((x): x is string => !!x).map(inputNode);
    for (const root of roots) {
      const slash = root.lastIndexOf('/');
      if (slash > 0) saverPrefixes.push({ scope: mg.scope, prefix: root.slice(0, slash + 1) });
      const queue = mg.nodes.filter((n) => n.name === root).flatMap(calls);
      while (queue.length) {
        const fn = queue.pop()!;
        if (saverFunctions.has(fn)) continue;
        saverFunctions.add(fn);
        for (const n of s.functions.get(fn) ?? []) queue.push(...calls(n));
      }
    }
  }
  const inSaverScope = (n: TfNode) =>
    saverPrefixes.some((p) => p.scope === n.scope && n.name.startsWith(p.prefix));
  const all = [...s.metaGraphs.flatMap((m) => m.nodes), ...[...s.functions.values()].flat()];
  const byScope = new Map<string, Map<string, TfNode>>();
  for (const n of all) {
    const m = byScope.get(n.scope) ?? new Map<string, TfNode>();
    byScope.set(n.scope, m);
    m.set(n.name, n);
  }
  const constInput = (n: TfNode, i: number) => {
    const ref = n.inputs[i];
    const src = ref === undefined ? undefined : byScope.get(n.scope)?.get(inputNode(ref));
    return src?.op === 'Const' ? src.constString : undefined;
  };
  for (const n of all) {
    if (PY_FUNC_OPS.has(n.op)) {
      const token = n.strings.token?.[0];
      issues.push({ rule: TF_PY_FUNC, node: n, detail: token ? `token "${token}"` : undefined });
    } else if (IO_OPS.has(n.op)) {
      const path = constInput(n, 0);
      const urls = n.strings.debug_urls?.join(', ');
      issues.push({
        rule: TF_IO_OP,
        node: n,
        detail: path !== undefined ? `constant path "${path}"` : urls ? `urls ${urls}` : undefined,
      });
    } else if (ASSET_READ_OPS.has(n.op)) {
      const path = constInput(n, 1);
      issues.push({
        rule: TF_ASSET_READ,
        node: n,
        detail: path !== undefined ? `constant path "${path}"` : undefined,
      });
    } else if (CACHE_OPS.has(n.op)) {
      const path = constInput(n, 1);
      if (path !== '') {
        issues.push({
          rule: TF_IO_OP,
          node: n,
          detail: path === undefined ? 'cache file name computed at run time' : `cache file "${path}"`,
        });
      }
    } else if (n.op === 'PrintV2') {
      const stream = n.strings.output_stream?.[0] ?? '';
      if (stream.startsWith('file://'))
        issues.push({ rule: TF_IO_OP, node: n, detail: `writes to ${stream}` });
    } else if (CHECKPOINT_OPS.has(n.op)) {
      const inSaver = saverFunctions.has(n.scope) || inSaverScope(n);
      const path = constInput(n, 0);
      if (!inSaver) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: path !== undefined ? `constant prefix "${path}"` : 'outside the saver',
        });
      } else if (path !== undefined) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: `constant prefix "${path}" inside the saver`,
        });
      }
    }
  }
  return issues;
}

/** Reports the op, asset and Keras-metadata findings of a walked (binary or text) graph. */
async function reportSummary(
  ctx: AnalyzerContext,
  summary: TfSummary,
  lineOf?: (n: TfNode) => number | undefined,
) {
  const where = label(ctx.source);
  const seen = new Set<string>();
  for (const issue of evaluateTensorflow(summary)) {
    const n = issue.node;
    const key = `${issue.rule.id}\0${n.scope}\0${n.name}\0${n.op}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = lineOf?.(n);
    ctx.report(
      finding(issue.rule, {
        message: `${where}: ${n.op} op "${n.name}" in ${summary.metaGraphs.some((m) => m.scope === n.scope) ? n.scope : `function ${n.scope}`}${issue.detail ? ` (${issue.detail})` : ''}`,
        line: line || undefined,
        evidence: {
          op: n.op,
          node: n.name,
          scope: n.scope,
          detail: issue.detail || undefined,
        },
      }),
    );
  }
  for (const mg of summary.metaGraphs) {
    for (const asset of mg.assets) {
      const why = lexicalEscape(asset);
      if (why) {
        ctx.report(
          finding(TF_ASSET_ESCAPE, {
            message: `${where}: asset file "${asset}" ${why}`,
            evidence: { asset, scope: mg.scope },
          }),
        );
      }
    }
    for (const json of mg.kerasMetadata) await checkKerasJsonText(ctx, json, 'SavedUserObject metadata');
  }
}

export async function analyzeTensorflow(ctx: AnalyzerContext): Promise<void> {
  const cur = new ProtoCursor(ctx.source);
  const summary: TfSummary = { metaGraphs: [], functions: new Map() };
  await walkOrReport(ctx, TF_MALFORMED, () => walkTensorflow(cur, ctx.kind === GRAPHDEF_KIND, summary));
  await reportSummary(ctx, summary);
}

/**
 * keras_metadata.pb: one SavedObject per layer/model (node_path = 3, metadata = 5: the Keras JSON
 * tf.keras rebuilds layers from, Lambda functions included).
 */
export async function analyzeKerasMetadata(ctx: AnalyzerContext): Promise<void> {
  const cur = new ProtoCursor(ctx.source);
  const nodes: { path: string; json: string }[] = [];
  await walkOrReport(ctx, TF_MALFORMED, () =>
    walkMessage(cur, 0, cur.size, async (f) => {
      if (f.field !== 1 || f.wire !== WIRE.len) return;
      const node = { path: '', json: '' };
      await cur.sub(f, 1, async (g) => {
        if (g.wire !== WIRE.len) return;
        if (g.field === 3) node.path = await cur.string(g);
        else if (g.field === 5) node.json = await cur.string(g, 16 * 1024 * 1024);
      });
      nodes.push(node);
    }),
  );
  // The model node's metadata repeats its layers' configs: report each issue once.
  const seen = new Set<string>();
  for (const n of nodes) {
    if (n.json) await checkKerasJsonText(ctx, n.json, `keras_metadata ${n.path || 'node'}`, seen);
  }
}

/**
 * Op names in a text-format graph by tokens (`op` followed by `:` and string literals, concatenated
 * and unescaped), with the line of each: the fallback when the text does not parse as a whole.
 */
export function textGraphOps(text: string): { op: string; line: number }[] {
  const toks = tokenizeText(text);
  const out: { op: string; line: number }[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'identifier' || t.text !== 'op' || toks[i + 1]!.text !== ':') continue;
    let bytes = '';
    let j = i + 2;
    while (toks[j]?.kind === 'string') bytes += unescapeText(toks[j++]!.text);
    if (j > i + 2) out.push({ op: Buffer.from(bytes, 'latin1').toString('utf8'), line: t.line });
  }
  return out;
}

const MAX_TEXT_GRAPH = 64 * 1024 * 1024;

export async function analyzeTensorflowText(ctx: AnalyzerContext): Promise<void> {
  const where = label(ctx.source);
  if (ctx.source.size > MAX_TEXT_GRAPH) {
    ctx.report(
      finding(TF_MALFORMED, {
        message: `${where}: ${ctx.source.size} bytes, over the ${MAX_TEXT_GRAPH} byte limit for text graphs; not vetted`,
      }),
    );
    return;
  }
  const text = (await readAll(ctx.source, MAX_TEXT_GRAPH)).toString('latin1');
  let parsed: TextMessage;
  try {
    parsed = parseTextFormat(text);
  } catch (err) {
    if (!(err instanceof TextFormatError)) throw err;
    ctx.report(
      finding(TF_MALFORMED, {
        message: `${where}: text format error at line ${err.line}: ${err.message}`,
        line: err.line,
      }),
    );
    reportTextOpsFallback(ctx, text);
    return;
  }
  const lines = new Map<TfNode, number>();
  const summary = textSummary(parsed, lines);
  if (summary) await reportSummary(ctx, summary, (n) => lines.get(n));
}

/** Op-name findings from tokens alone (the text did not parse, so no saver structure is known). */
function reportTextOpsFallback(ctx: AnalyzerContext, text: string): void {
  let ops: { op: string; line: number }[];
  try {
    ops = textGraphOps(text);
  } catch {
    return; // not even tokens: the malformed finding stands alone
  }
  const where = label(ctx.source);
  const seen = new Set<string>();
  const checkpoint: string[] = [];
  let checkpointLine = 0;
  for (const { op, line } of ops) {
    if (seen.has(op)) continue;
    seen.add(op);
    if (CHECKPOINT_OPS.has(op)) {
      checkpoint.push(op);
      checkpointLine ||= line;
      continue;
    }
    const rule = PY_FUNC_OPS.has(op) ? TF_PY_FUNC : IO_OPS.has(op) ? TF_IO_OP : undefined;
    if (rule)
      ctx.report(
        finding(rule, { message: `${where}: ${op} op in a text-format graph`, line, evidence: { op } }),
      );
  }
  if (checkpoint.length) {
    ctx.report(
      finding(TF_TEXT_CHECKPOINT_OP, {
        message: `${where}: checkpoint ops ${checkpoint.join(', ')} in a text-format graph`,
        line: checkpointLine,
        evidence: { ops: checkpoint },
      }),
    );
  }
}

// ---- text format → the same summary the binary walk builds (field names of the .proto files) ----

const str = (m: TextMessage, name: string) => scalarText(fieldsNamed(m, name).at(-1)) ?? '';
const msgs = (m: TextMessage, name: string) => fieldsNamed(m, name).filter(isMessage);

function textAttrValue(v: TextMessage, node: TfNode, key: string): void {
  for (const s of fieldsNamed(v, 's')) if (key) stringsOf(node, key).push(scalarText(s) ?? '');
  for (const f of msgs(v, 'func')) textNameAttrList(f, node);
  for (const l of msgs(v, 'list')) {
    for (const s of fieldsNamed(l, 's'))
      if (key && stringsOf(node, key).length < 16) stringsOf(node, key).push(scalarText(s) ?? '');
    for (const f of msgs(l, 'func')) textNameAttrList(f, node);
  }
  if (node.op === 'Const') {
    for (const t of msgs(v, 'tensor')) {
      const sv = fieldsNamed(t, 'string_val')[0];
      if (sv && node.constString === undefined) node.constString = scalarText(sv);
    }
  }
}

function textNameAttrList(m: TextMessage, node: TfNode): void {
  const name = str(m, 'name');
  if (name) node.funcs.push(name);
  for (const e of msgs(m, 'attr')) for (const v of msgs(e, 'value')) textAttrValue(v, node, '');
}

function textNode(m: TextMessage, scope: string, lines: Map<TfNode, number>, line: number): TfNode {
  const node: TfNode = { scope, name: str(m, 'name'), op: str(m, 'op'), inputs: [], funcs: [], strings: {} };
  node.inputs = fieldsNamed(m, 'input')
    .slice(0, 64)
    .map((i) => scalarText(i) ?? '');
  for (const a of msgs(m, 'attr')) {
    const key = str(a, 'key');
    for (const v of msgs(a, 'value')) textAttrValue(v, node, key);
  }
  lines.set(node, line);
  return node;
}

function textGraph(g: TextMessage, mg: TfMetaGraph, s: TfSummary, lines: Map<TfNode, number>): void {
  for (const f of g.fields) {
    if (f.name === 'node' && isMessage(f.value)) mg.nodes.push(textNode(f.value, mg.scope, lines, f.line));
  }
  for (const lib of msgs(g, 'library')) {
    for (const fn of msgs(lib, 'function')) {
      const name =
        msgs(fn, 'signature')
          .map((sig) => str(sig, 'name'))
          .at(-1) ?? '';
      const nodes = fn.fields
        .filter((f) => f.name === 'node_def' && isMessage(f.value))
        .map((f) => textNode(f.value as TextMessage, name, lines, f.line));
      s.functions.set(name, [...(s.functions.get(name) ?? []), ...nodes]);
    }
  }
}

function textMetaGraph(m: TextMessage, s: TfSummary, lines: Map<TfNode, number>): void {
  const mg: TfMetaGraph = {
    scope: `meta graph ${s.metaGraphs.length}`,
    nodes: [],
    kerasMetadata: [],
    assets: [],
  };
  s.metaGraphs.push(mg);
  for (const g of msgs(m, 'graph_def')) textGraph(g, mg, s, lines);
  for (const d of msgs(m, 'saver_def')) {
    const saver: NonNullable<TfMetaGraph['saver']> = {};
    if (fieldsNamed(d, 'filename_tensor_name').length) saver.filename = str(d, 'filename_tensor_name');
    if (fieldsNamed(d, 'save_tensor_name').length) saver.save = str(d, 'save_tensor_name');
    if (fieldsNamed(d, 'restore_op_name').length) saver.restore = str(d, 'restore_op_name');
    mg.saver = { ...mg.saver, ...saver };
  }
  for (const a of msgs(m, 'asset_file_def'))
    if (fieldsNamed(a, 'filename').length) mg.assets.push(str(a, 'filename'));
  for (const og of msgs(m, 'object_graph_def'))
    for (const n of msgs(og, 'nodes'))
      for (const u of msgs(n, 'user_object'))
        if (fieldsNamed(u, 'metadata').length) mg.kerasMetadata.push(str(u, 'metadata'));
}

/**
 * The summary of a text-format SavedModel, MetaGraphDef or GraphDef (told apart by their fields);
 * undefined for other text protos (label maps, pipeline configs), which run nothing.
 */
export function textSummary(m: TextMessage, lines = new Map<TfNode, number>()): TfSummary | undefined {
  const s: TfSummary = { metaGraphs: [], functions: new Map() };
  const names = new Set(m.fields.map((f) => f.name));
  if (names.has('meta_graphs')) for (const mg of msgs(m, 'meta_graphs')) textMetaGraph(mg, s, lines);
  else if (names.has('graph_def') || names.has('meta_info_def')) textMetaGraph(m, s, lines);
  else if (names.has('node') || names.has('library')) {
    const mg: TfMetaGraph = { scope: 'graph', nodes: [], kerasMetadata: [], assets: [] };
    s.metaGraphs.push(mg);
    textGraph(m, mg, s, lines);
  } else return undefined;
  return s;
}
