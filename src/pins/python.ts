/**
 * Model references in Python code, read in named steps over one parsed module (python-ast.ts):
 *
 * - every model-loading entry point of the table in entry-points.ts: a reference (pinned or not,
 *   for the policy's `sources`) and, when it is not pinned, a finding;
 * - trust_remote_code=True (as an argument or in a dict passed on to a loader);
 * - setup.py requirement lists;
 * - torch.load without weights_only=True.
 *
 * The parse runs behind the parse guard (src/core/parse-guard.ts): more than 200 nested brackets
 * (CPython refuses them) or a tree too deep to build becomes one finding for this file.
 */
import { parser } from '@lezer/python';
import { guardParse, NESTING, ParseBudgetError, type ParseFailure } from '../core/parse-guard.ts';
import { DEPTH_LIMITS } from '../core/parse-limits.ts';
import type { Severity } from '../core/finding.ts';
import { type PythonEntryPoint, PYTHON_ENTRY_POINTS } from './entry-points.ts';
import { type HitSink, isCommit, type PinSink, reportModel, shorten } from './hits.ts';
import { describeRef, type IdContext, type IdReading, readId } from './model-ids.ts';
import { type Arg, PyCall, PyModule, type Value } from './python-ast.ts';
import { checkRequirement } from './requirements.ts';
import {
  MODEL_REVISION_VARIABLE,
  TORCH_HUB_UNPINNED,
  TORCH_LOAD_UNSAFE,
  TRUST_REMOTE_CODE,
  UNPARSEABLE,
  UNPINNED_MODEL_REVISION,
  UNPINNED_URL,
} from './rules.ts';
import { monotonicMs } from '../core/clock.ts';

export { decodePyString } from './python-ast.ts';
export { describeRef } from './model-ids.ts';

export type PythonOptions = IdContext;

export function checkPython(src: string, out: PinSink, opts: PythonOptions = {}): void {
  const parsed = guardParse(src, parseBounded, {
    what: 'Python',
    nesting: NESTING.python,
    maxDepth: DEPTH_LIMITS.python,
  });
  if (!parsed.ok) {
    reportUnparsed(src, parsed.failure, out.hit);
    return;
  }
  const mod = new PyModule(src, parsed.value);
  const trustSeen = new Set<number>();
  for (const node of mod.calls) {
    const call = new PyCall(mod, node);
    checkTrustRemoteCode(mod, call, out.hit, trustSeen);
    if (checkSetupPy(mod, call, out.hit)) continue;
    checkEntryPoints(mod, call, out, opts);
    checkTorchLoad(mod, call, out.hit);
  }
  checkTrustDicts(mod, trustSeen, out.hit);
}

/** Parse steps allowed per character: real modules take about 0.2, a wall of string literals 1. */
const STEPS_PER_CHAR = 4;
/**
 * Wall-clock bound for one module. @lezer/python's error recovery on text that is not Python (a
 * mutated TorchScript code member) can spend seconds inside a single step, which a step count does
 * not bound; past either bound the module is reported as not parsed (fail closed), never passed.
 */
const PARSE_MS = 2000;
/**
 * Heap one parse may add. @lezer/python's tree costs 100-200 bytes per token for ordinary code but
 * about 450 for one node with a flat list of hundreds of thousands of children (a statement of
 * 262,144 adjacent strings, 1 MiB, kept 117 MiB), so the characters do not bound the memory; the
 * heap is measured instead. Real modules stay far below (a 1 MiB module of 116,000 statements adds
 * about 60 MiB); past the bound the module is reported as not parsed, never passed.
 */
const PARSE_HEAP_BYTES = 128 * 1024 * 1024;

function parseBounded(text: string) {
  const parse = parser.startParse(text);
  const steps = 20_000 + text.length * STEPS_PER_CHAR;
  const started = monotonicMs();
  const heapAtStart = process.memoryUsage().heapUsed;
  for (let i = 0; ; i++) {
    const tree = parse.advance();
    if (tree) return tree;
    if (i > steps || ((i & 63) === 0 && monotonicMs() - started > PARSE_MS))
      throw new ParseBudgetError('Python parse budget');
    if ((i & 4095) === 4095 && process.memoryUsage().heapUsed - heapAtStart > PARSE_HEAP_BYTES)
      throw new ParseBudgetError('Python parse memory budget');
  }
}

function reportUnparsed(src: string, failure: ParseFailure, hit: HitSink): void {
  const cannotRun = failure.reason === 'too-deep';
  const brackets = cannotRun && NESTING.pythonBrackets(src, DEPTH_LIMITS.python) >= 0;
  const limit = brackets
    ? `brackets deeper than ${DEPTH_LIMITS.python} levels, which CPython refuses ("too many nested parentheses")`
    : `expressions about ${DEPTH_LIMITS.pythonExpression} operations deep, more than CPython compiles (RecursionError during compilation)`;
  hit({
    rule: UNPARSEABLE,
    offset: failure.offset,
    text: src.slice(failure.offset, failure.offset + 40),
    severity: cannotRun ? 'low' : undefined,
    message: cannotRun
      ? `Python code nests ${limit}; its model references were not checked`
      : `Python code: ${failure.message}; its model references were not checked`,
    evidence: { reason: failure.reason },
  });
}

// ---------------------------------------------------------------- trust_remote_code

function revisionPinned(mod: PyModule, call: PyCall): boolean {
  const revArg = call.kw('revision') ?? call.kw('commit_id');
  const rev = revArg ? mod.evaluate(revArg.node) : undefined;
  return rev?.kind === 'str' && isCommit(rev.value);
}

function checkTrustRemoteCode(mod: PyModule, call: PyCall, hit: HitSink, seen: Set<number>): void {
  const trc = call.kw('trust_remote_code');
  if (!trc) return;
  const v = mod.evaluate(trc.node);
  seen.add(trc.node?.from ?? -1);
  const truthy = (v.kind === 'bool' && v.value) || (v.kind === 'dynamic' && /^[1-9][0-9]*$/.test(v.text));
  const evidence = call.evidence();
  if (truthy) {
    const pinned = revisionPinned(mod, call);
    hit({
      rule: TRUST_REMOTE_CODE,
      severity: pinned ? 'medium' : 'high',
      offset: trc.from,
      text: call.argText(trc),
      message: pinned
        ? `${call.last}(…, trust_remote_code=True) runs the repository's Python code (pinned to a commit: review it)`
        : `${call.last}(…, trust_remote_code=True) runs the repository's Python code, and no commit revision fixes which`,
      evidence: { ...evidence, resolvedFrom: v.kind === 'bool' ? v.from : undefined },
    });
  } else if (v.kind === 'dynamic' && !/^0+$/.test(v.text)) {
    hit({
      rule: TRUST_REMOTE_CODE,
      severity: 'low',
      offset: trc.from,
      text: `trust_remote_code=${v.text}`,
      message: `${call.last}(…, trust_remote_code=${shorten(v.text, 60)}) may run the repository's code, depending on a run-time value`,
      evidence,
    });
  }
}

/** {"trust_remote_code": True} anywhere (model_kwargs=…, config dicts) not already seen through a call. */
function checkTrustDicts(mod: PyModule, seen: ReadonlySet<number>, hit: HitSink): void {
  for (const d of mod.dicts) {
    for (const e of mod.dictEntries(d) ?? []) {
      if (e.key !== 'trust_remote_code' || !e.node || seen.has(e.node.from)) continue;
      const v = mod.evaluate(e.node);
      if (v.kind !== 'bool' || !v.value) continue;
      const shown = shorten(mod.text(d));
      hit({
        rule: TRUST_REMOTE_CODE,
        offset: e.node.from,
        text: shown,
        message:
          'a dict sets "trust_remote_code": True (passed on to a loader, it runs the repository\'s code)',
        evidence: { dict: shown },
      });
    }
  }
}

// ---------------------------------------------------------------- setup.py

/** setup(install_requires=[…], extras_require={…}): returns true when the call was setup(). */
function checkSetupPy(mod: PyModule, call: PyCall, hit: HitSink): boolean {
  if (
    call.last !== 'setup' ||
    !(call.q.startsWith('setuptools.') || call.q.startsWith('distutils.') || mod.imported('setuptools'))
  ) {
    return false;
  }
  for (const key of ['install_requires', 'setup_requires', 'tests_require'])
    requirementList(mod, call.kw(key)?.node, key, hit);
  for (const e of mod.dictEntries(call.kw('extras_require')?.node) ?? [])
    requirementList(mod, e.node, `extras_require[${e.key}]`, hit);
  return true;
}

/** Checks each string of a list/tuple display (or a name assigned one once) as a PEP 508 requirement. */
function requirementList(mod: PyModule, n: Arg['node'], where: string, hit: HitSink, depth = 0): void {
  if (!n || depth > 4) return;
  if (n.name === 'VariableName') {
    const v = mod.constant(n);
    if (v) requirementList(mod, v, where, hit, depth + 1);
    return;
  }
  if (n.name !== 'ArrayExpression' && n.name !== 'TupleExpression' && n.name !== 'ParenthesizedExpression')
    return;
  for (const el of mod.children(n)) {
    const v = el.name === 'String' ? mod.evaluate(el) : undefined;
    if (v?.kind !== 'str') continue;
    const quote = /^[rRuU]*('''|"""|'|")/.exec(mod.text(el, 8))?.[0].length ?? 1;
    checkRequirement(hit, { text: v.value, offset: el.from + quote, hashed: false, hashRule: false, where });
  }
}

// ---------------------------------------------------------------- torch.load

function checkTorchLoad(mod: PyModule, call: PyCall, hit: HitSink): void {
  if (call.q !== 'torch.load' && call.q !== 'torch.serialization.load') return;
  const wo = call.kw('weights_only');
  const v = wo ? mod.evaluate(wo.node) : undefined;
  if (v?.kind === 'bool' && v.value) return;
  const text = call.text();
  const evidence = call.evidence();
  if (v?.kind === 'bool') {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      severity: 'high',
      offset: wo!.from,
      text,
      message:
        'torch.load(…, weights_only=False) unpickles the file with the unsafe loader: a checkpoint can run code',
      evidence,
    });
  } else if (v || call.hasDstar) {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      severity: 'low',
      offset: wo?.from ?? call.at,
      text,
      message: 'torch.load(…) weights_only comes from a run-time value',
      evidence,
    });
  } else {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      offset: call.at,
      text,
      message: 'torch.load(…) without weights_only=True runs pickle code on torch < 2.6',
      evidence,
    });
  }
}

// ---------------------------------------------------------------- model-loading entry points

function matches(mod: PyModule, call: PyCall, row: PythonEntryPoint): boolean {
  const m = row.match;
  if (!m.names.includes('*') && !m.names.includes(call.last)) return false;
  if (m.q && !m.q.test(call.q)) return false;
  if (!m.module) return true;
  if (m.mode === 'imported') return m.module.some((p) => mod.imported(p) || call.q.startsWith(`${p}.`));
  return m.module.some(
    (p) => call.q.startsWith(`${p}.`) || (m.bare === true && call.q === call.last && mod.imported(p)),
  );
}

/** Rows by the last part of the callee name, in table order (rows for `*` apply to every name). */
const ROWS_BY_NAME: ReadonlyMap<string, readonly PythonEntryPoint[]> = (() => {
  const map = new Map<string, PythonEntryPoint[]>();
  const any = PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes('*'));
  for (const row of PYTHON_ENTRY_POINTS) {
    for (const name of row.match.names) {
      if (name === '*') continue;
      if (!map.has(name))
        map.set(
          name,
          PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes(name) || any.includes(r)),
        );
    }
  }
  return map;
})();
const ANY_NAME_ROWS = PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes('*'));

function checkEntryPoints(mod: PyModule, call: PyCall, out: PinSink, ctx: IdContext): void {
  let primary = false;
  for (const row of ROWS_BY_NAME.get(call.last) ?? ANY_NAME_ROWS) {
    if ((primary && !row.extra) || !matches(mod, call, row)) continue;
    if (row.requires && !call.kw(row.requires)) continue;
    const applied = checkEntryPoint(mod, call, row, out, ctx);
    if (applied && !row.extra) primary = true;
  }
}

interface IdArg {
  arg?: Arg;
  value: Value | undefined;
  /** Offset to report the reference at. */
  offset: number;
  /** Shown in messages: `"org/name"`, or the expression. */
  shown: string;
  model?: string;
}

function idArgument(mod: PyModule, call: PyCall, row: PythonEntryPoint): IdArg {
  if (row.id.callee) {
    const base = call.parts.slice(0, -1).join('.');
    return { value: { kind: 'str', value: base }, offset: call.node.from, shown: base, model: base };
  }
  let arg: Arg | undefined;
  for (const k of row.id.keywords) arg ??= call.kw(k);
  if (!arg && row.id.position !== undefined) {
    arg = call.pos[row.id.position];
    // PeftModel-style `X.from_pretrained(base_model, "org/adapter")`: the string is the Hub id.
    const second = call.pos[row.id.position + 1];
    if (
      row.form === 'hub-id' &&
      call.last === 'from_pretrained' &&
      second &&
      mod.evaluate(arg?.node).kind === 'dynamic'
    ) {
      if (mod.evaluate(second.node).kind === 'str') arg = second;
    }
  }
  const value = arg ? mod.evaluate(arg.node) : undefined;
  const model = value?.kind === 'str' ? value.value : value?.kind === 'dynamic' ? value.text : undefined;
  const shown =
    model === undefined ? '' : value?.kind === 'str' ? `"${shorten(model, 60)}"` : shorten(model, 60);
  return {
    arg,
    value,
    offset: arg?.from ?? call.at,
    shown,
    model,
  };
}

/** True when the row applies to the call (its main id is one this row reads). */
function checkEntryPoint(
  mod: PyModule,
  call: PyCall,
  row: PythonEntryPoint,
  out: PinSink,
  ctx: IdContext,
): boolean {
  const local = call.kw('local_files_only');
  const lv = local ? mod.evaluate(local.node) : undefined;
  if (lv?.kind === 'bool' && lv.value) return true;
  if (row.when) {
    const w = call.kw(row.when);
    const wv = w ? mod.evaluate(w.node) : undefined;
    if (!(wv?.kind === 'bool' && wv.value) && wv?.kind !== 'dynamic') return false;
  }
  const id = idArgument(mod, call, row);
  if (row.idPrefix !== undefined && !(id.value?.kind === 'str' && id.value.value.startsWith(row.idPrefix)))
    return false;
  if (isLocalByArgument(mod, call, row, id)) return true;
  if (!id.arg && !row.id.callee && row.id.position === 1) return true; // pipeline(task): the task's default model
  const reading = readingOf(row, id, ctx);
  if (reading === undefined) return true;
  const decision = decide(mod, call, row, reading);
  emit(call, row, id, reading, decision, out);
  return true;
}

function isLocalByArgument(mod: PyModule, call: PyCall, row: PythonEntryPoint, id: IdArg): boolean {
  if (id.value?.kind === 'dynamic' && mod.isPathExpression(id.arg?.node)) return true;
  if (!row.localWhen) return false;
  const a = call.kw(row.localWhen.keyword);
  if (!a) return false;
  if (row.localWhen.equals !== undefined) {
    const v = mod.evaluate(a.node);
    return v.kind === 'str' && v.value === row.localWhen.equals;
  }
  return id.value?.kind !== 'str';
}

type Reading = Extract<IdReading, { kind: 'ref' }> | { kind: 'unnamed' };

/** The source the id names; `unnamed` for an id only known at run time; undefined when there is nothing to check. */
function readingOf(row: PythonEntryPoint, id: IdArg, ctx: IdContext): Reading | undefined {
  const v = id.value;
  if (v === undefined || v.kind === 'dynamic') return { kind: 'unnamed' };
  if (v.kind !== 'str') return undefined;
  if (row.notRefs?.has(v.value.toLowerCase())) return undefined;
  if (row.ownerRequired && !/^[^/]+\/[^/]+$/.test(v.value.split('@')[0] ?? '')) return undefined;
  const r = readId(row.form, v.value, ctx);
  if (r.kind !== 'ref') return undefined;
  const d = row.defaultOwner;
  if (d && r.source.hub === 'huggingface' && r.source.owner === '' && !d.except.test(r.source.name))
    return { ...r, source: { ...r.source, owner: d.owner } };
  return r;
}

type Decision =
  | { kind: 'pinned'; revision?: string }
  | { kind: 'variable'; arg?: Arg; text: string }
  | { kind: 'unpinned'; arg?: Arg; revision?: string; from?: string; byArgument?: boolean };

function decide(mod: PyModule, call: PyCall, row: PythonEntryPoint, reading: Reading): Decision {
  if (reading.kind === 'ref' && reading.pinned === false)
    return { kind: 'unpinned', revision: reading.source.revision || undefined };
  if (row.pinnedBy) return decideByArgument(mod, call, row.pinnedBy);
  if (reading.kind === 'ref' && reading.pinned === true) return { kind: 'pinned' };
  for (const path of row.revision) {
    const found = call.kwPath(path);
    if (!found) continue;
    const v = mod.evaluate(found.node);
    if (v.kind === 'none') break;
    if (v.kind === 'str') {
      return isCommit(v.value)
        ? { kind: 'pinned', revision: v.value }
        : { kind: 'unpinned', arg: found.arg, revision: v.value, from: v.from };
    }
    if (v.kind === 'dynamic') return { kind: 'variable', arg: found.arg, text: v.text };
    return { kind: 'variable', arg: found.arg, text: String(v.value) };
  }
  if (row.revision.length > 0 && call.hasDstar) return { kind: 'variable', text: '**kwargs' };
  return { kind: 'unpinned' };
}

function decideByArgument(
  mod: PyModule,
  call: PyCall,
  by: NonNullable<PythonEntryPoint['pinnedBy']>,
): Decision {
  const a = call.kw(by.keyword) ?? (by.position !== undefined ? call.pos[by.position] : undefined);
  const v = a ? mod.evaluate(a.node) : undefined;
  if (by.test === 'present' ? v !== undefined && v.kind !== 'none' : v?.kind === 'bool' && v.value)
    return { kind: 'pinned' };
  if (v?.kind === 'dynamic' && by.test === 'truthy') return { kind: 'variable', arg: a, text: v.text };
  return { kind: 'unpinned', byArgument: true };
}

function emit(
  call: PyCall,
  row: PythonEntryPoint,
  id: IdArg,
  reading: Reading,
  decision: Decision,
  out: PinSink,
): void {
  const hit = hitFor(call, row, id, reading, decision);
  if (reading.kind === 'unnamed') {
    if (hit) out.hit(hit);
    return;
  }
  const revision = decision.kind === 'variable' ? undefined : decision.revision;
  const ref = {
    source: revision && !reading.source.revision ? { ...reading.source, revision } : reading.source,
    pinned: decision.kind === 'pinned',
    offset: id.offset,
    text: id.model ?? call.text(120),
  };
  reportModel(out, ref, hit);
}

function hitFor(
  call: PyCall,
  row: PythonEntryPoint,
  id: IdArg,
  reading: Reading,
  decision: Decision,
): Parameters<HitSink>[0] | undefined {
  const evidence: Record<string, unknown> = {
    ...call.evidence(),
    model: id.model,
  };
  if (decision.kind === 'pinned') {
    if (row.code !== 'remote-code') return undefined;
    return {
      rule: TRUST_REMOTE_CODE,
      severity: 'medium',
      offset: id.offset,
      text: call.text(),
      message: `${call.last}(${id.shown}) imports Python files from the repository (pinned to a commit: review them)`,
      evidence,
    };
  }
  if (row.rule === 'torch-hub') return torchHubHit(call, id, reading, evidence);
  const { rule, severity } = ruleFor(row, reading, decision);
  if (decision.kind === 'variable' && row.rule === 'url') {
    return {
      rule: UNPINNED_URL,
      severity: 'low',
      offset: decision.arg?.from ?? call.at,
      text: call.text(),
      message: `${call.last}(…) ${row.pinnedBy?.keyword ?? 'its check'} comes from a run-time value`,
      evidence,
    };
  }
  if (decision.kind === 'variable') {
    const viaKwargs = decision.text === '**kwargs';
    return {
      rule: MODEL_REVISION_VARIABLE,
      offset: decision.arg?.from ?? call.at,
      text: decision.arg ? call.argText(decision.arg) : call.text(),
      message: viaKwargs
        ? `${call.last}(${id.shown}) has no literal revision; one may come from **kwargs`
        : `${call.last}(${id.shown}) ${decision.arg?.name ?? 'revision'}=${shorten(decision.text, 60)} cannot be checked statically`,
      evidence,
    };
  }
  const message = unpinnedMessage(call, row, id, reading, decision);
  const offset =
    decision.arg?.from ?? (row.rule === 'url' || /^https?:/i.test(id.model ?? '') ? id.offset : call.at);
  return {
    rule,
    severity,
    offset,
    text: decision.arg
      ? call.argText(decision.arg)
      : /^https?:/i.test(id.model ?? '')
        ? (id.model ?? '')
        : call.text(),
    message,
    evidence: {
      ...evidence,
      revision: decision.revision,
      resolvedFrom: decision.from,
    },
  };
}

function ruleFor(
  row: PythonEntryPoint,
  reading: Reading,
  decision: Decision,
): { rule: typeof UNPINNED_MODEL_REVISION; severity?: Severity } {
  if (row.rule === 'url')
    return { rule: UNPINNED_URL, severity: decision.kind === 'variable' ? 'low' : undefined };
  if (row.code === 'remote-code') return { rule: TRUST_REMOTE_CODE, severity: 'high' };
  if (row.code === 'runs-code') return { rule: UNPINNED_MODEL_REVISION, severity: 'high' };
  const severity = reading.kind === 'ref' ? reading.severity : undefined;
  return { rule: UNPINNED_MODEL_REVISION, severity };
}

function unpinnedMessage(
  call: PyCall,
  row: PythonEntryPoint,
  id: IdArg,
  reading: Reading,
  decision: Extract<Decision, { kind: 'unpinned' }>,
): string {
  const what = `${call.last}(${id.shown})`;
  if (decision.byArgument && row.pinnedBy) {
    const arg = `${row.pinnedBy.keyword}${row.pinnedBy.test === 'truthy' ? '=True' : ''}`;
    return `${call.last}(…) downloads ${reading.kind === 'ref' && reading.source.hub === 'url' ? 'a checkpoint' : 'a model'} without ${arg}`;
  }
  if (/^https?:\/\//i.test(id.model ?? '')) {
    const ref = decision.revision;
    return `${call.last}("${shorten(id.model!, 80)}") downloads a URL that names ${ref ? `the mutable ref ${ref}` : 'no commit'}`;
  }
  if (reading.kind === 'ref' && reading.note) return `${what} ${reading.note}; pin it: ${row.pin}`;
  if (decision.revision !== undefined) {
    const from = decision.from ? ` (from ${decision.from})` : '';
    return `${what} revision "${shorten(decision.revision, 60)}"${from} is ${describeRef(decision.revision)}, not a 40-hex commit`;
  }
  if (row.revision.length === 0)
    return `${what} takes no revision, so it downloads whatever the default branch holds; pin it: ${row.pin}`;
  const code = row.code === 'runs-code' ? ', and loading it runs what the repository holds' : '';
  return `${what} has no revision: it downloads whatever the default branch holds${code}`;
}

function torchHubHit(
  call: PyCall,
  id: IdArg,
  reading: Reading,
  evidence: Record<string, unknown>,
): Parameters<HitSink>[0] {
  const fn = `torch.hub.${call.last}`;
  if (reading.kind === 'unnamed') {
    return {
      rule: TORCH_HUB_UNPINNED,
      severity: 'low',
      offset: id.offset,
      text: id.model ?? call.text(),
      message: `${fn}(${shorten(id.model ?? '', 60)}) runs hubconf.py from a repository/ref chosen at run time`,
      evidence,
    };
  }
  const { owner, name, revision } = reading.source;
  const repo = `${owner}/${name}`;
  return {
    rule: TORCH_HUB_UNPINNED,
    offset: id.offset,
    text: id.model ?? repo,
    message: revision
      ? `${fn}("${id.model}") runs hubconf.py from ${describeRef(revision)} ${revision}, not a 40-hex commit`
      : `${fn}("${id.model}") runs hubconf.py from the default branch of ${repo}`,
    evidence: { ...evidence, repo, ref: revision || undefined },
  };
}
