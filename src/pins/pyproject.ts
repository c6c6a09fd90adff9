/**
 * pyproject.toml: PEP 621 dependencies and optional-dependencies, PEP 735 dependency-groups,
 * build-system.requires, uv/pdm dependency lists, and Poetry's dependency tables (its own
 * constraint syntax: a bare version is exact, ^ and ~ are ranges; git deps need rev = <40 hex>).
 * Parsed with toml-eslint-parser (TOML 1.0, maintained, gives every node's range).
 */
import type { AST } from 'toml-eslint-parser';
import type { Severity } from '../core/finding.ts';
import { type HitSink, isCommit } from './hits.ts';
import { checkRequirement } from './requirements.ts';
import { UNPINNED_REQUIREMENT, UNPINNED_URL, UNPINNED_VCS } from './rules.ts';
import { readToml } from './toml.ts';

type Path = (string | number)[];

interface Leaf {
  path: Path;
  node: AST.TOMLContentNode;
}

function keyNames(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

function collect(prefix: Path, node: AST.TOMLContentNode, out: Leaf[], depth = 0): void {
  if (depth > 64) return;
  out.push({ path: prefix, node });
  if (node.type === 'TOMLInlineTable') {
    for (const kv of node.body) collect([...prefix, ...keyNames(kv.key)], kv.value, out, depth + 1);
  } else if (node.type === 'TOMLArray') {
    node.elements.forEach((el, i) => {
      collect([...prefix, i], el, out, depth + 1);
    });
  }
}

const eq = (p: Path, pattern: (string | null)[]): boolean =>
  p.length === pattern.length && pattern.every((x, i) => x === null || x === p[i]);

export interface PyprojectOptions {
  /** Lock file beside it (uv.lock, poetry.lock, pdm.lock, pylock.toml, Pipfile.lock). */
  lockFile?: string;
  /** A Pipfile: [packages] and [dev-packages] hold PEP 440 specifiers ("*" is any version). */
  pipfile?: boolean;
  /** PEP 723 metadata inside a script: the top-level `dependencies` list. */
  inlineScript?: boolean;
}

const INLINE_LISTS: { pattern: (string | null)[]; where: string; build?: boolean }[] = [
  { pattern: ['dependencies'], where: 'inline script dependency' },
];

const PEP508_LISTS: { pattern: (string | null)[]; where: string; build?: boolean }[] = [
  { pattern: ['project', 'dependencies'], where: 'dependency' },
  { pattern: ['project', 'optional-dependencies', null], where: 'optional dependency' },
  { pattern: ['dependency-groups', null], where: 'dependency group entry' },
  { pattern: ['build-system', 'requires'], where: 'build requirement', build: true },
  { pattern: ['tool', 'pdm', 'dev-dependencies', null], where: 'dev dependency' },
  { pattern: ['tool', 'uv', 'dev-dependencies'], where: 'dev dependency' },
  { pattern: ['tool', 'uv', 'constraint-dependencies'], where: 'constraint' },
  { pattern: ['tool', 'uv', 'override-dependencies'], where: 'override' },
];

const PIPFILE_SECTIONS: (string | null)[][] = [['packages'], ['dev-packages']];

/** Pipfile values are PEP 440 specifiers: only == (without a wildcard) or === is exact. */
export function pipfileConstraintPinned(c: string): boolean {
  return /^\s*(===\s*\S+|==\s*[^*,;<>!~\s]+)\s*$/.test(c);
}

const POETRY_SECTIONS: (string | null)[][] = [
  ['tool', 'poetry', 'dependencies'],
  ['tool', 'poetry', 'dev-dependencies'],
  ['tool', 'poetry', 'group', null, 'dependencies'],
];

/** Poetry's constraint syntax: "1.2.3" and "==1.2.3" are exact; ^, ~, >=, *, x are ranges. */
export function poetryConstraintPinned(c: string): boolean {
  return /^(==|=)?\s*v?\d[\w.+!-]*$/.test(c.trim()) && !/[*x]$|\.x\b/i.test(c.trim());
}

export function checkPyproject(text: string, sink: HitSink, opts: PyprojectOptions = {}): void {
  const what = opts.pipfile ? 'Pipfile' : opts.inlineScript ? 'inline script metadata' : 'pyproject.toml';
  const program = readToml(text, sink, what, 'its dependencies were not checked');
  if (!program) return;
  const leaves: Leaf[] = [];
  for (const item of program.body[0].body) {
    if (item.type === 'TOMLKeyValue') collect(keyNames(item.key), item.value, leaves);
    else for (const kv of item.body) collect([...item.resolvedKey, ...keyNames(kv.key)], kv.value, leaves);
  }
  const lockNote = opts.lockFile ? ` (${opts.lockFile} beside it pins the resolved versions)` : '';
  const severity: Severity | undefined = opts.lockFile ? 'low' : undefined;

  // PEP 508 string lists.
  for (const leaf of leaves) {
    if (leaf.node.type !== 'TOMLValue' || leaf.node.kind !== 'string') continue;
    const parent = leaf.path.slice(0, -1);
    const list = (opts.inlineScript ? INLINE_LISTS : PEP508_LISTS).find(
      (l) => typeof leaf.path.at(-1) === 'number' && eq(parent, l.pattern),
    );
    if (!list) continue;
    const value = leaf.node.value;
    const raw = text.slice(leaf.node.range[0], leaf.node.range[1]);
    // The string's content starts after its opening quote(s); escapes are rare in requirements.
    const quote = /^("""|'''|"|')/.exec(raw)?.[1]?.length ?? 1;
    checkRequirement(sink, {
      text: value,
      offset: leaf.node.range[0] + quote,
      hashed: false,
      hashRule: false,
      where: list.where,
      severity: list.build ? 'low' : severity,
      evidence: { table: parent.join('.') },
      note: list.build ? undefined : lockNote,
    });
  }

  // Poetry tables (and Pipfile): name = "constraint" | { version, git, rev/ref, tag, branch, url, path } | [ … ].
  const sections = opts.pipfile ? PIPFILE_SECTIONS : POETRY_SECTIONS;
  const pinned = opts.pipfile ? pipfileConstraintPinned : poetryConstraintPinned;
  for (const leaf of leaves) {
    const sectionLen = sections.find(
      (s) => s.length === leaf.path.length - 1 && eq(leaf.path.slice(0, -1), s),
    )
      ? leaf.path.length - 1
      : sections.find((s) => s.length === leaf.path.length - 2 && eq(leaf.path.slice(0, -2), s)) &&
          typeof leaf.path.at(-1) === 'number'
        ? leaf.path.length - 2
        : -1;
    if (sectionLen < 0) continue;
    const name = String(leaf.path[sectionLen]);
    if (name === 'python') continue;
    const section = leaf.path.slice(0, sectionLen).join('.');
    checkPoetryDep(sink, text, name, section, leaf.node, lockNote, severity, pinned);
  }
}

function checkPoetryDep(
  sink: HitSink,
  text: string,
  name: string,
  section: string,
  node: AST.TOMLContentNode,
  lockNote: string,
  severity: Severity | undefined,
  pinned: (constraint: string) => boolean,
): void {
  const sev = severity ? { severity } : {};
  const evidence = { table: section, package: name };
  if (node.type === 'TOMLValue' && node.kind === 'string') {
    if (!pinned(node.value)) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        offset: node.range[0],
        text: text.slice(node.range[0], node.range[1]),
        message: `${section}.${name} = "${node.value}" is a range, not an exact version${lockNote}`,
        ...sev,
        evidence: { ...evidence, constraint: node.value },
      });
    }
    return;
  }
  if (node.type !== 'TOMLInlineTable') return;
  const field = (k: string) => node.body.find((kv) => keyNames(kv.key).join('.') === k)?.value;
  const str = (k: string) => {
    const v = field(k);
    return v?.type === 'TOMLValue' && v.kind === 'string' ? v.value : undefined;
  };
  const git = str('git') ?? (str('github') !== undefined ? `github:${str('github')}` : undefined);
  if (git !== undefined) {
    const rev = str('rev') ?? str('ref');
    if (rev && isCommit(rev)) return;
    const ref = rev ?? str('tag') ?? str('branch');
    const at = field('git') ?? field('github') ?? node;
    sink({
      rule: UNPINNED_VCS,
      offset: at.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name} comes from git ${git}${ref ? ` at ${ref}` : ' (default branch)'}, not a 40-hex rev${lockNote}`,
      ...sev,
      evidence: { ...evidence, git, ref: ref || undefined },
    });
    return;
  }
  const url = str('url');
  if (url !== undefined) {
    sink({
      rule: UNPINNED_URL,
      offset: field('url')!.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name} is downloaded from ${url} without a hash${lockNote}`,
      ...sev,
      evidence: { ...evidence, url },
    });
    return;
  }
  if (str('path') !== undefined) return;
  const file = str('file');
  if (file !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(file) && !/^file:/i.test(file)) {
    sink({
      rule: UNPINNED_URL,
      offset: field('file')!.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name} is downloaded from ${file} without a hash${lockNote}`,
      ...sev,
      evidence: { ...evidence, url: file },
    });
    return;
  }
  if (file !== undefined) return;
  const version = str('version');
  const vnode = field('version');
  if (version !== undefined && vnode && !pinned(version)) {
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: vnode.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name} version "${version}" is a range, not an exact version${lockNote}`,
      ...sev,
      evidence: { ...evidence, constraint: version },
    });
  }
}

export const PYTHON_LOCK_FILES = ['uv.lock', 'poetry.lock', 'pdm.lock', 'pylock.toml', 'Pipfile.lock'];

/**
 * PEP 723 inline script metadata (`# /// script` … `# ///` in a .py file, read by uv run, pipx,
 * hatch): its `dependencies` list is installed when the script runs.
 */
export function checkInlineScriptMetadata(src: string, sink: HitSink): void {
  const block = /^# \/\/\/ script[ \t]*\r?\n((?:#(?:| .*)\r?\n)+)# \/\/\/[ \t]*$/m.exec(src);
  if (!block) return;
  const contentStart = block.index + block[0].indexOf('\n') + 1;
  let toml = '';
  const map: number[] = [];
  let at = contentStart;
  for (const line of block[1]!.split(/(?<=\n)/)) {
    const strip = line.startsWith('# ') ? 2 : 1;
    const body = line.slice(strip);
    for (let k = 0; k < body.length; k++) map.push(at + strip + k);
    toml += body;
    at += line.length;
  }
  checkPyproject(toml, (h) => sink({ ...h, offset: map[h.offset] ?? contentStart }), { inlineScript: true });
}
