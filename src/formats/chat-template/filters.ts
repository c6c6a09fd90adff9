/**
 * Filters and methods: their checks (attribute= names, filter and test names given at render time)
 * and their results (folded when known; data stays data through filters that only keep its
 * characters; anything else the template builds is computed).
 */
import { checkAttributeArgument, checkFilterName } from './access.ts';
import { evalExpr } from './expressions.ts';
import { type Folded, FoldedDict, foldFilter, foldMethod, iterate, OPAQUE } from './fold.ts';
import { ATTRIBUTE_ARGS, DATA_PRESERVING, NUMERIC_FILTERS } from './names.ts';
import type { Node, Run } from './run.ts';
import { COMPUTED, constant, INPUT, join, joinAll, NUMBER, type Scope, single, type Val } from './value.ts';

export interface Args {
  pos: Val[];
  kw: Map<string, Val>;
  /** A `*list` or `**dict` argument whose items are not known. */
  opaque?: boolean;
}

/** Evaluates call or filter arguments; those of `filter` that name attributes are names, not strings. */
export function evalArgs(run: Run, nodes: Node[], scope: Scope, filter?: string): Args {
  const args: Args = { pos: [], kw: new Map() };
  const spec = filter === undefined ? undefined : ATTRIBUTE_ARGS.get(filter);
  const first = nodes[0]?.type === 'StringLiteral' ? nodes[0].value : undefined;
  for (const n of nodes) {
    if (n?.type === 'SpreadExpression' || n?.type === 'KeywordSpreadExpression') {
      spread(run, n, scope, args);
    } else if (n?.type === 'KeywordArgumentExpression') {
      const key: string = n.key?.value ?? '';
      args.kw.set(key, evalExpr(run, n.value, scope, { inName: !!spec && key === spec.kw }));
    } else {
      const i = args.pos.length;
      const inName =
        (filter === 'attr' && i === 0) ||
        spec?.pos === i ||
        (filter === 'map' && first === 'attr' && i === 1);
      args.pos.push(evalExpr(run, n, scope, { inName }));
    }
  }
  return args;
}

export function applyFilter(run: Run, name: string, operand: Val, args: Args): Val {
  checkFilterArguments(run, name, args);
  if (name === 'attr') {
    const attr = single(args.pos[0] ?? COMPUTED);
    const out: Val = { known: [], open: operand.open === 'input' ? 'input' : 'computed' };
    if (typeof attr === 'string') out.via = attr;
    else out.dyn = true;
    if (operand.obj) out.obj = operand.obj;
    return out;
  }
  return filterResult(name, operand, args);
}

/** `*list` and `**dict` arguments: expanded when known, otherwise every argument is unknown. */
function spread(run: Run, n: Node, scope: Scope, args: Args) {
  const v = single(evalExpr(run, n.argument, scope));
  if (n.type === 'SpreadExpression' && Array.isArray(v)) {
    for (const x of v) args.pos.push(x === OPAQUE ? COMPUTED : constant(x));
  } else if (n.type === 'KeywordSpreadExpression' && v instanceof FoldedDict) {
    for (const [k, x] of v.entries) {
      if (typeof k === 'string') args.kw.set(k, x === OPAQUE ? COMPUTED : constant(x));
      else args.opaque = true;
    }
  } else {
    args.opaque = true;
  }
}

/** The attribute-name and filter-name arguments of |attr, |map, |selectattr, |sort(attribute=)... */
function checkFilterArguments(run: Run, name: string, args: Args) {
  if (name === 'attr') {
    if (args.pos[0]) checkAttributeArgument(run.report, args.pos[0], 'attr');
    return;
  }
  const spec = ATTRIBUTE_ARGS.get(name);
  const kw = args.kw.get('attribute');
  if (spec && kw) checkAttributeArgument(run.report, kw, name);
  if (spec?.pos !== undefined && args.pos[spec.pos]) {
    checkAttributeArgument(run.report, args.pos[spec.pos]!, name);
  }
  if ((name === 'map' || name === 'select' || name === 'reject') && args.pos[0] && !kw) {
    checkFilterName(run.report, args.pos[0], name);
    // map('attr', name) applies |attr to each item.
    if (name === 'map' && single(args.pos[0]) === 'attr' && args.pos[1])
      checkAttributeArgument(run.report, args.pos[1], 'map');
  }
  if ((name === 'selectattr' || name === 'rejectattr') && args.pos[1])
    checkFilterName(run.report, args.pos[1], name);
}

/** What a filter gives: folded over every known operand value when possible. */
function filterResult(name: string, operand: Val, args: Args): Val {
  const folded = foldAll(operand, (v) => foldFilter(name, v, args.pos.map(single) as Folded[]), args);
  if (folded) return folded;
  if (NUMERIC_FILTERS.has(name)) return NUMBER;
  if (name === 'default' || name === 'd') return join(operand, args.pos[0] ?? constant(''));
  const item = itemOf(operand);
  const data = operand.open === 'input' || operand.open === 'number';
  if (data && DATA_PRESERVING.has(name) && args.pos.every((a) => a.open === undefined)) {
    // Characters of the data only: still render-time data, not a name the template built.
    if (name === 'first' || name === 'last' || name === 'random') return keepTaint(operand, item ?? INPUT);
    const out: Val = { known: [], open: operand.open === 'number' ? 'number' : 'input' };
    if (item) out.item = item;
    return keepTaint(operand, out);
  }
  return keepTaint(operand, item ? { ...COMPUTED, item } : COMPUTED);
}

/** A result keeps what its operand was reached by (a data-chosen attribute, a renderer object). */
function keepTaint(from: Val, v: Val): Val {
  if (!from.dyn && !from.obj) return v;
  const out: Val = { ...v };
  if (from.dyn) out.dyn = true;
  if (from.obj) out.obj = from.obj;
  return out;
}

/** What a str/dict method call gives on a value (`'.'.join(...)`, `x.strip()`, `d.items()`). */
export function methodResult(obj: Val, method: string, args: Args): Val {
  const folded = foldAll(obj, (v) => foldMethod(v, method, args.pos.map(single) as Folded[]), args);
  if (folded) return folded;
  if (
    method === 'startswith' ||
    method === 'endswith' ||
    method === 'find' ||
    method === 'count' ||
    method === 'index' ||
    method === 'isdigit'
  )
    return NUMBER;
  if (method === 'get')
    return keepTaint(obj, join(obj.open === 'input' ? INPUT : COMPUTED, args.pos[1] ?? constant(null)));
  if (obj.open === 'input' && DATA_PRESERVING.has(method) && args.pos.every((a) => a.open === undefined)) {
    return keepTaint(obj, { known: [], open: 'input', item: INPUT });
  }
  const item = itemOf(obj);
  return keepTaint(obj, item && method !== 'join' ? { ...COMPUTED, item } : COMPUTED);
}

/** Applies `f` to every known value when the operand and the arguments are all known. */
function foldAll(v: Val, f: (x: Folded) => Folded | undefined, args: Args): Val | undefined {
  if (v.open !== undefined || !v.known.length || args.pos.some((a) => single(a) === undefined))
    return undefined;
  // Keyword arguments change what filters do (join(attribute=), sort(reverse=)): not folded.
  if (args.kw.size || args.opaque) return undefined;
  const out: Val[] = [];
  for (const x of v.known) {
    const r = f(x);
    if (r === undefined) return undefined;
    out.push(constant(r));
  }
  return joinAll(out);
}

/** What iterating a value yields. */
export function itemOf(v: Val): Val | undefined {
  const parts: Val[] = [];
  for (const k of v.known) {
    const items = iterate(k);
    if (items) parts.push(items.length ? joinAll(items.map(constant)) : constant(null));
  }
  if (v.item) parts.push(v.item);
  else if (v.open === 'input') parts.push(INPUT);
  else if (v.open === 'computed') parts.push(v.obj ? { ...COMPUTED, obj: v.obj } : COMPUTED);
  return parts.length ? joinAll(parts) : undefined;
}
