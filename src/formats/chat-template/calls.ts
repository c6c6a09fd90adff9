/**
 * Calls: Jinja globals (namespace, dict, range, cycler, joiner, lipsum...), macros and caller(),
 * methods of known strings and dicts, and anything else (checked by what it was read as).
 */
import { checkCall, checkName, checkSubscript } from './access.ts';
import {
  builtString,
  callResult,
  dunderString,
  evalExpr,
  identifier,
  objectOf,
  readAttr,
} from './expressions.ts';
import { type Args, evalArgs, methodResult } from './filters.ts';
import { type Folded, FoldedDict, OPAQUE } from './fold.ts';
import { TEMPLATE_GLOBAL_CALLABLE } from './rules.ts';
import type { Ctx, Node, Run } from './run.ts';
import { callCaller, callMacro } from './statements.ts';
import { COMPUTED, constant, joinAll, NUMBER, type Scope, single, type Val } from './value.ts';

export function evalCall(run: Run, node: Node, scope: Scope, ctx: Ctx): Val {
  const callee = node.callee;
  const args = evalArgs(run, node.args ?? [], scope);
  if (callee?.type === 'Identifier') return callName(run, callee.value, args, scope, ctx);
  if (callee?.type === 'MemberExpression') return callMethod(run, callee, args, scope, ctx);
  const fn = evalExpr(run, callee, scope, ctx);
  checkCall(run.report, fn);
  return callValue(run, fn, args, scope);
}

/** `name(...)`: a macro, caller(), a Jinja global, or a callable from the data. */
function callName(run: Run, name: string, args: Args, scope: Scope, ctx: Ctx): Val {
  const fn = scope.get(name) ?? identifier(run, name, scope, 'callee');
  if (fn.macro || fn.caller) return callValue(run, fn, args, scope);
  if (!fn.globalFn) return callValue(run, fn, args, scope);
  switch (name) {
    case 'namespace':
      return newNamespace(run, args, scope);
    case 'dict':
      return { ...builtString(run, dictCall(run, args), ctx), obj: 'dict' };
    case 'lipsum':
      return { ...COMPUTED, obj: 'lipsum' };
    case 'range':
      // A range object: iterating gives numbers, looking into it by name is a lookup on a Python object.
      return { known: [], open: 'number', obj: 'range', item: NUMBER };
    case 'cycler':
    case 'joiner':
      return { known: [], open: 'computed', obj: name, item: joinArgs(args) };
    default:
      return COMPUTED;
  }
}

/** `obj.method(...)` and `obj[key](...)`. */
function callMethod(run: Run, callee: Node, args: Args, scope: Scope, ctx: Ctx): Val {
  const obj = objectOf(run, callee.object, scope, ctx);
  if (obj.globalFn) {
    const g = obj.obj!.slice(7);
    run.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${g}"`, { global: g });
  }
  let method: string | undefined;
  if (!callee.computed && callee.property?.type === 'Identifier') {
    method = String(callee.property.value ?? '');
    checkName(run.report, method, '');
  } else if (callee.property?.type !== 'SliceExpression') {
    const key = evalExpr(run, callee.property, scope, { inName: true });
    const literal = callee.property?.type === 'StringLiteral';
    checkSubscript(run.report, obj, key, literal);
    const k = single(key);
    if (typeof k === 'string') method = k;
    else if (key.open !== undefined && key.open !== 'number') {
      checkCall(run.report, { ...COMPUTED, dyn: true });
      return COMPUTED;
    }
  }
  if (method === undefined) return COMPUTED;
  const fn = readAttr(obj, method, scope);
  checkCall(run.report, fn);
  if (obj.obj === 'loop' && method === 'cycle') return joinArgs(args);
  if (fn.macro || fn.caller) return callValue(run, fn, args, scope);
  return builtString(run, methodResult(obj, method, args), ctx);
}

/** Calls a value: a macro, caller(), or something opaque. */
function callValue(run: Run, fn: Val, args: Args, scope: Scope): Val {
  if (fn.macro) return callMacro(run, fn.macro, args, scope);
  if (fn.caller) return callCaller(run, fn.caller, args);
  checkCall(run.report, fn);
  return callResult(fn);
}

/** namespace(a=1, ...): a new namespace object whose attributes live in the scope. */
function newNamespace(run: Run, args: Args, scope: Scope): Val {
  const id = run.nextNamespace++;
  for (const [k, v] of args.kw) {
    dunderString(run, k, `namespace() keyword "${k}"`);
    scope.set(`#${id}.${k}`, v);
  }
  // namespace({'a': 1}) copies a dict's items too.
  const first = single(args.pos[0] ?? constant(null));
  if (first instanceof FoldedDict) {
    for (const [k, v] of first.entries)
      if (typeof k === 'string' && v !== OPAQUE) scope.set(`#${id}.${k}`, constant(v));
  }
  return { known: [], open: 'computed', obj: 'namespace', ns: id };
}

/** dict(a=1, ...): keyword names are data (`dict(__init__=1)|first` is "__init__"). */
function dictCall(run: Run, args: Args): Val {
  if (args.opaque) return COMPUTED;
  const entries: Array<[Folded, Folded]> = [];
  for (const [k, v] of args.kw) entries.push([k, single(v) ?? OPAQUE]);
  for (const k of args.kw.keys()) dunderString(run, k, `dict() keyword "${k}"`);
  const base = single(args.pos[0] ?? constant(null));
  if (args.pos.length && !(base instanceof FoldedDict)) return COMPUTED;
  return constant(new FoldedDict([...(base instanceof FoldedDict ? base.entries : []), ...entries]));
}

function joinArgs(args: Args): Val {
  return joinAll([...args.pos, ...args.kw.values()]);
}
