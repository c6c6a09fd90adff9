/**
 * Abstract execution of Jinja statements. Values flow through set, for, if, macros, caller() and
 * namespace attributes, so a name split over several statements is decided (or found undecidable)
 * like one expression: both branches of an if are taken and joined, a loop over a literal list runs
 * once per item, any other loop runs to a fixpoint, and a macro is evaluated with the values it is
 * called with (and once with unknown arguments, so a macro nobody calls is vetted too).
 */
import { checkName } from './access.ts';
import { builtString, dunderString, evalExpr, objectOf } from './expressions.ts';
import { applyFilter, type Args, evalArgs, itemOf } from './filters.ts';
import { clip, type Folded, FoldedDict, iterate, OPAQUE, pyStr } from './fold.ts';
import { MAX_MACRO_RUNS, MAX_UNROLL, type Node, type Run, TooComplex, tick } from './run.ts';
import {
  type CallerDef,
  COMPUTED,
  constant,
  INPUT,
  join,
  type MacroDef,
  mergeLayers,
  type Scope,
  sameVal,
  single,
  type Val,
} from './value.ts';

/** Runs a statement list; returns what it writes (the value of a macro, block set or caller()). */
export function execBody(run: Run, list: Node[] | undefined, scope: Scope): Val {
  let out: Val = constant('');
  for (const s of list ?? []) out = concat(out, execStatement(run, s, scope));
  return out;
}

function execStatement(run: Run, s: Node, scope: Scope): Val {
  tick(run);
  switch (s?.type) {
    case 'StringLiteral':
      return constant(s.value); // template text
    case 'Comment':
    case 'Break':
    case 'Continue':
      return constant('');
    case 'Set':
      execSet(run, s, scope);
      return constant('');
    case 'If':
      return execIf(run, s, scope);
    case 'For':
      return execFor(run, s, scope);
    case 'Macro':
      defineMacro(run, s, scope);
      return constant('');
    case 'CallStatement':
      return execCallBlock(run, s, scope);
    case 'FilterStatement': {
      const body = execBody(run, s.body, scope);
      const f = s.filter;
      const name: string = f?.type === 'Identifier' ? f.value : (f?.callee?.value ?? '');
      return applyFilter(
        run,
        name,
        body,
        evalArgs(run, f?.type === 'CallExpression' ? (f.args ?? []) : [], scope),
      );
    }
    default:
      return stringOf(evalExpr(run, s, scope));
  }
}

/** What `{{ v }}` writes. */
function stringOf(v: Val): Val {
  const parts = v.known.map(pyStr);
  if (v.open === undefined && parts.every((p) => p !== undefined)) return { known: parts as string[] };
  return COMPUTED;
}

/** Concatenation of two writes: known when both are (and small). */
function concat(a: Val, b: Val): Val {
  if (a.open !== undefined || b.open !== undefined || a.known.length * b.known.length > 16) return COMPUTED;
  const known: Folded[] = [];
  for (const x of a.known) for (const y of b.known) known.push(`${String(x)}${String(y)}`);
  return known.every((k) => (k as string).length <= 4096) ? { known } : COMPUTED;
}

function execSet(run: Run, s: Node, scope: Scope) {
  const value: Val = s.value ? evalExpr(run, s.value, scope) : blockSet(run, s, scope);
  assign(run, s.assignee, value, scope);
}

/** `{% set x %}...{% endset %}`: the rendered body is the value. */
function blockSet(run: Run, s: Node, scope: Scope): Val {
  const v = execBody(run, s.body, scope);
  for (const k of v.known) {
    if (typeof k === 'string')
      dunderString(run, k, `block set "${clip(s.assignee?.value ?? '')}" holds "${clip(k)}" that`);
  }
  return v;
}

/** Binds a target (name, tuple, namespace attribute) to a value. */
function assign(run: Run, target: Node, value: Val, scope: Scope) {
  if (target?.type === 'Identifier') {
    scope.set(target.value, value);
  } else if (target?.type === 'TupleLiteral' || target?.type === 'ArrayLiteral') {
    const parts: Node[] = target.value ?? [];
    const tuple = single(value);
    parts.forEach((t, i) => {
      const v =
        Array.isArray(tuple) && tuple[i] !== undefined ? constant(tuple[i]!) : (itemOf(value) ?? INPUT);
      assign(run, t, v, scope);
    });
  } else if (target?.type === 'MemberExpression' && !target.computed) {
    const obj = objectOf(run, target.object, scope, {});
    const name: string = target.property?.value ?? '';
    checkName(run.report, name, ' (assigned)');
    if (obj.ns !== undefined) scope.set(`#${obj.ns}.${name}`, value);
  } else {
    evalExpr(run, target, scope);
  }
}

function execIf(run: Run, s: Node, scope: Scope): Val {
  evalExpr(run, s.test, scope);
  const a = scope.child();
  const b = scope.child();
  const outA = execBody(run, s.body, a);
  const outB = execBody(run, s.alternate, b);
  mergeLayers(scope, a, b);
  return join(outA, outB);
}

/** Loop variables do not leave the loop. */
const LOOP_ONLY = new Set(['loop']);

/**
 * A loop: over a known list of a few items each item runs in turn (a name built across iterations
 * is then known exactly); otherwise the body runs until what it writes stops changing, and what
 * still changes after a few passes becomes computed. The loop may also run zero times.
 */
function execFor(run: Run, s: Node, scope: Scope): Val {
  const iterable = evalExpr(run, s.iterable, scope);
  const item = itemOf(iterable) ?? COMPUTED;
  const loopObj = (it: Val): Val => ({ known: [], open: 'computed', obj: 'loop', item: it });
  // A known list runs item by item (duplicates included: `['__', 'cla', 'ss', '__']` builds a name).
  const whole = single(iterable);
  const items =
    whole !== undefined
      ? iterate(whole)
      : iterable.open === undefined && item.open === undefined
        ? item.known
        : undefined;
  const body = scope.child();
  let out: Val = constant('');
  const otherwise = scope.child();
  if (items && items.length <= MAX_UNROLL) {
    // Written in order, so a loop over a known list writes a known text.
    for (const x of items) {
      body.set('loop', loopObj(constant(x)));
      assign(run, s.loopvar, constant(x), body);
      out = concat(out, execBody(run, s.body, body));
    }
    if (!items.length) out = execBody(run, s.defaultBlock, otherwise);
  } else {
    const each = loopToFixpoint(run, s, body, item, loopObj(item));
    const empty = execBody(run, s.defaultBlock, otherwise);
    out = each.open === undefined && each.known.every((k) => k === '') ? empty : COMPUTED;
  }
  mergeLayers(scope, body, otherwise, LOOP_ONLY);
  return out;
}

/**
 * Runs a loop body over unknown items until it is stable. A pass that reads none of the variables it
 * writes is already stable (nested loops then cost one pass each, not 2^depth); otherwise the body
 * runs again with the joined values, and what still changes after a few passes becomes computed.
 */
function loopToFixpoint(run: Run, s: Node, body: Scope, item: Val, loop: Val): Val {
  let out: Val = constant('');
  const perPass = new Set(['loop', ...targetNames(s.loopvar)]);
  for (let pass = 0; pass < 4; pass++) {
    const start = new Map(body.writes());
    const outer = body.reads.names;
    const reads = new Set<string>();
    body.reads.names = reads;
    try {
      body.set('loop', loop);
      assign(run, s.loopvar, item, body);
      out = join(out, execBody(run, s.body, body));
    } finally {
      body.reads.names = outer;
      if (outer) for (const r of reads) outer.add(r);
    }
    let stable = true;
    for (const [k, v] of body.writes()) {
      if (perPass.has(k)) continue;
      const before = start.get(k);
      const merged = before ? join(before, v) : v;
      if (reads.has(k) && !sameVal(merged, before)) stable = false;
      body.set(k, merged);
    }
    if (stable) return out;
  }
  // Still changing: whatever a loop keeps building is a computed value.
  for (const [k, v] of body.writes())
    if (v.open !== 'number' && v.known.length) body.set(k, { ...v, open: 'computed' });
  return COMPUTED;
}

function targetNames(target: Node): string[] {
  if (target?.type === 'Identifier') return [target.value];
  if (target?.type === 'TupleLiteral' || target?.type === 'ArrayLiteral')
    return (target.value ?? []).flatMap(targetNames);
  return [];
}

/** Defines a macro and vets its body once with unknown arguments (callers are vetted with theirs). */
function defineMacro(run: Run, s: Node, scope: Scope) {
  const name: string = s.name?.value ?? '';
  const def: MacroDef = { name, node: s };
  scope.set(name, { known: [], open: 'computed', obj: 'macro', macro: def });
  // Vetted in a throw-away layer: namespace attributes it sets only count where it is called.
  callMacro(run, def, { pos: [], kw: new Map() }, scope.child(), true);
}

/**
 * Evaluates a macro with argument values; memoized per argument signature, recursion and the run
 * cap give an unknown result instead of another evaluation.
 */
export function callMacro(
  run: Run,
  def: MacroDef,
  args: Args,
  scope: Scope,
  unknownArgs = false,
  caller?: CallerDef,
): Val {
  if (run.macroRuns >= MAX_MACRO_RUNS)
    throw new TooComplex(`template needs more than ${MAX_MACRO_RUNS} macro evaluations`);
  const sig = unknownArgs ? '*' : signature(args);
  // Namespaces are shared state: the same arguments over other namespace values are another call.
  const key = `${def.name}\u0000${sig}\u0000${caller ? 'caller' : ''}\u0000${namespaceState(scope)}`;
  const memo = run.macroMemo.get(key);
  if (memo) return applyWrites(memo, scope);
  if (run.macroStack.has(def.name)) return COMPUTED;
  run.macroRuns++;
  run.macroStack.add(def.name);
  try {
    const body = scope.child();
    bindParams(run, def.node.args ?? [], sig === '*' ? undefined : args, body);
    if (caller) body.set('caller', { known: [], open: 'computed', obj: 'caller', caller });
    const out = execBody(run, def.node.body, body);
    // Namespaces are objects shared with the caller: attributes the macro sets stay set.
    const writes = new Map(
      [...body.writes()].filter(([k, v]) => k.startsWith('#') && !sameVal(v, scope.get(k))),
    );
    const result = { out, writes };
    run.macroMemo.set(key, result);
    return applyWrites(result, scope);
  } finally {
    run.macroStack.delete(def.name);
  }
}

function applyWrites(r: { out: Val; writes: ReadonlyMap<string, Val> }, scope: Scope): Val {
  for (const [k, v] of r.writes) scope.set(k, v);
  return r.out;
}

/**
 * Binds macro (or caller) parameters: given arguments, defaults, and the extra ones as `varargs`
 * and `kwargs`. Without arguments (a macro vetted where it is defined) parameters are render-time
 * data or their default; with a `*x`/`**x` argument nobody can read, they are computed.
 */
function bindParams(run: Run, params: Node[], args: Args | undefined, into: Scope) {
  const names = new Set<string>();
  params.forEach((p, i) => {
    const isKw = p?.type === 'KeywordArgumentExpression';
    const name: string = isKw ? p.key?.value : p?.value;
    names.add(name);
    const dflt = isKw ? evalExpr(run, p.value, into) : constant(null);
    const given = args?.kw.get(name) ?? args?.pos[i];
    into.set(name, !args ? join(INPUT, dflt) : args.opaque ? join(COMPUTED, dflt) : (given ?? dflt));
  });
  if (!args) {
    into.set('varargs', INPUT);
    into.set('kwargs', INPUT);
    return;
  }
  const extraPos = args.pos.slice(params.length).map((v) => single(v) ?? OPAQUE);
  const extraKw = [...args.kw]
    .filter(([k]) => !names.has(k))
    .map(([k, v]) => [k, single(v) ?? OPAQUE] as const);
  into.set('varargs', args.opaque ? COMPUTED : constant(extraPos));
  into.set('kwargs', args.opaque ? COMPUTED : constant(new FoldedDict(extraKw)));
}

function signature(args: Args): string {
  return [...args.pos.map(describeVal), ...[...args.kw].map(([k, v]) => `${k}=${describeVal(v)}`)].join(';');
}

/** Every namespace attribute visible in the scope, as one string (part of a macro's memo key). */
function namespaceState(scope: Scope): string {
  return [...scope.visible('#')].map(([k, v]) => `${k}=${describeVal(v)}`).join(';');
}

/** A value as a memo key part (what the checks depend on). */
function describeVal(v: Val): string {
  const known = v.known.map((k) => JSON.stringify(k) ?? '?').join(',');
  return `${v.open ?? ''}|${v.dyn ? 'd' : ''}|${v.obj ?? ''}|${v.ns ?? ''}|${v.macro?.name ?? ''}|${known}`;
}

/** `{% call m(...) %}body{% endcall %}`: m runs with caller() writing the body. */
function execCallBlock(run: Run, s: Node, scope: Scope): Val {
  const call = s.call;
  const callee = call?.callee;
  const args = evalArgs(run, call?.args ?? [], scope);
  const caller: CallerDef = { body: s.body ?? [], params: s.callerArgs ?? [], scope };
  const fn = callee?.type === 'Identifier' ? scope.get(callee.value) : undefined;
  if (fn?.macro) return callMacro(run, fn.macro, args, scope, false, caller);
  evalExpr(run, call, scope);
  return callCaller(run, caller, { pos: [], kw: new Map() });
}

/** caller(...) inside a macro: the call block's body with its parameters bound. */
export function callCaller(run: Run, caller: CallerDef, args: Args): Val {
  const body = caller.scope.child();
  bindParams(run, caller.params, args, body);
  return builtString(run, execBody(run, caller.body, body), {});
}
