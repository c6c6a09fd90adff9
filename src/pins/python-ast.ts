/**
 * Facts of one Python module read from an @lezer/python tree: imports and aliases, names assigned
 * once (constants), calls and dict displays, and the helpers that read them back (resolve a callee
 * to its dotted name, evaluate a constant string, read a call's arguments).
 *
 * @lezer/python (pure JavaScript, maintained by the CodeMirror project) gives a concrete syntax tree
 * with offsets, handles every string form (triple-quoted, f/r/b prefixes, implicit concatenation),
 * comments, parentheses and continuations, and never throws on syntax errors: they become error
 * nodes and the rest of the file is still parsed, which is what a scanner needs (tree-sitter needs
 * native code or a wasm blob; the antlr ports and filbert are unmaintained or stop at the first
 * error). Building the tree recurses on its depth, so it runs behind the parse guard.
 *
 * Every walk here is bounded (depth caps on recursion through names) and every text it keeps is cut
 * to a few hundred characters: a 50,000-call line must cost linear time, not a slice per call.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { shorten } from './hits.ts';

export type Value =
  | { kind: 'str'; value: string; from?: string }
  | { kind: 'bool'; value: boolean; from?: string }
  | { kind: 'none' }
  | { kind: 'dynamic'; text: string };

export interface Arg {
  kind: 'pos' | 'kw' | 'star' | 'dstar';
  name?: string;
  node?: SyntaxNode;
  from: number;
  /** For a keyword taken from `**NAME` (a dict assigned once) or `**{...}`: the text of that argument. */
  via?: string;
}

export interface DictEntry {
  key: string;
  node: SyntaxNode | undefined;
}

/** Longest text kept from a node (messages and evidence only). */
const TEXT_CAP = 400;

/** Nodes whose children bind names other than by `NAME = value`. */
const BINDING_PARENTS = new Set([
  'ParamList',
  'NamedExpression',
  'UpdateStatement',
  'ScopeStatement',
  'ImportStatement',
]);

/** What the walk has seen among one node's children so far (`for` … `in`, a pending `as`). */
interface SiblingState {
  inFor: boolean;
  afterAs: boolean;
}

/** Decodes a Python string literal (one piece). Returns undefined for bytes or broken literals. */
export function decodePyString(lit: string): string | undefined {
  const m = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(lit);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase();
  if (prefix.includes('b')) return undefined;
  const q = m[2]!;
  if (!lit.endsWith(q) || lit.length < m[0].length + q.length) return undefined;
  const body = lit.slice(m[0].length, lit.length - q.length);
  if (prefix.includes('r')) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n|.)/g, (_all, e: string) =>
    decodeEscape(e),
  );
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

function decodeEscape(e: string): string {
  if ((e[0] === 'x' || e[0] === 'u' || e[0] === 'U') && e.length > 1) {
    const cp = Number.parseInt(e.slice(1), 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  }
  if (e === '\n' || e === '\r\n') return '';
  return SIMPLE_ESCAPES[e] ?? `\\${e}`;
}

export class PyModule {
  readonly src: string;
  /** Local name → dotted import path (`np` → `numpy`, `AutoModel` → `transformers.AutoModel`). */
  readonly aliases = new Map<string, string>();
  /** Top-level packages imported anywhere. */
  readonly modules = new Set<string>();
  /** Name → the values assigned to it (one entry per assignment). */
  readonly assigned = new Map<string, SyntaxNode[]>();
  /** Names bound other than by one plain assignment (parameters, loop targets, `as`, :=, +=, global, imports). */
  readonly rebound = new Set<string>();
  readonly calls: SyntaxNode[] = [];
  readonly dicts: SyntaxNode[] = [];

  constructor(src: string, tree: Tree) {
    this.src = src;
    // One cursor walk: node objects are made only for the statements and expressions kept or read
    // below, and the `for`/`as` bindings are tracked per parent on a stack, so a module of 60,000
    // statements or a statement of 150,000 adjacent strings does not allocate an object per node.
    const siblings: SiblingState[] = [{ inFor: false, afterAs: false }];
    tree.iterate({
      enter: (ref) => {
        const name = ref.name;
        const state = siblings[siblings.length - 1]!;
        if (name !== 'Comment') this.readSiblingBinding(state, name, ref.from, ref.to);
        if (name === 'ImportStatement') this.readImport(ref.node);
        else if (name === 'AssignStatement') this.readAssign(ref.node);
        else if (name === 'CallExpression') this.calls.push(ref.node);
        else if (name === 'DictionaryExpression') this.dicts.push(ref.node);
        if (BINDING_PARENTS.has(name)) this.readBindings(ref.node);
        siblings.push({ inFor: false, afterAs: false });
      },
      leave: () => {
        siblings.pop();
      },
    });
  }

  /** Source text of a node, cut to `cap` characters. */
  text(n: SyntaxNode, cap = TEXT_CAP): string {
    return this.src.slice(n.from, Math.min(n.to, n.from + cap));
  }

  /** Python compares identifiers after NFKC normalization: ｔrust_remote_code (fullwidth t) is trust_remote_code. */
  ident(n: SyntaxNode): string {
    return this.identAt(n.from, n.to);
  }

  /** The identifier in src[from, to), as `ident` reads it (the cursor walk has offsets, not nodes). */
  private identAt(from: number, to: number): string {
    return this.src.slice(from, Math.min(to, from + TEXT_CAP)).normalize('NFKC');
  }

  imported(mod: string): boolean {
    return this.modules.has(mod);
  }

  children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
    return out;
  }

  private readImport(n: SyntaxNode): void {
    const kids = this.children(n);
    if (kids[0]?.name === 'from') this.readFromImport(kids);
    else if (kids[0]?.name === 'import') this.readPlainImport(kids);
  }

  /** Dotted name starting at kids[i]; returns it and the index after it. */
  private dotted(kids: readonly SyntaxNode[], start: number): [string, number] {
    let name = '';
    let i = start;
    while (i < kids.length && (kids[i]!.name === 'VariableName' || kids[i]!.name === '.')) {
      name += this.ident(kids[i]!);
      i++;
    }
    return [name, i];
  }

  private readFromImport(kids: readonly SyntaxNode[]): void {
    let [mod, i] = this.dotted(kids, 1);
    this.modules.add(mod.split('.')[0] ?? mod);
    if (kids[i]?.name === 'import') i++;
    for (; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.name !== 'VariableName') continue;
      const name = this.ident(k);
      let local = name;
      if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
        local = this.ident(kids[i + 2]!);
        i += 2;
      }
      this.aliases.set(local, `${mod}.${name}`);
    }
  }

  private readPlainImport(kids: readonly SyntaxNode[]): void {
    let i = 1;
    while (i < kids.length) {
      if (kids[i]!.name !== 'VariableName') {
        i++;
        continue;
      }
      const [mod, next] = this.dotted(kids, i);
      i = next;
      this.modules.add(mod.split('.')[0] ?? mod);
      if (kids[i]?.name === 'as' && kids[i + 1]?.name === 'VariableName') {
        this.aliases.set(this.ident(kids[i + 1]!), mod);
        i += 2;
      }
    }
  }

  private readAssign(n: SyntaxNode): void {
    const kids = this.children(n);
    const lastOp = kids.findLastIndex((k) => k.name === 'AssignOp');
    if (lastOp < 0) return;
    const targets = kids.slice(0, lastOp).filter((k) => k.name === 'VariableName');
    const single =
      lastOp === kids.length - 2 &&
      targets.length === 1 &&
      kids[0] === targets[0] &&
      kids.slice(0, lastOp).every((k) => k === targets[0] || k.name === 'TypeDef');
    for (const t of targets) {
      const name = this.ident(t);
      if (!single) this.rebound.add(name);
      const list = this.assigned.get(name) ?? [];
      list.push(single ? kids.at(-1)! : t);
      this.assigned.set(name, list);
    }
  }

  /** Records names bound by anything but `NAME = value`, so they are never taken for constants. */
  private readBindings(n: SyntaxNode): void {
    const bind = (k: SyntaxNode | undefined) => {
      if (k?.name === 'VariableName') this.rebound.add(this.ident(k));
    };
    if (n.name === 'ParamList') {
      const kids = this.children(n);
      kids.forEach((k, i) => {
        if (kids[i - 1]?.name !== 'AssignOp') bind(k);
      });
    } else if (n.name === 'NamedExpression' || n.name === 'UpdateStatement') bind(this.children(n)[0]);
    else if (n.name === 'ScopeStatement' || n.name === 'ImportStatement') this.children(n).forEach(bind);
  }

  /**
   * `for` targets and `as` names, read as the walk passes each child of a node: a name after `for`
   * and before `in`, and the name right after `as` (with, except, import, match patterns).
   */
  private readSiblingBinding(state: SiblingState, name: string, from: number, to: number): void {
    const bind = () => {
      this.rebound.add(this.identAt(from, to));
    };
    if (state.afterAs) {
      state.afterAs = false;
      if (name === 'VariableName') bind();
    }
    if (name === 'for') state.inFor = true;
    else if (name === 'in') state.inFor = false;
    else if (state.inFor && name === 'VariableName') bind();
    if (name === 'as') state.afterAs = true;
  }

  /** The one value a name was assigned, when it was assigned exactly once and never rebound. */
  constant(n: SyntaxNode): SyntaxNode | undefined {
    if (n.name !== 'VariableName') return undefined;
    const name = this.ident(n);
    if (this.rebound.has(name)) return undefined;
    const values = this.assigned.get(name);
    return values?.length === 1 && values[0] !== n ? values[0] : undefined;
  }

  /** Statically known value of an expression: string literals (and `+` of them), booleans, None, constants. */
  evaluate(n: SyntaxNode | undefined, depth = 0): Value {
    if (!n) return { kind: 'dynamic', text: '' };
    switch (n.name) {
      case 'String':
      case 'ContinuedString':
      case 'FormatString':
        return this.stringValue(n);
      case 'Boolean':
        return { kind: 'bool', value: this.text(n) === 'True' };
      case 'None':
        return { kind: 'none' };
      case 'BinaryExpression':
        return depth < 8 ? this.concat(n, depth) : { kind: 'dynamic', text: this.text(n) };
      case 'ParenthesizedExpression': {
        const inner = this.children(n).find((c) => c.name !== '(' && c.name !== ')');
        return this.evaluate(inner, depth);
      }
      case 'VariableName': {
        const value = depth < 4 ? this.constant(n) : undefined;
        const v = value ? this.evaluate(value, depth + 1) : undefined;
        if (v && (v.kind === 'str' || v.kind === 'bool')) return { ...v, from: this.ident(n) };
        return { kind: 'dynamic', text: this.text(n) };
      }
      default:
        return { kind: 'dynamic', text: this.text(n) };
    }
  }

  private stringValue(n: SyntaxNode): Value {
    const parts = n.name === 'ContinuedString' ? this.children(n) : [n];
    let out = '';
    for (const p of parts) {
      if (p.name === 'FormatString' && p.getChild('FormatReplacement'))
        return { kind: 'dynamic', text: this.text(n) };
      const s = decodePyString(this.src.slice(p.from, p.to));
      if (s === undefined) return { kind: 'dynamic', text: this.text(n) };
      out += s;
    }
    return { kind: 'str', value: out };
  }

  private concat(n: SyntaxNode, depth: number): Value {
    const kids = this.children(n);
    if (kids.length === 3 && this.text(kids[1]!) === '+') {
      const a = this.evaluate(kids[0], depth + 1);
      const b = this.evaluate(kids[2], depth + 1);
      if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
    }
    return { kind: 'dynamic', text: this.text(n) };
  }

  /** Dotted name of a callee with imports resolved (`tf.AutoModel.from_pretrained` → transformers.AutoModel.from_pretrained). */
  calleeName(n: SyntaxNode | null, depth = 0): string[] {
    if (!n || depth > 8) return ['?'];
    if (n.name === 'VariableName') {
      const name = this.ident(n);
      const imported = this.aliases.get(name);
      if (imported) return imported.split('.');
      // `load = torch.load` (assigned once) makes `load(...)` a torch.load call.
      const v = this.constant(n);
      if (v && (v.name === 'MemberExpression' || v.name === 'VariableName'))
        return this.calleeName(v, depth + 1);
      return [name];
    }
    if (n.name === 'MemberExpression') {
      const prop = n.getChild('PropertyName');
      return [...this.calleeName(n.firstChild, depth + 1), prop ? this.ident(prop) : '?'];
    }
    return ['?'];
  }

  /** Keyword entries of a dict display `{"k": v}` or `dict(k=v)`, directly or through a name assigned once. */
  dictEntries(n: SyntaxNode | undefined, depth = 0): DictEntry[] | undefined {
    if (!n || depth > 4) return undefined;
    if (n.name === 'VariableName') {
      const v = this.constant(n);
      return v ? this.dictEntries(v, depth + 1) : undefined;
    }
    if (n.name === 'DictionaryExpression') {
      const out: DictEntry[] = [];
      const kids = this.children(n);
      for (let i = 0; i < kids.length; i++) {
        if (kids[i + 1]?.name !== ':') continue;
        const k = this.evaluate(kids[i]);
        if (k.kind === 'str') out.push({ key: k.value, node: kids[i + 2] });
      }
      return out;
    }
    if (n.name === 'CallExpression' && this.calleeName(n.firstChild).join('.') === 'dict') {
      return this.callKeywords(n, depth);
    }
    return undefined;
  }

  /** Keyword arguments of a call expression (`FetchConfig(revision=...)`). */
  callKeywords(n: SyntaxNode, depth = 0): DictEntry[] {
    return this.readArgs(n.getChild('ArgList'), depth + 1)
      .filter((a) => a.kind === 'kw')
      .map((a) => ({ key: a.name!, node: a.node }));
  }

  /** Arguments of a call; `**{...}` and `**NAME` (a dict assigned once) are expanded into keywords. */
  readArgs(list: SyntaxNode | null, depth = 0): Arg[] {
    const args: Arg[] = [];
    if (!list) return args;
    let group: SyntaxNode[] = [];
    for (const c of this.children(list)) {
      if (c.name === '(' || c.name === ')') continue;
      if (c.name === ',') {
        this.pushArg(group, args, depth);
        group = [];
      } else group.push(c);
    }
    this.pushArg(group, args, depth);
    return args;
  }

  private pushArg(raw: readonly SyntaxNode[], args: Arg[], depth: number): void {
    const g = raw.filter((x) => x.name !== '⚠');
    const first = g[0];
    if (!first) return;
    if (first.name === '**') {
      const entries = depth < 4 ? this.dictEntries(g[1], depth) : undefined;
      const via = `**${g[1] ? this.text(g[1], 80) : ''}`;
      if (entries)
        for (const e of entries) args.push({ kind: 'kw', name: e.key, node: e.node, from: first.from, via });
      else args.push({ kind: 'dstar', node: g[1], from: first.from });
    } else if (first.name === '*') args.push({ kind: 'star', node: g[1], from: first.from });
    else if (first.name === 'VariableName' && g[1]?.name === 'AssignOp') {
      args.push({ kind: 'kw', name: this.ident(first), node: g[2], from: first.from });
    } else args.push({ kind: 'pos', node: g.length === 1 ? first : undefined, from: first.from });
  }

  /** A filesystem path built in code: os.path.join/abspath/…, pathlib.Path(…), `path / "x"`. */
  isPathExpression(n: SyntaxNode | undefined, depth = 0): boolean {
    if (!n || depth > 4) return false;
    if (n.name === 'VariableName') {
      const v = this.constant(n);
      return v ? this.isPathExpression(v, depth + 1) : false;
    }
    if (n.name === 'BinaryExpression') {
      const kids = this.children(n);
      return (
        kids.length === 3 &&
        this.text(kids[1]!) === '/' &&
        (this.isPathExpression(kids[0], depth + 1) || this.isPathExpression(kids[2], depth + 1))
      );
    }
    if (n.name === 'MemberExpression') return this.isPathExpression(n.firstChild ?? undefined, depth + 1); // p.parent
    if (n.name !== 'CallExpression') return false;
    const callee = n.firstChild;
    if (
      callee?.name === 'MemberExpression' &&
      this.isPathExpression(callee.firstChild ?? undefined, depth + 1)
    )
      return true; // p.resolve()
    const q = this.calleeName(callee).join('.');
    return (
      /^(os\.path\.(join|abspath|realpath|expanduser|dirname|normpath)|pathlib\.(Pure)?(Posix|Windows)?Path|(Pure)?(Posix|Windows)?Path)$/.test(
        q,
      ) || /^(pathlib\.)?(Pure)?(Posix|Windows)?Path\.(cwd|home)$/.test(q)
    );
  }
}

/** One call, read once: its dotted name, arguments and keyword lookup. */
export class PyCall {
  readonly node: SyntaxNode;
  readonly parts: string[];
  readonly q: string;
  readonly last: string;
  readonly args: Arg[];
  readonly pos: Arg[];
  readonly hasDstar: boolean;
  /** Offset of the called name (the method name of `a.b(...)`). */
  readonly at: number;
  private readonly mod: PyModule;

  constructor(mod: PyModule, node: SyntaxNode) {
    this.mod = mod;
    this.node = node;
    const callee = node.firstChild;
    this.parts = mod.calleeName(callee);
    this.q = this.parts.join('.');
    this.last = this.parts.at(-1) ?? '';
    this.args = mod.readArgs(node.getChild('ArgList'));
    this.pos = this.args.filter((a) => a.kind === 'pos');
    this.hasDstar = this.args.some((a) => a.kind === 'dstar');
    const nameNode =
      callee?.name === 'MemberExpression' ? (callee.getChild('PropertyName') ?? callee) : callee;
    this.at = nameNode?.from ?? node.from;
  }

  kw(name: string): Arg | undefined {
    return this.args.find((a) => a.kind === 'kw' && a.name === name);
  }

  /** A keyword, or `outer.inner`: keyword `inner` of the call or dict passed as `outer`. */
  kwPath(path: string): { arg: Arg; node: SyntaxNode | undefined } | undefined {
    const [outer, inner] = path.split('.', 2) as [string, string | undefined];
    const a = this.kw(outer);
    if (!a || inner === undefined) return a ? { arg: a, node: a.node } : undefined;
    const n = a.node;
    const entries = n?.name === 'CallExpression' ? this.mod.callKeywords(n) : this.mod.dictEntries(n);
    const entry = entries?.find((e) => e.key === inner);
    return entry ? { arg: a, node: entry.node } : undefined;
  }

  /** The call's text, cut (evidence and messages). */
  text(cap = TEXT_CAP): string {
    return this.mod.text(this.node, cap);
  }

  /** Text of one argument (`revision="main"`, or `**kw (revision=…)` when it came from a dict). */
  argText(a: Arg): string {
    if (a.via) return `${a.via} (${a.name}=${a.node ? this.mod.text(a.node, 80) : ''})`;
    const end = Math.min(a.node?.to ?? a.from, a.from + TEXT_CAP);
    return this.mod.src.slice(a.from, end);
  }

  evidence(): Record<string, unknown> {
    return { call: shorten(this.text(), 200), callee: this.q };
  }
}
