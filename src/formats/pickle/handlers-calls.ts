/**
 * Handlers for the opcodes that import, call or rebuild things: GLOBAL, STACK_GLOBAL, INST, OBJ, REDUCE,
 * NEWOBJ(_EX), BUILD, EXT1/2/4, PERSID/BINPERSID, STOP. They record how each global is used:
 *
 * - called: the callable of REDUCE, OBJ or INST (`_instantiate` calls the class or function), a value
 *   a forwarder calls (forwarders.ts), or one an estimator calls from its state when used (use-time.ts);
 * - instantiated: the class of NEWOBJ/NEWOBJ_EX or the class a reconstructor instantiates (a direct
 *   global at a forwarder position). Followed by a BUILD (its `__setstate__` runs on the pickled state)
 *   it was rebuilt from state; without one it counts as called;
 * - referenced: everything else (a class stored as data: `dtype=np.float32`, `typing.Any`, `int`).
 *
 * Where the unpickler would raise instead of running anything (calling None, a STACK_GLOBAL of bytes, a
 * name that is not UTF-8 or is empty), the walk stops there as the loader would.
 */
import { isUtf8 } from 'node:buffer';
import { PickleError } from './errors.ts';
import { loaderName } from './compat-names.ts';
import type { Line } from './operand-readers.ts';
import type { WalkState } from './state.ts';
import {
  BUFFER,
  describe,
  dictField,
  type GlobalSite,
  globalName,
  mayBeCallable,
  type ObjValue,
  objValue,
  strValue,
  type Value,
} from './values.ts';

// --- imports -------------------------------------------------------------------------------------

/** Why the unpickler cannot import this name (it raises), or null when it can try. */
function unimportable(module: string, name: string): string | null {
  if (module.length === 0) return 'empty module name';
  if (name.length === 0) return 'empty global name';
  return null;
}

function pushGlobal(st: WalkState, module: string, name: string, opcode: GlobalSite['opcode']): void {
  const why = unimportable(module, name);
  if (why) {
    st.fail(`${opcode} with an ${why} (the unpickler raises here)`);
    return;
  }
  st.push({ t: 'global', site: st.newGlobal(module, name, opcode) });
}

/** The module and name lines of GLOBAL/INST, decoded as the unpickler does (UTF-8 or ASCII, strict). */
function nameLines(st: WalkState, lines: [Line, Line], ascii: boolean, opcode: GlobalSite['opcode']) {
  const [m, n] = lines;
  const ok = (b: Buffer) => (ascii ? b.every((c) => c < 0x80) : isUtf8(b));
  if (!ok(m.text) || !ok(n.text)) {
    st.fail(`${opcode} name is not ${ascii ? 'ASCII' : 'UTF-8'} (the unpickler raises UnicodeDecodeError)`);
    return null;
  }
  const long = m.length > m.text.length || n.length > n.text.length;
  return { module: m.text.toString('utf8'), name: n.text.toString('utf8'), long };
}

export function global(st: WalkState, lines: [Line, Line]): void {
  const names = nameLines(st, lines, false, 'GLOBAL');
  if (!names) return;
  if (names.long) {
    const site = st.newGlobal(
      names.module,
      names.name,
      'GLOBAL',
      `a name longer than ${st.limits.maxString} bytes`,
    );
    st.push({ t: 'global', site });
    return;
  }
  pushGlobal(st, names.module, names.name, 'GLOBAL');
}

const isText = (v: Value): v is Extract<Value, { t: 'str' }> => v.t === 'str' && !v.bytes;

export function stackGlobal(st: WalkState): void {
  const name = st.pop();
  const module = st.pop();
  if (st.error) return;
  if (isText(module) && isText(name) && !module.trunc && !name.trunc) {
    pushGlobal(st, module.s, name.s, 'STACK_GLOBAL');
    return;
  }
  const computed = (v: Value) =>
    isText(v) || v.t === 'obj' || v.t === 'pers' || v.t === 'ext' || v.t === 'global';
  if (!computed(module) || !computed(name)) {
    st.fail(
      `STACK_GLOBAL operands are ${describe(module)} and ${describe(name)}, not str (the unpickler raises)`,
    );
    return;
  }
  // Computed or truncated operands: what they name cannot be known statically.
  const part = (v: Value) => `${describe(v)}${v.t === 'str' && v.trunc ? ' (too long)' : ''}`;
  const show = (v: Value) => (isText(v) ? v.s.slice(0, 200) : '?');
  const why = `module is ${part(module)}, name is ${part(name)}`;
  st.push({ t: 'global', site: st.newGlobal(show(module), show(name), 'STACK_GLOBAL', why) });
}

export function inst(st: WalkState, lines: [Line, Line]): void {
  const names = nameLines(st, lines, true, 'INST');
  if (!names) return;
  const why = names.long ? null : unimportable(names.module, names.name);
  if (why) {
    st.fail(`INST with an ${why} (the unpickler raises here)`);
    return;
  }
  const long = names.long ? `a name longer than ${st.limits.maxString} bytes` : undefined;
  // The unpickler imports the class before it looks for the MARK: record it first.
  const site = st.newGlobal(names.module, names.name, 'INST', long);
  const args = st.popMark();
  if (st.error) return;
  site.calledBy ??= 'INST';
  const callee: Value = { t: 'global', site };
  const obj = objValue(callee, 'INST', tuple(st, args));
  forward(st, callee, obj);
  st.push(obj);
}

// --- calls ---------------------------------------------------------------------------------------

function tuple(st: WalkState, items: Value[]): Value {
  const t: Value = { t: 'tuple', items: [], dropped: 0 };
  t.dropped = st.keep(items, t.items);
  return t;
}

/** Records a call of `callee`; false (after stopping the walk) when the unpickler would raise TypeError. */
function call(st: WalkState, callee: Value, opcode: string): boolean {
  if (callee.t === 'global' || callee.t === 'ext') callee.site.calledBy ??= opcode;
  else if (mayBeCallable(callee)) {
    if (callee.t === 'obj' && callee.bound && callee.callee.t === 'global')
      callee.callee.site.calledBy ??= `${opcode} of the method it returned`;
    st.computedCall(opcode, callee);
  } else {
    st.fail(`${opcode} calls ${describe(callee)}, which is not callable (the unpickler raises TypeError)`);
    return false;
  }
  return true;
}

/** Marks `site` as instantiated by `how`; a BUILD on `obj` later turns that into rebuilt-from-state. */
function instantiate(site: GlobalSite, obj: ObjValue, how: string): void {
  site.unbuilt = (site.unbuilt ?? 0) + 1;
  site.instantiatedBy ??= how;
  obj.classes ??= [];
  obj.classes.push(site);
}

/**
 * Applies the forwarders table: the arguments at the listed positions (-1: all of them) of an allowed
 * callable that calls or instantiates what it is given. A direct global there is instantiated (a class
 * given to a reconstructor); globals deeper inside (a dict of hooks) are called.
 */
function forward(st: WalkState, callee: Value, obj: ObjValue): void {
  if (callee.t !== 'global' || !st.hooks.forwarders) return;
  const positions = st.hooks.forwarders.get(`${callee.site.module}.${callee.site.name}`);
  if (!positions) return;
  const how = `${obj.via} via ${globalName(callee.site)}`;
  const args = obj.args;
  if (args?.t !== 'tuple' && args?.t !== 'list') {
    // `func(*args)` over a value we cannot enumerate: whatever is in it may be called.
    if (args) st.markCalled(args, how);
    return;
  }
  const every = positions.includes(-1);
  for (let i = 0; i < args.items.length; i++) {
    if (!every && !positions.includes(i)) continue;
    const v = args.items[i]!;
    if (v.t === 'global') instantiate(v.site, obj, how);
    else st.markCalled(v, how);
  }
}

/** Arguments a class stores and calls when its instance is used (FunctionTransformer(func)). */
function useTimeArgs(st: WalkState, callee: Value, obj: ObjValue): void {
  if (callee.t !== 'global' || !st.hooks.useTime || obj.args?.t !== 'tuple') return;
  const params = st.hooks.useTime.get(`${callee.site.module}.${callee.site.name}`);
  for (const [key, position] of params ?? []) {
    const v = position >= 0 ? obj.args.items[position] : undefined;
    if (v) st.markCalled(v, `${callee.site.name}.${key} (called when the object is used)`);
  }
}

/** Distinct classes and names kept per getattr global for the bound-method reading. */
const MAX_BOUND = 64;
const PLAIN_ATTRIBUTE = /^(?!__)[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * getattr(<instance>, '<literal>'), the way Python pickles a bound method (`obj.method`). Recorded on
 * the getattr site instead of counting as a call; the result is marked so that calling it (or handing
 * it to something that calls it) counts as calling getattr after all.
 */
function boundMethod(callee: Value, args: Value): ObjValue | null {
  if (callee.t !== 'global' || args.t !== 'tuple' || args.items.length !== 2 || args.dropped > 0) return null;
  const [target, attr] = args.items as [Value, Value];
  if (target.t !== 'obj' || !isText(attr) || attr.trunc || !PLAIN_ATTRIBUTE.test(attr.s)) return null;
  const [m, n] = loaderName(callee.site.module, callee.site.name, callee.site.protocol);
  if (m !== 'builtins' || n !== 'getattr' || callee.site.unresolved) return null;
  callee.site.bound ??= { uses: 0, classes: [], attrs: [] };
  const bound = callee.site.bound;
  const classes = [...(target.root ? [target.root] : []), ...(target.classes ?? [])];
  if (classes.length === 0) return null;
  for (const c of classes) if (!bound.classes.includes(c)) bound.classes.push(c);
  if (!bound.attrs.includes(attr.s)) bound.attrs.push(attr.s);
  if (bound.classes.length > MAX_BOUND || bound.attrs.length > MAX_BOUND) return null;
  bound.uses++;
  const obj = objValue(callee, 'REDUCE', args);
  obj.bound = true;
  return obj;
}

export function reduce(st: WalkState): void {
  const args = st.pop();
  const callee = st.pop();
  if (st.error) return;
  const method = boundMethod(callee, args);
  if (method) {
    st.push(method);
    return;
  }
  if (!call(st, callee, 'REDUCE')) return;
  const obj = objValue(callee, 'REDUCE', args);
  forward(st, callee, obj);
  useTimeArgs(st, callee, obj);
  st.push(obj);
}

export function objOp(st: WalkState): void {
  const items = st.popMark();
  if (st.error) return;
  const cls = items[0];
  if (cls === undefined) {
    st.fail('OBJ without a class');
    return;
  }
  if (!call(st, cls, 'OBJ')) return;
  const obj = objValue(cls, 'OBJ', tuple(st, items.slice(1)));
  forward(st, cls, obj);
  useTimeArgs(st, cls, obj);
  st.push(obj);
}

/** NEWOBJ (`cls.__new__(cls, *args)`) and NEWOBJ_EX (with kwargs). */
export function newObj(opcode: 'NEWOBJ' | 'NEWOBJ_EX'): (st: WalkState) => void {
  return (st) => {
    if (opcode === 'NEWOBJ_EX') st.pop();
    const args = st.pop();
    const cls = st.pop();
    if (st.error) return;
    const obj = objValue(cls, opcode, args);
    if (cls.t === 'global') instantiate(cls.site, obj, opcode);
    else if (!call(st, cls, opcode)) return;
    st.push(obj);
  };
}

// --- BUILD ---------------------------------------------------------------------------------------

/** The pickled `__dict__` in a BUILD state (a dict, or the first of a (dict, slots) pair). */
function stateDict(state: Value): Value | undefined {
  if (state.t === 'dict') return state;
  return state.t === 'tuple' && state.items.length === 2 ? state.items[0] : undefined;
}

/**
 * BUILD runs `type(obj).__setstate__(state)` or updates `obj.__dict__`: the classes the object was
 * instantiated from are rebuilt from state. Globals inside the state are data (referenced), except
 * under keys the class calls when it is used (use-time.ts).
 */
export function build(st: WalkState): void | Promise<void> {
  const state = st.pop();
  const obj = st.top();
  if (st.error) return;
  if (obj.t === 'global') obj.site.mutatedBy ??= 'BUILD';
  if (obj.t === 'obj') {
    obj.state = state;
    if (obj.classes && !obj.built) {
      obj.built = true;
      for (const site of obj.classes) {
        site.unbuilt = (site.unbuilt ?? 1) - 1;
        site.constructedBy ??= `${site.instantiatedBy ?? obj.via} + BUILD`;
      }
    }
    useTimeState(st, obj, state);
  }
  const hook = st.hooks.afterBuild;
  if (!hook) return;
  return hook(obj, st.reader, st.result, st.walkNested).catch((err: unknown) => {
    if (!(err instanceof PickleError)) throw err;
    st.at = err.offset;
    st.fail(err.message, err.limit, err.code);
  });
}

function useTimeState(st: WalkState, obj: ObjValue, state: Value): void {
  if (!st.hooks.useTime) return;
  // The object's class: what NEWOBJ or a reconstructor instantiated, or the class REDUCE/OBJ/INST called.
  const classes = obj.classes ?? (obj.callee.t === 'global' ? [obj.callee.site] : []);
  const dict = stateDict(state);
  for (const cls of classes) {
    for (const [key] of st.hooks.useTime.get(`${cls.module}.${cls.name}`) ?? []) {
      const v = dictField(dict, key);
      if (v) st.markCalled(v, `${cls.name}.${key} (called when the object is used)`);
    }
  }
}

// --- extension registry, persistent ids, buffers, STOP -------------------------------------------

export function ext(st: WalkState, code: number): void {
  st.push({ t: 'ext', site: st.newExt(code) });
}

function persistent(st: WalkState, pid: Value): void {
  const load = st.hooks.persistentLoad;
  if (load === 'none') {
    st.fail(`${st.opName} without a persistent_load (the unpickler raises UnpicklingError)`);
    return;
  }
  if (st.result.persistentIds++ < 100_000) st.result.persistent.push(pid);
  st.push(load?.(pid) ?? { t: 'pers', pid });
}

export function persId(st: WalkState, l: Line): void {
  persistent(st, strValue(l.text.toString('latin1'), false, l.length, l.length > l.text.length));
}

export function binPersId(st: WalkState): void {
  const pid = st.pop();
  if (!st.error) persistent(st, pid);
}

export const nextBuffer = (st: WalkState): void => st.push(BUFFER);
export const readonlyBuffer = (st: WalkState): void => void st.top();

export function stop(st: WalkState): void {
  const v = st.pop();
  if (st.error) return;
  st.result.value = v;
  st.result.end = st.reader.pos;
  st.stopped = true;
}
