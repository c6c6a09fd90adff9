/**
 * Static OmegaConf interpolation resolution over a parsed config tree.
 *
 * Mirrors what OmegaConf does when Hydra's `instantiate` reads a node (omegaconf/base.py
 * `_resolve_node_interpolation`, `_resolve_key_and_root`, `_select_impl`; resolvers in
 * omegaconf/resolvers/oc/__init__.py): absolute keys start at the root, each leading dot climbs one
 * container from the one holding the value, keys may themselves be interpolations, a value that is
 * one interpolation keeps its type, anything else concatenates `str()` of its parts. Built-in
 * resolvers whose result the file alone decides (oc.select, oc.deprecated, oc.decode, oc.create,
 * oc.dict.*) are evaluated; what depends on the machine that loads it (oc.env, custom resolvers) is
 * an Unknown that carries the reasons and the values it could take (an env default).
 */
import { parse as parseYaml } from 'yaml';
import {
  type Element,
  GrammarError,
  type Interpolation,
  isInterpolation,
  type KeyPart,
  parseConfigValue,
  parseSingleElement,
} from './grammar.ts';
import { BaseError } from '../../core/errors.ts';
import { YAML_ALIAS_LIMITS } from '../../core/parse-limits.ts';

export type Scalar = string | number | boolean | null;

export interface MapNode {
  kind: 'map';
  entries: Map<string, CNode>;
  parent?: Container | undefined;
}
export interface ListNode {
  kind: 'list';
  items: CNode[];
  parent?: Container | undefined;
}
export interface ScalarNode {
  kind: 'scalar';
  value: Scalar;
  parent?: Container | undefined;
  /** Set on values built from an interpolation result that could not be known. */
  unresolved?: Extract<Value, { t: 'unknown' }>;
}
export type Container = MapNode | ListNode;
export type CNode = Container | ScalarNode;

/** Why a value cannot be known from the file alone. */
export interface Unresolved {
  kind: 'env' | 'resolver' | 'missing' | 'syntax' | 'cycle' | 'limit' | 'container';
  /** Variable, resolver or key name. */
  name: string;
}

export type Value =
  | { t: 'scalar'; v: Scalar }
  | { t: 'node'; n: CNode }
  | { t: 'unknown'; why: Unresolved[]; prefix: string; candidates: string[] };

/** Limits that keep resolution linear in practice: a hostile file of chained interpolations stops here. */
export const RESOLVE_LIMITS = { steps: 200_000, depth: 200, length: 64 * 1024 };

/** Resolvers registered by OmegaConf and Hydra whose result depends on the machine (not reported). */
const MACHINE_RESOLVERS = new Set(['oc.env', 'env', 'hydra', 'now']);

export class Budget {
  steps = 0;
  check(depth: number): void {
    if (++this.steps > RESOLVE_LIMITS.steps)
      throw new HydraLimitError('RESOLVE_LIMIT', 'too many interpolation steps');
    if (depth > RESOLVE_LIMITS.depth)
      throw new HydraLimitError('RESOLVE_LIMIT', 'interpolations nested too deep');
  }
}
/** A resolution past its step or depth limit, or a tree with more values than we build. */
export class HydraLimitError extends BaseError<'RESOLVE_LIMIT' | 'TOO_MANY_VALUES'> {
  constructor(code: 'RESOLVE_LIMIT' | 'TOO_MANY_VALUES', message: string) {
    super(code, message);
    this.name = 'HydraLimitError';
  }
}

/** Builds the config tree from a parsed YAML/JSON value (iterative; bounded by `maxNodes`). */
export function buildTree(root: unknown, maxNodes = 1_000_000): CNode {
  let count = 0;
  const make = (v: unknown, parent: Container | undefined): CNode => {
    if (++count > maxNodes) throw new HydraLimitError('TOO_MANY_VALUES', `more than ${maxNodes} values`);
    if (Array.isArray(v)) return { kind: 'list', items: [], parent };
    if (v !== null && typeof v === 'object' && !(v instanceof Date))
      return { kind: 'map', entries: new Map(), parent };
    return { kind: 'scalar', value: toScalar(v), parent };
  };
  const top = make(root, undefined);
  const work: [unknown, CNode][] = [[root, top]];
  while (work.length) {
    const [v, n] = work.pop()!;
    if (n.kind === 'list') {
      for (const item of v as unknown[]) {
        const c = make(item, n);
        n.items.push(c);
        if (c.kind !== 'scalar') work.push([item, c]);
      }
    } else if (n.kind === 'map') {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        const c = make(o[k], n);
        n.entries.set(k, c);
        if (c.kind !== 'scalar') work.push([o[k], c]);
      }
    }
  }
  return top;
}

function toScalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Reasons and fallback values kept per unknown: enough to report, bounded for chained interpolations. */
const MAX_ALTERNATIVES = 8;

function addWhy(into: Unresolved[], more: readonly Unresolved[]): void {
  for (const w of more) {
    if (into.length >= MAX_ALTERNATIVES) return;
    if (!into.some((x) => x.kind === w.kind && x.name === w.name)) into.push(w);
  }
}

const unknown = (why: Unresolved[], prefix = '', candidates: string[] = []): Value => ({
  t: 'unknown',
  why,
  prefix,
  candidates,
});

/** Python's str() of a resolved scalar (what string interpolation concatenates). */
export function pyStr(v: Scalar): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return pyNumber(v);
  return v;
}

function pyNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  // Python's repr switches to exponent notation below 1e-4 and from 1e16.
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [m = '', e = '0'] = n.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

export class Resolver {
  readonly budget = new Budget();
  private readonly active = new Set<CNode>();
  /** Resolved values by node (resolution is a pure function of the tree), and parse trees by text. */
  private readonly done = new Map<CNode, Value>();
  private readonly parsed = new Map<string, Element | GrammarError>();
  readonly root: CNode;
  constructor(root: CNode) {
    this.root = root;
  }

  /** The value a scalar node has when OmegaConf reads it (interpolations resolved). */
  valueOf(node: CNode, depth = 0): Value {
    this.budget.check(depth);
    if (node.kind !== 'scalar') return { t: 'node', n: node };
    if (node.unresolved) return node.unresolved;
    const v = node.value;
    if (typeof v !== 'string' || !isInterpolation(v)) return { t: 'scalar', v };
    if (v.length > RESOLVE_LIMITS.length) return unknown([{ kind: 'limit', name: 'string length' }]);
    if (this.active.has(node)) return unknown([{ kind: 'cycle', name: 'recursive interpolation' }]);
    const known = this.done.get(node);
    if (known) return known;
    this.active.add(node);
    try {
      const tree = this.parse(v);
      const value =
        tree instanceof GrammarError
          ? unknown([{ kind: 'syntax', name: tree.message }])
          : this.element(tree, node.parent, depth + 1);
      this.done.set(node, value);
      return value;
    } catch (err) {
      if (err instanceof HydraLimitError && err.code === 'RESOLVE_LIMIT')
        return unknown([{ kind: 'limit', name: err.message }]);
      throw err;
    } finally {
      this.active.delete(node);
    }
  }

  private parse(text: string): Element | GrammarError {
    let tree = this.parsed.get(text);
    if (!tree) {
      try {
        tree = parseConfigValue(text);
      } catch (err) {
        if (!(err instanceof GrammarError)) throw err;
        tree = err;
      }
      this.parsed.set(text, tree);
    }
    return tree;
  }

  /** Evaluates a syntax tree element in the context of `parent` (the container of the value). */
  element(e: Element, parent: Container | undefined, depth: number): Value {
    this.budget.check(depth);
    switch (e.kind) {
      case 'primitive':
        return { t: 'scalar', v: e.value };
      case 'interpolation':
        return this.interpolation(e.inter, parent, depth + 1);
      case 'text':
        if (e.single) {
          const only = e.pieces[0];
          if (only && 'inter' in only) return this.interpolation(only.inter, parent, depth + 1);
        }
        return this.concat(e.pieces, parent, depth);
      case 'list':
      case 'dict':
        return { t: 'node', n: this.structure(e, parent, depth + 1) };
    }
  }

  private concat(
    pieces: Extract<Element, { kind: 'text' }>['pieces'],
    parent: Container | undefined,
    depth: number,
  ): Value {
    let text = '';
    const why: Unresolved[] = [];
    let prefix: string | undefined;
    const alternatives: string[][] = [];
    for (const p of pieces) {
      if ('lit' in p) {
        text += p.lit;
        for (const a of alternatives) a.push(p.lit);
        continue;
      }
      const v = this.interpolation(p.inter, parent, depth + 1);
      const s = this.asString(v);
      if (s.t === 'scalar') {
        text += s.v;
        for (const a of alternatives) a.push(String(s.v));
      } else {
        if (prefix === undefined) prefix = text;
        addWhy(why, s.why);
        for (const c of s.candidates)
          if (alternatives.length < MAX_ALTERNATIVES) alternatives.push([text, c]);
      }
      if (text.length > RESOLVE_LIMITS.length) return unknown([{ kind: 'limit', name: 'string length' }]);
    }
    if (prefix === undefined) return { t: 'scalar', v: text };
    return unknown(
      why,
      prefix,
      alternatives.map((a) => a.join('')),
    );
  }

  /** A value as the string OmegaConf would splice into text. */
  asString(v: Value): { t: 'scalar'; v: string } | Extract<Value, { t: 'unknown' }> {
    if (v.t === 'scalar') return { t: 'scalar', v: pyStr(v.v) };
    if (v.t === 'unknown') return v;
    if (v.n.kind === 'scalar') return this.asString(this.valueOf(v.n));
    return unknown([{ kind: 'container', name: 'a container used as text' }]) as Extract<
      Value,
      { t: 'unknown' }
    >;
  }

  private key(k: KeyPart, parent: Container | undefined, depth: number): string | Value {
    if (typeof k === 'string') return k;
    const v = this.asString(this.interpolation(k, parent, depth + 1));
    return v.t === 'scalar' ? v.v : v;
  }

  interpolation(i: Interpolation, parent: Container | undefined, depth: number): Value {
    this.budget.check(depth);
    if (i.kind === 'resolver') return this.resolver(i, parent, depth);
    const keys: string[] = [];
    for (const k of i.keys) {
      const r = this.key(k, parent, depth);
      if (typeof r !== 'string') return r;
      keys.push(r);
    }
    // `${.a}` is relative to the container holding the value, each further dot one container up.
    let start: CNode | undefined = this.root;
    if (i.dots > 0) {
      start = parent;
      for (let d = 1; d < i.dots && start; d++) start = start.parent;
    }
    if (!start) return unknown([{ kind: 'missing', name: `${'.'.repeat(i.dots)}${keys.join('.')}` }]);
    return this.select(start, keys, depth);
  }

  /** `_select_impl`: walks keys, dereferencing interpolations met on the way. */
  select(start: CNode, keys: string[], depth: number): Value {
    let cur: CNode = start;
    for (const k of keys.flatMap(splitKey)) {
      const deref = this.valueOf(cur, depth + 1);
      if (deref.t === 'unknown') return deref;
      if (deref.t !== 'node' || deref.n.kind === 'scalar')
        return unknown([{ kind: 'missing', name: keys.join('.') }]);
      const next = child(deref.n, k);
      if (!next) return unknown([{ kind: 'missing', name: keys.join('.') }]);
      cur = next;
    }
    return this.valueOf(cur, depth + 1);
  }

  private resolver(
    i: Extract<Interpolation, { kind: 'resolver' }>,
    parent: Container | undefined,
    depth: number,
  ): Value {
    const nameParts: string[] = [];
    for (const k of i.name) {
      const r = this.key(k, parent, depth);
      if (typeof r !== 'string')
        return unknown([{ kind: 'resolver', name: '(computed name)' }, ...('why' in r ? r.why : [])]);
      nameParts.push(r);
    }
    const name = nameParts.join('.');
    const args = i.args.map((a) => this.element(a, parent, depth + 1));
    return this.callResolver(name, args, parent, depth);
  }

  private callResolver(name: string, args: Value[], parent: Container | undefined, depth: number): Value {
    const text = (n: number) => {
      const a = args[n];
      return a ? this.asString(a) : undefined;
    };
    switch (name) {
      case 'oc.env':
      case 'env': {
        const key = text(0);
        const def = text(1);
        const candidates = def?.t === 'scalar' ? [def.v] : (def?.candidates ?? []);
        return unknown([{ kind: 'env', name: key?.t === 'scalar' ? key.v : '(computed)' }], '', candidates);
      }
      case 'oc.select':
      case 'oc.deprecated': {
        const key = text(0);
        if (key?.t !== 'scalar') return key ?? unknown([{ kind: 'syntax', name: `${name} without a key` }]);
        // Keys are absolute from the root unless they start with a dot (relative to the container).
        const dots = key.v.length - key.v.replace(/^\.+/, '').length;
        let start: CNode | undefined = this.root;
        if (dots) {
          start = parent;
          for (let d = 1; d < dots && start; d++) start = start.parent;
        }
        const found = start ? this.select(start, [key.v.slice(dots)], depth + 1) : undefined;
        const missing = !found || (found.t === 'unknown' && found.why.every((w) => w.kind === 'missing'));
        if (missing && name === 'oc.select' && args[1]) return args[1];
        return found ?? unknown([{ kind: 'missing', name: key.v }]);
      }
      case 'oc.decode': {
        const s = text(0);
        if (s?.t !== 'scalar') return s ?? { t: 'scalar', v: null };
        try {
          return this.element(parseSingleElement(s.v), parent, depth + 1);
        } catch (err) {
          if (err instanceof GrammarError) return unknown([{ kind: 'syntax', name: err.message }]);
          throw err;
        }
      }
      case 'oc.create': {
        const a = args[0];
        if (!a || a.t === 'unknown') return a ?? { t: 'scalar', v: null };
        if (a.t === 'scalar' && typeof a.v === 'string')
          return { t: 'node', n: this.createFromYaml(a.v, parent) };
        return a;
      }
      case 'oc.dict.keys':
      case 'oc.dict.values':
        return this.dictView(name, args[0], parent, depth);
      default:
        return unknown([{ kind: 'resolver', name }]);
    }
  }

  private createFromYaml(text: string, parent: Container | undefined): CNode {
    // OmegaConf.create(str) loads the string as YAML.
    let parsed: unknown;
    try {
      parsed = parseYaml(text.slice(0, RESOLVE_LIMITS.length), {
        version: '1.1',
        maxAliasCount: YAML_ALIAS_LIMITS.hydraInterpolation,
      });
    } catch {
      parsed = text;
    }
    const n = buildTree(parsed, 100_000);
    if (parent) n.parent = parent;
    return n;
  }

  private dictView(
    name: string,
    arg: Value | undefined,
    parent: Container | undefined,
    depth: number,
  ): Value {
    let target: Value | undefined = arg;
    if (arg?.t === 'scalar' && typeof arg.v === 'string') target = this.select(this.root, [arg.v], depth + 1);
    if (target?.t !== 'node' || target.n.kind !== 'map')
      return target?.t === 'unknown' ? target : unknown([{ kind: 'missing', name }]);
    const items: CNode[] = [];
    const out: ListNode = { kind: 'list', items, parent };
    for (const [k, v] of target.n.entries)
      items.push(name === 'oc.dict.keys' ? { kind: 'scalar', value: k, parent: out } : v);
    return { t: 'node', n: out };
  }

  /** A list or dict literal from the grammar, as config nodes (their strings still resolvable). */
  private structure(
    e: Extract<Element, { kind: 'list' | 'dict' }>,
    parent: Container | undefined,
    depth: number,
  ): CNode {
    if (e.kind === 'list') {
      const n: ListNode = { kind: 'list', items: [], parent };
      for (const item of e.items) n.items.push(this.literalNode(item, n, depth));
      return n;
    }
    const n: MapNode = { kind: 'map', entries: new Map(), parent };
    for (const [k, item] of e.entries) n.entries.set(pyStr(k), this.literalNode(item, n, depth));
    return n;
  }

  private literalNode(e: Element, parent: Container, depth: number): CNode {
    const v = this.element(e, parent, depth + 1);
    if (v.t === 'node') return v.n;
    if (v.t === 'scalar') return { kind: 'scalar', value: v.v, parent };
    return { kind: 'scalar', value: v.prefix, parent, unresolved: v };
  }
}

function child(c: Container, key: string): CNode | undefined {
  if (c.kind === 'map') return c.entries.get(key);
  if (!/^-?\d+$/.test(key)) return undefined;
  const i = Number(key);
  return c.items[i < 0 ? c.items.length + i : i];
}

/** omegaconf._utils.split_key: `a.b[c].d` → a, b, c, d. */
export function splitKey(key: string): string[] {
  const out: string[] = [];
  for (const part of key.split('.')) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const b of m[2]!.matchAll(/\[([^\]]*)\]/g)) out.push(b[1]!);
  }
  return out.filter((p, _i, all) => p !== '' || all.length === 1);
}

/** Resolver names that evaluate code when a loader registers them (a common pattern: `eval`). */
export const CODE_RESOLVERS = new Set(['eval', 'exec', 'python', 'py', 'lambda', 'call', 'import', 'locate']);

export { MACHINE_RESOLVERS };
