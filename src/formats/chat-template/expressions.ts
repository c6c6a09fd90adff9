/**
 * Abstract evaluation of Jinja expressions: each expression becomes a Val (what it can be at render
 * time), and every lookup, call and filter on the way is checked.
 */
import { checkCall, checkName, checkSubscript } from './access.ts';
import { evalCall } from './calls.ts';
import { applyFilter, evalArgs } from './filters.ts';
import { clip, type Folded, FoldedDict, foldItem, OPAQUE, printf, pySlice, pyStr } from './fold.ts';
import {
  CALLABLE_GLOBALS,
  CALLABLE_OK,
  DUNDER_RE,
  isDunder,
  LITERAL_NAMES,
  PAYLOAD_GLOBALS,
} from './names.ts';
import {
  TEMPLATE_DUNDER,
  TEMPLATE_DUNDER_STRING,
  TEMPLATE_GADGET_GLOBAL,
  TEMPLATE_GLOBAL_CALLABLE,
} from './rules.ts';
import { type Ctx, MAX_DEPTH, type Node, type Run, TooComplex, tick } from './run.ts';
import { COMPUTED, constant, INPUT, join, joinAll, NUMBER, type Scope, single, type Val } from './value.ts';

export function evalExpr(run: Run, node: Node, scope: Scope, ctx: Ctx = {}): Val {
  if (!node || typeof node !== 'object') return COMPUTED;
  tick(run);
  if (++run.depth > MAX_DEPTH) throw new TooComplex(`template nests deeper than ${MAX_DEPTH} levels`);
  try {
    return evalNode(run, node, scope, ctx);
  } finally {
    run.depth--;
  }
}

function evalNode(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  switch (node.type) {
    case 'StringLiteral':
      if (!ctx.inName) dunderString(run, node.value, `string "${clip(node.value)}"`);
      return constant(node.value);
    case 'IntegerLiteral':
    case 'FloatLiteral':
      return constant(node.value);
    case 'Identifier':
      return identifier(run, node.value, scope, 'value');
    case 'ArrayLiteral':
    case 'TupleLiteral':
      return list(run, node.value ?? [], scope, ctx);
    case 'ObjectLiteral':
      return dict(run, node.value as Map<Node, Node>, scope, ctx);
    case 'MemberExpression':
      return member(run, node, scope, ctx);
    case 'CallExpression':
      return evalCall(run, node, scope, ctx);
    case 'FilterExpression': {
      const operand = evalExpr(run, node.operand, scope, ctx);
      return filterOf(run, node.filter, operand, scope, ctx);
    }
    case 'TestExpression':
      // `x is defined` asks whether a name exists: no attribute of it is read.
      if (node.operand?.type !== 'Identifier') evalExpr(run, node.operand, scope, ctx);
      return NUMBER;
    case 'UnaryExpression':
      return unary(run, node, scope, ctx);
    case 'BinaryExpression':
      return binary(run, node, scope, ctx);
    case 'Ternary':
      evalExpr(run, node.condition, scope);
      return join(evalExpr(run, node.trueExpr, scope, ctx), evalExpr(run, node.falseExpr, scope, ctx));
    case 'SelectExpression':
      evalExpr(run, node.test, scope);
      return join(evalExpr(run, node.lhs, scope, ctx), constant(null));
    case 'KeywordArgumentExpression':
      return evalExpr(run, node.value, scope, ctx);
    case 'SpreadExpression':
    case 'KeywordSpreadExpression':
      evalExpr(run, node.argument, scope, ctx);
      return COMPUTED;
    case 'SliceExpression':
      for (const k of ['start', 'stop', 'step']) if (node[k]) evalExpr(run, node[k], scope);
      return COMPUTED;
    default:
      return COMPUTED;
  }
}

/** Reports a known string naming a Python internal (not in a lookup key: there it is an attribute name). */
export function dunderString(run: Run, s: string, what: string) {
  const m = DUNDER_RE.exec(s);
  if (m) run.report(TEMPLATE_DUNDER_STRING, `${what} names "${m[0]}"`, { string: clip(s) });
}

/** Reports every known string of a value built by an operation, when one names an internal. */
export function builtString(run: Run, v: Val, ctx: Ctx): Val {
  if (ctx.inName) return v;
  for (const k of v.known)
    if (typeof k === 'string') dunderString(run, k, `builds the string "${clip(k)}" that`);
  return v;
}

/**
 * A name: a variable the template set, a literal (true/none), a Jinja global (a renderer object) or
 * render-time data. `use` says whether it is read as a value, called, or looked into.
 */
export function identifier(run: Run, name: string, scope: Scope, use: 'value' | 'callee' | 'object'): Val {
  const local = scope.get(name);
  if (local) return local;
  const literal = LITERAL_NAMES.get(name);
  if (literal !== undefined) return constant(literal);
  if (isDunder(name)) run.report(TEMPLATE_DUNDER, `refers to the Python internal "${name}"`, { name });
  const isGlobal = CALLABLE_GLOBALS.has(name);
  // Calling namespace, dict, range, cycler, joiner, lipsum... is fine; passing them around or
  // naming a payload global (os, config, request, self...) is not.
  const callOk = use === 'callee' && CALLABLE_OK.has(name);
  const payload = PAYLOAD_GLOBALS.has(name) && !(isGlobal && use === 'object');
  if (!callOk && (payload || (isGlobal && use !== 'object'))) {
    run.report(
      TEMPLATE_GADGET_GLOBAL,
      use === 'callee' ? `calls the global "${name}"` : `refers to the global "${name}" as a value`,
      { name },
    );
  }
  if (isGlobal || PAYLOAD_GLOBALS.has(name))
    return { known: [], open: 'computed', obj: `global:${name}`, globalFn: true };
  return INPUT;
}

function list(run: Run, items: Node[], scope: Scope, ctx: Ctx): Val {
  const vals = items.map((n) => evalExpr(run, n, scope, ctx));
  const folded = vals.map(single);
  if (folded.every((x) => x !== undefined)) return constant(folded as Folded[]);
  return { known: [], open: 'computed', item: vals.length ? vals.reduce(join) : constant(null) };
}

function dict(run: Run, map: Map<Node, Node>, scope: Scope, ctx: Ctx): Val {
  const entries: Array<[Folded, Folded]> = [];
  let keysKnown = true;
  const keys: Val[] = [];
  for (const [k, v] of map ?? []) {
    const key = evalExpr(run, k, scope, ctx);
    keys.push(key);
    const value = single(evalExpr(run, v, scope, ctx));
    const fk = single(key);
    if (fk === undefined) keysKnown = false;
    else entries.push([fk, value ?? OPAQUE]);
  }
  if (keysKnown) return constant(new FoldedDict(entries));
  return { known: [], open: 'computed', item: keys.length ? keys.reduce(join) : constant(null) };
}

/** `x.name` and `x[key]`. */
function member(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  const obj = objectOf(run, node.object, scope, ctx);
  if (obj.globalFn) {
    run.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${obj.obj!.slice(7)}"`, {
      global: obj.obj!.slice(7),
    });
  }
  if (!node.computed && node.property?.type === 'Identifier') {
    const name: string = node.property.value ?? '';
    checkName(run.report, name, '');
    return readAttr(obj, name, scope);
  }
  const p = node.property;
  if (p?.type === 'SliceExpression') return slice(run, obj, p, scope);
  const key = evalExpr(run, p, scope, { inName: true });
  checkSubscript(run.report, obj, key, p?.type === 'StringLiteral' || p?.type === 'IntegerLiteral');
  return readItem(obj, key, scope);
}

/** Evaluates the object of a lookup (a global is looked into, not used as a value). */
export function objectOf(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  if (node?.type === 'Identifier') return identifier(run, node.value, scope, 'object');
  return evalExpr(run, node, scope, ctx);
}

/** The value of `obj.name`: namespace attributes, loop fields, folded dicts, data, renderer objects. */
export function readAttr(obj: Val, name: string, scope: Scope): Val {
  if (obj.ns !== undefined) {
    const v = scope.get(`#${obj.ns}.${name}`);
    if (v) return { ...v, via: name };
  }
  if (obj.obj === 'loop') {
    if (/^(index0?|revindex0?|length|depth0?|first|last)$/.test(name)) return NUMBER;
    if (name === 'previtem' || name === 'nextitem') return obj.item ?? INPUT;
  }
  const folded = single(obj);
  if (folded instanceof FoldedDict) {
    const v = foldItem(folded, name);
    if (v !== undefined) return { ...constant(v), via: name };
  }
  const out: Val = { known: [], open: obj.open === 'input' && !obj.obj ? 'input' : 'computed', via: name };
  if (obj.obj) out.obj = obj.obj;
  if (obj.dyn) out.dyn = true;
  if (obj.open === 'input') out.item = INPUT;
  return out;
}

/** The value of `obj[key]` after the checks: folded when both are known. */
function readItem(obj: Val, key: Val, scope: Scope): Val {
  const k = single(key);
  const o = single(obj);
  if (o !== undefined && key.open === undefined && key.known.length) {
    // Every key the lookup can take, on a known dict or list: the value is one of theirs.
    const values = key.known.map((x) => foldItem(o, x));
    if (values.every((v) => v !== undefined)) return joinAll(values.map((v) => constant(v!)));
  }
  if (typeof k === 'string') return readAttr(obj, k, scope);
  const dataKey = key.open === 'input' || key.open === 'computed';
  const out: Val = obj.open === 'input' && !obj.obj ? { ...INPUT } : { known: [], open: 'computed' };
  if (obj.item && !dataKey) return obj.item;
  if (dataKey || obj.dyn) out.dyn = true;
  if (obj.obj) out.obj = obj.obj;
  return out;
}

function slice(run: Run, obj: Val, p: Node, scope: Scope): Val {
  const part = (n: Node) => (n ? single(evalExpr(run, n, scope)) : undefined);
  const [a, b, c] = [part(p.start), part(p.stop), part(p.step)];
  const o = single(obj);
  const nums = [a, b, c].every((x) => x === undefined || typeof x === 'number');
  if ((typeof o === 'string' || Array.isArray(o)) && nums) {
    const items = typeof o === 'string' ? [...o] : o;
    const r = pySlice(items, a as number | undefined, b as number | undefined, c as number | undefined);
    if (r) return constant(typeof o === 'string' ? r.join('') : r);
  }
  const out: Val = { known: [], open: obj.open === 'input' ? 'input' : 'computed' };
  if (obj.item) out.item = obj.item;
  if (obj.obj) out.obj = obj.obj;
  return out;
}

function filterOf(run: Run, filter: Node, operand: Val, scope: Scope, ctx: Ctx): Val {
  // `x|attr('a')(...)`: the filter is applied, then its result called.
  if (filter?.type === 'CallExpression' && filter.callee?.type === 'CallExpression') {
    const applied = filterOf(run, filter.callee, operand, scope, ctx);
    evalArgs(run, filter.args ?? [], scope);
    checkCall(run.report, applied);
    return callResult(applied);
  }
  const name: string = filter?.type === 'Identifier' ? filter.value : (filter?.callee?.value ?? '');
  const args = evalArgs(run, filter?.type === 'CallExpression' ? (filter.args ?? []) : [], scope, name);
  return builtString(run, applyFilter(run, name, operand, args), ctx);
}

/** What calling an opaque value gives: computed, still a renderer object when it was one. */
export function callResult(callee: Val): Val {
  const out: Val = { known: [], open: 'computed' };
  if (callee.obj) out.obj = callee.obj;
  return out;
}

function unary(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  const v = evalExpr(run, node.argument, scope, ctx);
  const op = node.operator?.value;
  if (op === '-' || op === '+') {
    const n = single(v);
    return typeof n === 'number' ? constant(op === '-' ? -n : n) : NUMBER;
  }
  return NUMBER;
}

function binary(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  const op: string = node.operator?.value;
  const l = evalExpr(run, node.left, scope, ctx);
  const r = evalExpr(run, node.right, scope, ctx);
  if (op === 'and' || op === 'or') return join(l, r);
  if (['==', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not'].includes(op)) return NUMBER;
  // Arithmetic that no string supports: the result is a number (or an error), never a name.
  const arithmetic = op === '-' || op === '/' || op === '//' || op === '**';
  const folded = crossFold(l, r, (a, b) => foldBinary(op, a, b));
  if (folded) return builtString(run, folded, ctx);
  const numeric = (v: Val) =>
    v.open === 'number' ||
    (v.open === undefined && v.known.every((x) => typeof x === 'number' || typeof x === 'boolean'));
  // str + int and list + int raise in Python: with a number on either side, + is arithmetic too.
  if (arithmetic || (op === '+' && (numeric(l) || numeric(r))) || (numeric(l) && numeric(r) && op !== '~'))
    return NUMBER;
  if (op === '*' && (numeric(l) || numeric(r)) && (l.open === 'input' || r.open === 'input'))
    return { known: [], open: 'input' };
  const out: Val = { known: [], open: 'computed' };
  if (op === '+' && (l.item || r.item))
    out.item = l.item && r.item ? join(l.item, r.item) : (l.item ?? r.item)!;
  return out;
}

/** Folds `a op b` over every pair of known values; undefined when a side is open or a pair fails. */
function crossFold(l: Val, r: Val, f: (a: Folded, b: Folded) => Folded | undefined): Val | undefined {
  if (l.open !== undefined || r.open !== undefined || l.known.length * r.known.length > 64) return undefined;
  let out: Val | undefined;
  for (const a of l.known) {
    for (const b of r.known) {
      const v = f(a, b);
      if (v === undefined) return undefined;
      out = out ? join(out, constant(v)) : constant(v);
    }
  }
  return out;
}

function foldBinary(op: string, l: Folded, r: Folded): Folded | undefined {
  if (op === '~') {
    const a = pyStr(l);
    const b = pyStr(r);
    return a === undefined || b === undefined ? undefined : (a + b).length <= 4096 ? a + b : undefined;
  }
  if (typeof l === 'number' && typeof r === 'number') {
    if (op === '+') return l + r;
    if (op === '-') return l - r;
    if (op === '*') return l * r;
    if (op === '//' && r !== 0) return Math.floor(l / r);
    if (op === '%' && r !== 0) return ((l % r) + r) % r;
    if (op === '/' && r !== 0) return l / r;
    return undefined;
  }
  if (op === '+' && typeof l === 'string' && typeof r === 'string')
    return l.length + r.length <= 4096 ? l + r : undefined;
  if (op === '+' && Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
  if (op === '*') {
    const [s, k] = typeof l === 'string' ? [l, r] : [r, l];
    if (typeof s === 'string' && typeof k === 'number' && k >= 0 && s.length * k <= 4096)
      return s.repeat(Math.floor(k));
    return undefined;
  }
  if (op === '%' && typeof l === 'string') return printf(l, Array.isArray(r) ? r : [r]);
  return undefined;
}
