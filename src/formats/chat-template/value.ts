/**
 * Abstract values of the template interpreter: what a template expression can be at render time.
 *
 * `known` holds every value decided statically (a literal, a folded name, each item of a literal
 * list a loop runs over, each branch of an if). `open` says whether other values are possible and
 * where they come from: `number` (never a string: indexes, lengths, comparisons), `input` (render-time
 * data the caller passes: messages, tools, documents, or its fields) or `computed` (a string the
 * template builds from parts that are not all known: the taint that makes a subscript an attribute
 * lookup nobody can read in the source).
 */
import { type Folded, FoldedDict, OPAQUE } from './fold.ts';

export type Openness = 'number' | 'input' | 'computed';

export interface MacroDef {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: AST nodes are walked structurally (their classes are not exported).
  node: any;
}
export interface CallerDef {
  // biome-ignore lint/suspicious/noExplicitAny: AST nodes are walked structurally.
  body: any[];
  // biome-ignore lint/suspicious/noExplicitAny: AST nodes are walked structurally.
  params: any[];
  scope: Scope;
}

export interface Val {
  /** Values known statically (complete when `open` is undefined). */
  known: readonly Folded[];
  open?: Openness;
  /** Reached through a subscript whose key is render-time data: an attribute chosen by data. */
  dyn?: boolean;
  /** A renderer object or function (loop, cycler, namespace, macro, a Jinja global), or read from one. */
  obj?: string;
  /** True for a Jinja global function itself (cycler, lipsum, range...), not a value it returned. */
  globalFn?: boolean;
  /** The namespace() object this is. */
  ns?: number;
  macro?: MacroDef;
  caller?: CallerDef;
  /** What iterating it yields, when `known` does not tell. */
  item?: Val;
  /** The attribute name this value was read by (`x.format`, `x|attr('popen')`): what calling it calls. */
  via?: string;
}

/**
 * Variables of one render scope (namespace attributes are stored as `#<id>.<attr>`). A branch, loop
 * body or macro runs in a child layer over its parent, so joining it back costs what it wrote, not
 * the size of the whole scope (a template of 10,000 sets and ifs stays linear).
 */
export class Scope {
  private readonly vars = new Map<string, Val>();
  private readonly parent: Scope | undefined;
  /** Names read anywhere in this scope tree while a loop body is checked for loop-carried values. */
  readonly reads: { names?: Set<string> };
  constructor(parent?: Scope) {
    this.parent = parent;
    this.reads = parent?.reads ?? {};
  }
  get(name: string): Val | undefined {
    this.reads.names?.add(name);
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }
  set(name: string, v: Val) {
    this.vars.set(name, v);
  }
  child(): Scope {
    return new Scope(this);
  }
  /** What this layer itself wrote. */
  writes(): ReadonlyMap<string, Val> {
    return this.vars;
  }
  /** The visible variables whose names start with `prefix`, nearest layer first (not logged as reads). */
  visible(prefix: string): Map<string, Val> {
    const out = new Map<string, Val>();
    for (let s: Scope | undefined = this; s; s = s.parent) {
      for (const [k, v] of s.vars) if (k.startsWith(prefix) && !out.has(k)) out.set(k, v);
    }
    return out;
  }
}

const MAX_KNOWN = 64;
const RANK: Record<Openness, number> = { number: 0, input: 1, computed: 2 };

export const constant = (v: Folded): Val => ({ known: [v] });
export const NUMBER: Val = { known: [], open: 'number' };
export const INPUT: Val = { known: [], open: 'input', item: { known: [], open: 'input' } };
export const COMPUTED: Val = { known: [], open: 'computed' };

function maxOpen(a: Openness | undefined, b: Openness | undefined): Openness | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** A value that can be either `a` or `b` (branches, loop iterations, `or`, ternaries). */
export function join(a: Val, b: Val): Val {
  if (a === b) return a;
  const known = mergeKnown(a.known, b.known);
  const overflow = known.length > MAX_KNOWN;
  const out: Val = {
    known: overflow ? keepSuspicious(known) : known,
    open: overflow ? 'computed' : maxOpen(a.open, b.open),
  };
  if (a.dyn || b.dyn) out.dyn = true;
  const obj = a.obj ?? b.obj;
  if (obj) out.obj = obj;
  if (a.globalFn || b.globalFn) out.globalFn = true;
  if (a.ns !== undefined && a.ns === b.ns) out.ns = a.ns;
  if (a.macro && a.macro === b.macro) out.macro = a.macro;
  if (a.caller && a.caller === b.caller) out.caller = a.caller;
  if (a.item || b.item) out.item = a.item && b.item ? join(a.item, b.item) : (a.item ?? b.item)!;
  if (a.via && a.via === b.via) out.via = a.via;
  return out;
}

export const joinAll = (vals: readonly Val[]): Val => (vals.length ? vals.reduce(join) : constant(null));

/** The one known value when the value is fully decided, else undefined. */
export function single(v: Val): Folded | undefined {
  return v.open === undefined && v.known.length === 1 ? v.known[0] : undefined;
}

/** True when two values describe the same set (for loop fixpoints). */
export function sameVal(a: Val | undefined, b: Val | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.open === b.open &&
    !!a.dyn === !!b.dyn &&
    a.obj === b.obj &&
    a.ns === b.ns &&
    a.known.length === b.known.length &&
    a.known.every((x, i) => keyOf(x) === keyOf(b.known[i]!))
  );
}

function mergeKnown(a: readonly Folded[], b: readonly Folded[]): Folded[] {
  if (!b.length) return [...a];
  if (!a.length) return [...b];
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const x of b) {
    const k = keyOf(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** On overflow, keep the values that could name internals first (those are what the checks need). */
function keepSuspicious(known: Folded[]): Folded[] {
  const risky = known.filter((x) => typeof x === 'string' && x.startsWith('_'));
  const rest = known.filter((x) => !(typeof x === 'string' && x.startsWith('_')));
  return [...risky, ...rest].slice(0, MAX_KNOWN);
}

function keyOf(v: Folded): string {
  if (v === OPAQUE) return '\u0000opaque';
  if (v instanceof FoldedDict) return `d${JSON.stringify(v.entries.map(([k, x]) => [keyOf(k), keyOf(x)]))}`;
  if (Array.isArray(v)) return `l${JSON.stringify(v.map(keyOf))}`;
  return `${typeof v}:${String(v)}`;
}

/**
 * Writes into `into` what either child layer wrote, joined with the other's view (a variable one
 * branch did not set keeps its earlier value as the other possibility).
 */
export function mergeLayers(into: Scope, a: Scope, b: Scope, skip?: ReadonlySet<string>) {
  const names = new Set([...a.writes().keys(), ...b.writes().keys()]);
  for (const name of names) {
    if (skip?.has(name)) continue;
    const x = a.get(name);
    const y = b.get(name);
    into.set(name, x && y ? join(x, y) : (x ?? y)!);
  }
}
