/**
 * Model references in Python code: Hugging Face downloads without a commit revision,
 * trust_remote_code=True, torch.hub.load without a commit ref, torch.load without
 * weights_only=True, checkpoint URLs without a hash check.
 *
 * Parsed with @lezer/python (pure JavaScript, maintained by the CodeMirror project): it gives a
 * concrete syntax tree with offsets, handles every string form (triple-quoted, f/r/b prefixes,
 * implicit concatenation), comments, parentheses and continuations, and never throws: syntax
 * errors become error nodes and the rest of the file is still parsed. That last property is what
 * a scanner needs (tree-sitter needs native code or a wasm blob; the antlr ports and filbert are
 * unmaintained or throw on the first error).
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { type HitSink, isCommit, shorten } from './hits.ts';
import { checkRequirement } from './requirements.ts';
import {
  MODEL_REVISION_VARIABLE,
  TORCH_HUB_UNPINNED,
  TORCH_LOAD_UNSAFE,
  TRUST_REMOTE_CODE,
  UNPINNED_MODEL_REVISION,
  UNPINNED_URL,
} from './rules.ts';

export interface PythonOptions {
  /** True when a string names a file or folder that exists next to the code (a local model). */
  isLocalPath?: (p: string) => boolean;
}

type Value =
  | { kind: 'str'; value: string; from?: string }
  | { kind: 'bool'; value: boolean; from?: string }
  | { kind: 'none' }
  | { kind: 'dynamic'; text: string };

interface Arg {
  kind: 'pos' | 'kw' | 'star' | 'dstar';
  name?: string;
  node?: SyntaxNode;
  from: number;
  /** For a keyword taken from `**NAME` (a dict assigned once) or `**{...}`: the text of that argument. */
  via?: string;
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
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n|.)/g, (_all, e: string) => {
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') {
      if (e.length > 1) {
        const cp = Number.parseInt(e.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
    }
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '0': '\0',
      '\\': '\\',
      "'": "'",
      '"': '"',
    };
    if (e === '\n' || e === '\r\n') return '';
    return simple[e] ?? `\\${e}`;
  });
}

const HUB_ID_KWARGS = [
  'pretrained_model_name_or_path',
  'pretrained_model_link_or_path',
  'model_name_or_path',
  'repo_id',
  'model_id',
];

/** Datasets loaded from packaged builders or local files, not the Hub. */
const DATASET_BUILDERS = new Set([
  'csv',
  'json',
  'parquet',
  'text',
  'arrow',
  'pandas',
  'sql',
  'generator',
  'imagefolder',
  'audiofolder',
  'videofolder',
  'webdataset',
  'xml',
  'spark',
]);

export function checkPython(src: string, sink: HitSink, opts: PythonOptions = {}): void {
  const tree = parser.parse(src);
  const text = (n: SyntaxNode) => src.slice(n.from, n.to);
  // Python compares identifiers after NFKC normalization: ｔrust_remote_code (fullwidth t) is trust_remote_code.
  const ident = (n: SyntaxNode) => src.slice(n.from, n.to).normalize('NFKC');
  const aliases = new Map<string, string>();
  const modules = new Set<string>();
  const assigned = new Map<string, SyntaxNode[]>();
  const calls: SyntaxNode[] = [];
  const dicts: SyntaxNode[] = [];
  /** Names bound other than by one plain assignment (parameters, loop targets, `as`, :=, +=, global, imports). */
  const rebound = new Set<string>();

  tree.iterate({
    enter: (ref) => {
      if (ref.name === 'ImportStatement') readImport(ref.node);
      else if (ref.name === 'AssignStatement') readAssign(ref.node);
      else if (ref.name === 'CallExpression') calls.push(ref.node);
      else if (ref.name === 'DictionaryExpression') dicts.push(ref.node);
      readBindings(ref.node);
    },
  });

  function children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
    return out;
  }

  function readImport(n: SyntaxNode): void {
    const kids = children(n);
    let i = 0;
    const dotted = (): string => {
      let name = '';
      while (i < kids.length && (kids[i]!.name === 'VariableName' || kids[i]!.name === '.')) {
        name += ident(kids[i]!);
        i++;
      }
      return name;
    };
    if (kids[0]?.name === 'from') {
      i = 1;
      const mod = dotted();
      modules.add(mod.split('.')[0] ?? mod);
      if (kids[i]?.name === 'import') i++;
      while (i < kids.length) {
        const k = kids[i]!;
        if (k.name === 'VariableName') {
          const name = ident(k);
          let local = name;
          if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
            local = ident(kids[i + 2]!);
            i += 2;
          }
          aliases.set(local, `${mod}.${name}`);
        }
        i++;
      }
    } else if (kids[0]?.name === 'import') {
      i = 1;
      while (i < kids.length) {
        if (kids[i]!.name !== 'VariableName') {
          i++;
          continue;
        }
        const mod = dotted();
        modules.add(mod.split('.')[0] ?? mod);
        if (kids[i]?.name === 'as' && kids[i + 1]?.name === 'VariableName') {
          aliases.set(ident(kids[i + 1]!), mod);
          i += 2;
        }
      }
    }
  }

  function readAssign(n: SyntaxNode): void {
    const kids = children(n);
    const lastOp = kids.findLastIndex((k) => k.name === 'AssignOp');
    if (lastOp < 0) return;
    const targets = kids.slice(0, lastOp).filter((k) => k.name === 'VariableName');
    const single =
      lastOp === kids.length - 2 &&
      targets.length === 1 &&
      kids[0] === targets[0] &&
      kids.slice(0, lastOp).every((k) => k === targets[0] || k.name === 'TypeDef');
    for (const t of targets) {
      const name = ident(t);
      if (!single) rebound.add(name);
      const list = assigned.get(name) ?? [];
      list.push(single ? kids.at(-1)! : t);
      assigned.set(name, list);
    }
  }

  /** Records names bound by anything but `NAME = value`, so they are never taken for constants. */
  function readBindings(n: SyntaxNode): void {
    const kids = children(n);
    const bind = (k: SyntaxNode | undefined) => {
      if (k?.name === 'VariableName') rebound.add(ident(k));
    };
    if (n.name === 'ParamList') {
      kids.forEach((k, i) => {
        if (kids[i - 1]?.name !== 'AssignOp') bind(k);
      });
    } else if (n.name === 'NamedExpression' || n.name === 'UpdateStatement') bind(kids[0]);
    else if (n.name === 'ScopeStatement' || n.name === 'ImportStatement') kids.forEach(bind);
    let inFor = false;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.name === 'for') inFor = true;
      else if (k.name === 'in') inFor = false;
      else if (inFor) bind(k);
      if (k.name === 'as') bind(kids[i + 1]);
    }
  }

  function evaluate(n: SyntaxNode | undefined, depth = 0): Value {
    if (!n) return { kind: 'dynamic', text: '' };
    if (n.name === 'String' || n.name === 'ContinuedString' || n.name === 'FormatString') {
      const parts = n.name === 'ContinuedString' ? children(n) : [n];
      let out = '';
      for (const p of parts) {
        if (p.name === 'FormatString' && p.getChild('FormatReplacement'))
          return { kind: 'dynamic', text: text(n) };
        const s = decodePyString(text(p));
        if (s === undefined) return { kind: 'dynamic', text: text(n) };
        out += s;
      }
      return { kind: 'str', value: out };
    }
    if (n.name === 'Boolean') return { kind: 'bool', value: text(n) === 'True' };
    if (n.name === 'BinaryExpression' && depth < 8) {
      const kids = children(n);
      if (kids.length === 3 && text(kids[1]!) === '+') {
        const a = evaluate(kids[0], depth + 1);
        const b = evaluate(kids[2], depth + 1);
        if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
      }
    }
    if (n.name === 'None') return { kind: 'none' };
    if (n.name === 'ParenthesizedExpression') {
      const inner = children(n).find((c) => c.name !== '(' && c.name !== ')');
      return evaluate(inner, depth);
    }
    if (n.name === 'VariableName' && depth < 4 && !rebound.has(ident(n))) {
      const name = ident(n);
      const values = assigned.get(name);
      if (values && values.length === 1) {
        const v = evaluate(values[0], depth + 1);
        if (v.kind === 'str' || v.kind === 'bool') return { ...v, from: name };
      }
    }
    return { kind: 'dynamic', text: text(n) };
  }

  function calleeName(n: SyntaxNode | null, depth = 0): string[] {
    if (!n || depth > 8) return ['?'];
    if (n.name === 'VariableName') {
      const name = ident(n);
      const imported = aliases.get(name);
      if (imported) return imported.split('.');
      // `load = torch.load` (assigned once) makes `load(...)` a torch.load call.
      const values = rebound.has(name) ? undefined : assigned.get(name);
      const v = values?.length === 1 ? values[0] : undefined;
      if (v && v !== n && (v.name === 'MemberExpression' || v.name === 'VariableName'))
        return calleeName(v, depth + 1);
      return [name];
    }
    if (n.name === 'MemberExpression') {
      const prop = n.getChild('PropertyName');
      const base = n.firstChild;
      return [...calleeName(base, depth + 1), prop ? ident(prop) : '?'];
    }
    return ['?'];
  }

  /** Keyword entries of a dict display `{"k": v}` or `dict(k=v)`, directly or through a name assigned once. */
  function dictEntries(
    n: SyntaxNode | undefined,
    depth = 0,
  ): { key: string; node: SyntaxNode | undefined }[] | undefined {
    if (!n || depth > 4) return undefined;
    if (n.name === 'VariableName') {
      const values = rebound.has(ident(n)) ? undefined : assigned.get(ident(n));
      return values?.length === 1 && values[0] !== n ? dictEntries(values[0], depth + 1) : undefined;
    }
    if (n.name === 'DictionaryExpression') {
      const out: { key: string; node: SyntaxNode | undefined }[] = [];
      const kids = children(n);
      for (let i = 0; i < kids.length; i++) {
        if (kids[i + 1]?.name !== ':') continue;
        const k = evaluate(kids[i]);
        if (k.kind === 'str') out.push({ key: k.value, node: kids[i + 2] });
      }
      return out;
    }
    if (n.name === 'CallExpression' && calleeName(n.firstChild).join('.') === 'dict') {
      return readArgs(n.getChild('ArgList'), depth + 1)
        .filter((a) => a.kind === 'kw')
        .map((a) => ({ key: a.name!, node: a.node }));
    }
    return undefined;
  }

  function readArgs(list: SyntaxNode | null, depth = 0): Arg[] {
    const args: Arg[] = [];
    if (!list) return args;
    let group: SyntaxNode[] = [];
    const flush = () => {
      const g = group.filter((x) => x.name !== '⚠');
      group = [];
      if (g.length === 0) return;
      const first = g[0]!;
      if (first.name === '**') {
        const entries = depth < 4 ? dictEntries(g[1], depth) : undefined;
        const via = `**${g[1] ? text(g[1]) : ''}`;
        if (entries)
          for (const e of entries)
            args.push({ kind: 'kw', name: e.key, node: e.node, from: first.from, via });
        else args.push({ kind: 'dstar', node: g[1], from: first.from });
      } else if (first.name === '*') args.push({ kind: 'star', node: g[1], from: first.from });
      else if (first.name === 'VariableName' && g[1]?.name === 'AssignOp') {
        args.push({ kind: 'kw', name: ident(first), node: g[2], from: first.from });
      } else args.push({ kind: 'pos', node: g.length === 1 ? first : undefined, from: first.from });
    };
    for (const c of children(list)) {
      if (c.name === '(' || c.name === ')') continue;
      if (c.name === ',') flush();
      else group.push(c);
    }
    flush();
    return args;
  }

  /** Checks each string of a list/tuple display (or a name assigned one once) as a PEP 508 requirement. */
  function requirementList(n: SyntaxNode | undefined, where: string, depth = 0): void {
    if (!n || depth > 4) return;
    if (n.name === 'VariableName') {
      const values = rebound.has(ident(n)) ? undefined : assigned.get(ident(n));
      if (values?.length === 1 && values[0] !== n) requirementList(values[0], where, depth + 1);
      return;
    }
    if (n.name !== 'ArrayExpression' && n.name !== 'TupleExpression' && n.name !== 'ParenthesizedExpression')
      return;
    for (const el of children(n)) {
      const v = el.name === 'String' ? evaluate(el) : undefined;
      if (v?.kind !== 'str') continue;
      const quote = /^[rRuU]*('''|"""|'|")/.exec(text(el))?.[0].length ?? 1;
      checkRequirement(sink, {
        text: v.value,
        offset: el.from + quote,
        hashed: false,
        hashRule: false,
        where,
      });
    }
  }

  /** A filesystem path built in code: os.path.join/abspath/…, pathlib.Path(…), `path / "x"`. */
  function isPathExpression(n: SyntaxNode | undefined, depth = 0): boolean {
    if (!n || depth > 4) return false;
    if (n.name === 'VariableName') {
      const values = rebound.has(ident(n)) ? undefined : assigned.get(ident(n));
      return values?.length === 1 && values[0] !== n ? isPathExpression(values[0], depth + 1) : false;
    }
    if (n.name === 'BinaryExpression') {
      const kids = children(n);
      return (
        kids.length === 3 &&
        text(kids[1]!) === '/' &&
        (isPathExpression(kids[0], depth + 1) || isPathExpression(kids[2], depth + 1))
      );
    }
    if (n.name === 'MemberExpression') return isPathExpression(n.firstChild ?? undefined, depth + 1); // p.parent
    if (n.name !== 'CallExpression') return false;
    const callee = n.firstChild;
    if (callee?.name === 'MemberExpression' && isPathExpression(callee.firstChild ?? undefined, depth + 1))
      return true; // p.resolve()
    const q = calleeName(callee).join('.');
    return (
      /^(os\.path\.(join|abspath|realpath|expanduser|dirname|normpath)|pathlib\.(Pure)?(Posix|Windows)?Path|(Pure)?(Posix|Windows)?Path)$/.test(
        q,
      ) || /^(pathlib\.)?(Pure)?(Posix|Windows)?Path\.(cwd|home)$/.test(q)
    );
  }

  const imported = (mod: string) => modules.has(mod);
  const trustReported = new Set<number>();

  for (const call of calls) {
    const callee = call.firstChild;
    const parts = calleeName(callee);
    const q = parts.join('.');
    const last = parts.at(-1) ?? '';
    const args = readArgs(call.getChild('ArgList'));
    const kw = (name: string) => args.find((a) => a.kind === 'kw' && a.name === name);
    const pos = args.filter((a) => a.kind === 'pos');
    const hasDstar = args.some((a) => a.kind === 'dstar');
    const callText = text(call);
    const argText = (a: Arg) =>
      a.via ? `${a.via} (${a.name}=${a.node ? text(a.node) : ''})` : src.slice(a.from, a.node?.to ?? a.from);
    const nameNode =
      callee?.name === 'MemberExpression' ? (callee.getChild('PropertyName') ?? callee) : callee;
    const at = nameNode?.from ?? call.from;
    const evidence = { call: shorten(callText), callee: q };

    // ---- revision (shared by trust_remote_code and downloads)
    const revArg = kw('revision') ?? kw('commit_id');
    const rev = revArg ? evaluate(revArg.node) : undefined;
    const revPinned = rev?.kind === 'str' && isCommit(rev.value);

    // ---- trust_remote_code
    const trc = kw('trust_remote_code');
    if (trc) {
      const v = evaluate(trc.node);
      trustReported.add(trc.node?.from ?? -1);
      const truthy = (v.kind === 'bool' && v.value) || (v.kind === 'dynamic' && /^[1-9][0-9]*$/.test(v.text));
      if (truthy) {
        sink({
          rule: TRUST_REMOTE_CODE,
          severity: revPinned ? 'medium' : 'high',
          offset: trc.from,
          text: argText(trc),
          message: revPinned
            ? `${last}(…, trust_remote_code=True) runs the repository's Python code (pinned to a commit: review it)`
            : `${last}(…, trust_remote_code=True) runs the repository's Python code, and no commit revision fixes which`,
          evidence: { ...evidence, ...(v.kind === 'bool' && v.from ? { resolvedFrom: v.from } : {}) },
        });
      } else if (v.kind === 'dynamic' && !/^0+$/.test(v.text)) {
        sink({
          rule: TRUST_REMOTE_CODE,
          severity: 'low',
          offset: trc.from,
          text: `trust_remote_code=${v.text}`,
          message: `${last}(…, trust_remote_code=${shorten(v.text, 60)}) may run the repository's code, depending on a run-time value`,
          evidence,
        });
      }
    }

    // ---- setup.py: setup(install_requires=[…], extras_require={…})
    if (
      last === 'setup' &&
      (q.startsWith('setuptools.') || q.startsWith('distutils.') || imported('setuptools'))
    ) {
      for (const key of ['install_requires', 'setup_requires', 'tests_require'])
        requirementList(kw(key)?.node, key);
      for (const e of dictEntries(kw('extras_require')?.node) ?? [])
        requirementList(e.node, `extras_require[${e.key}]`);
      continue;
    }

    // ---- Hugging Face downloads
    const hf = hubCall(q, last, imported);
    if (hf) {
      const local = kw('local_files_only');
      const localV = local ? evaluate(local.node) : undefined;
      if (localV?.kind === 'bool' && localV.value) continue;
      let idArg: Arg | undefined;
      for (const k of hf === 'pipeline' || hf === 'vllm'
        ? ['model']
        : hf === 'dataset'
          ? ['path']
          : HUB_ID_KWARGS) {
        idArg ??= kw(k);
      }
      if (!idArg) {
        if (hf === 'pipeline') idArg = pos[1];
        else {
          idArg = pos[0];
          const first = pos[0] ? evaluate(pos[0].node) : undefined;
          if (last === 'from_pretrained' && first?.kind === 'dynamic' && pos[1]) {
            const second = evaluate(pos[1].node);
            if (second.kind === 'str') idArg = pos[1]; // PeftModel.from_pretrained(base_model, "org/adapter")
          }
        }
      }
      if (!idArg && hf === 'pipeline') continue; // the task's default model, pinned by transformers
      const id = idArg ? evaluate(idArg.node) : undefined;
      // load_dataset(builder_variable, data_files=…): a packaged builder over local files, not a Hub dataset.
      if (hf === 'dataset' && id?.kind !== 'str' && (kw('data_files') || kw('data_dir'))) continue;
      if (id?.kind === 'dynamic' && isPathExpression(idArg?.node)) continue; // os.path.join(…), Path(…) / "x"
      if (id?.kind === 'str') {
        if (isLocalRef(id.value, opts)) continue;
        if (hf === 'dataset' && DATASET_BUILDERS.has(id.value.toLowerCase())) continue;
        if (/^https?:\/\//i.test(id.value)) {
          // from_single_file("https://huggingface.co/org/repo/blob/<ref>/file")
          const ref = /\/(?:blob|resolve)\/([^/]+)\//.exec(id.value)?.[1];
          if (ref && isCommit(ref)) continue;
          sink({
            rule: UNPINNED_MODEL_REVISION,
            offset: idArg!.from,
            text: id.value,
            message: `${last}("${shorten(id.value, 80)}") downloads a URL that names ${ref ? `the mutable ref ${ref}` : 'no commit'}`,
            evidence: { ...evidence, model: id.value, ...(ref ? { revision: ref } : {}) },
          });
          continue;
        }
      }
      const model = id?.kind === 'str' ? id.value : id?.kind === 'dynamic' ? id.text : undefined;
      const shown =
        model === undefined ? '' : id?.kind === 'str' ? `"${shorten(model, 60)}"` : shorten(model, 60);
      const ev = { ...evidence, ...(model !== undefined ? { model } : {}) };
      if (!revArg || rev?.kind === 'none') {
        if (hasDstar && !revArg) {
          sink({
            rule: MODEL_REVISION_VARIABLE,
            offset: at,
            text: callText,
            message: `${last}(${shown}) has no literal revision; one may come from **kwargs`,
            evidence: ev,
          });
        } else {
          sink({
            rule: UNPINNED_MODEL_REVISION,
            offset: at,
            text: callText,
            message: `${last}(${shown}) has no revision: it downloads whatever the default branch holds`,
            evidence: ev,
          });
        }
      } else if (rev?.kind === 'str') {
        if (!revPinned) {
          sink({
            rule: UNPINNED_MODEL_REVISION,
            offset: revArg.from,
            text: argText(revArg),
            message: `${last}(${shown}) revision "${shorten(rev.value, 60)}"${rev.from ? ` (from ${rev.from})` : ''} is ${describeRef(rev.value)}, not a 40-hex commit`,
            evidence: { ...ev, revision: rev.value, ...(rev.from ? { resolvedFrom: rev.from } : {}) },
          });
        }
      } else if (rev) {
        sink({
          rule: MODEL_REVISION_VARIABLE,
          offset: revArg.from,
          text: argText(revArg),
          message: `${last}(${shown}) revision=${shorten(rev.kind === 'dynamic' ? rev.text : String(rev.value), 60)} cannot be checked statically`,
          evidence: ev,
        });
      }
      continue;
    }

    // ---- torch.hub
    if (q === 'torch.hub.load' || q === 'torch.hub.list' || q === 'torch.hub.help') {
      const source = kw('source');
      const sv = source ? evaluate(source.node) : undefined;
      if (sv?.kind === 'str' && sv.value === 'local') continue;
      const repoArg = kw('repo_or_dir') ?? kw('github') ?? pos[0];
      const repo = repoArg ? evaluate(repoArg.node) : undefined;
      if (repo?.kind === 'str') {
        const m = /^([^/:\s]+)\/([^/:\s]+)(?::(.+))?$/.exec(repo.value);
        if (!m) continue; // not owner/repo: a local directory
        const ref = m[3];
        if (ref && isCommit(ref)) continue;
        sink({
          rule: TORCH_HUB_UNPINNED,
          offset: repoArg!.from,
          text: repo.value,
          message: ref
            ? `torch.hub.${last}("${repo.value}") runs hubconf.py from ${describeRef(ref)} ${ref}, not a 40-hex commit`
            : `torch.hub.${last}("${repo.value}") runs hubconf.py from the default branch of ${m[1]}/${m[2]}`,
          evidence: { ...evidence, repo: `${m[1]}/${m[2]}`, ...(ref ? { ref } : {}) },
        });
      } else if (repo?.kind === 'dynamic') {
        sink({
          rule: TORCH_HUB_UNPINNED,
          severity: 'low',
          offset: repoArg!.from,
          text: repo.text,
          message: `torch.hub.${last}(${shorten(repo.text, 60)}) runs hubconf.py from a repository/ref chosen at run time`,
          evidence,
        });
      }
      continue;
    }
    if (q === 'torch.hub.load_state_dict_from_url' || q === 'torch.utils.model_zoo.load_url') {
      const ch = kw('check_hash') ?? pos[4];
      const v = ch ? evaluate(ch.node) : undefined;
      if (v?.kind === 'bool' && v.value) continue;
      sink({
        rule: UNPINNED_URL,
        severity: v?.kind === 'dynamic' ? 'low' : undefined,
        offset: at,
        text: callText,
        message: `${last}(…) downloads a checkpoint without check_hash=True`,
        evidence,
      });
      continue;
    }
    if (q === 'torch.hub.download_url_to_file') {
      const hp = kw('hash_prefix') ?? pos[2];
      const v = hp ? evaluate(hp.node) : undefined;
      if (v && v.kind !== 'none') continue;
      sink({
        rule: UNPINNED_URL,
        offset: at,
        text: callText,
        message: 'download_url_to_file(…) downloads without hash_prefix',
        evidence,
      });
      continue;
    }

    // ---- torch.load
    if (q === 'torch.load' || q === 'torch.serialization.load') {
      const wo = kw('weights_only');
      const v = wo ? evaluate(wo.node) : undefined;
      if (v?.kind === 'bool' && v.value) continue;
      if (v?.kind === 'bool') {
        sink({
          rule: TORCH_LOAD_UNSAFE,
          severity: 'high',
          offset: wo!.from,
          text: callText,
          message:
            'torch.load(…, weights_only=False) unpickles the file with the unsafe loader: a checkpoint can run code',
          evidence,
        });
      } else if (v || hasDstar) {
        sink({
          rule: TORCH_LOAD_UNSAFE,
          severity: 'low',
          offset: wo?.from ?? at,
          text: callText,
          message: 'torch.load(…) weights_only comes from a run-time value',
          evidence,
        });
      } else {
        sink({
          rule: TORCH_LOAD_UNSAFE,
          offset: at,
          text: callText,
          message: 'torch.load(…) without weights_only=True runs pickle code on torch < 2.6',
          evidence,
        });
      }
    }
  }

  // {"trust_remote_code": True} anywhere (model_kwargs=…, config dicts) not already seen through a call.
  for (const d of dicts) {
    for (const e of dictEntries(d) ?? []) {
      if (e.key !== 'trust_remote_code' || !e.node || trustReported.has(e.node.from)) continue;
      const v = evaluate(e.node);
      if (v.kind !== 'bool' || !v.value) continue;
      sink({
        rule: TRUST_REMOTE_CODE,
        offset: e.node.from,
        text: shorten(text(d)),
        message:
          'a dict sets "trust_remote_code": True (passed on to a loader, it runs the repository\'s code)',
        evidence: { dict: shorten(text(d)) },
      });
    }
  }
}

type HubKind = 'model' | 'dataset' | 'pipeline' | 'vllm';

function hubCall(q: string, last: string, imported: (m: string) => boolean): HubKind | undefined {
  if (last === 'from_pretrained' || last === 'from_single_file') return 'model';
  if (last === 'hf_hub_download' || last === 'snapshot_download') return 'model';
  if (
    last === 'load_dataset' &&
    (q.startsWith('datasets.') || (q === 'load_dataset' && imported('datasets')))
  ) {
    return 'dataset';
  }
  if (q === 'transformers.pipeline' || (q === 'pipeline' && imported('transformers'))) return 'pipeline';
  if (q === 'vllm.LLM' || (q === 'LLM' && imported('vllm'))) return 'vllm';
  if (
    (last === 'SentenceTransformer' || last === 'CrossEncoder' || last === 'SparseEncoder') &&
    (q.startsWith('sentence_transformers.') || imported('sentence_transformers'))
  ) {
    return 'model';
  }
  return undefined;
}

function isLocalRef(id: string, opts: PythonOptions): boolean {
  if (/^(\.{1,2}[/\\]|[/\\~]|[A-Za-z]:[\\/])/.test(id) || id === '.' || id === '..') return true;
  return opts.isLocalPath?.(id) ?? false;
}

export function describeRef(ref: string): string {
  if (/^refs\/pr\/\d+$/.test(ref)) return 'a pull-request ref';
  if (/^[0-9a-fA-F]{7,39}$/.test(ref))
    return 'a short commit prefix (Hugging Face resolves only full hashes)';
  if (/^[0-9A-F]{40}$/i.test(ref)) return 'an upper-case hash (Hugging Face matches only lower-case commits)';
  if (/^v?\d+(\.\d+)*([-.]?\w+)?$/.test(ref)) return 'a tag';
  if (ref === '') return 'empty';
  return 'a branch or tag';
}
