/**
 * Pin checks wired into the scan.
 *
 * A tree analyzer reads the dependency files, code and notebooks of a target (a folder, or a
 * single file): it needs the whole tree to follow -r/-c includes (only to files inside the
 * target: a hostile `-r /root/.ssh/id_rsa` must not put a key into a report), to see lock files
 * beside package.json/pyproject.toml (and the pip-compile output beside requirements.in), and to
 * tell local model folders from Hub ids. Files inside archives are checked by a file analyzer
 * without that context.
 *
 * Each file is checked behind the parse guard: whatever one file does to a parser becomes one
 * finding about that file, and every other file's findings stay.
 */
import { posix } from 'node:path';
import type { AnalyzerContext, TreeContext } from '../core/analyzer.ts';
import { type Finding, finding } from '../core/finding.ts';
import type { ModelReference } from '../core/model-source.ts';
import { guardRun } from '../core/parse-guard.ts';
import { pathKey } from '../core/paths.ts';
import { FileSource, readAll } from '../core/source.ts';
import type { DiscoveredFile } from '../core/walk.ts';
import { checkAdapterConfig } from './adapter.ts';
import { checkCompose } from './compose.ts';
import { checkCondaEnv } from './conda.ts';
import { checkConfig } from './config.ts';
import { kindByContent, kindByName, type PinFileKind, sniffableName } from './detect.ts';
import { checkDockerfile } from './dockerfile.ts';
import {
  collector,
  type Include,
  LineIndex,
  MAX_HITS_PER_RULE,
  MAX_REFS_PER_FILE,
  type PinCollector,
  type PinHit,
  type RefHit,
  toFindings,
  toReferences,
} from './hits.ts';
import { checkMakefile } from './makefile.ts';
import { checkNotebook } from './notebook.ts';
import { checkPackageJson, NPM_LOCK_FILES } from './npm.ts';
import { checkInlineScriptMetadata, checkPyproject, PYTHON_LOCK_FILES } from './pyproject.ts';
import { checkPython } from './python.ts';
import { checkRequirementsText } from './requirements.ts';
import { UNPARSEABLE, UNRESOLVED_INCLUDE } from './rules.ts';
import { checkModelfile, checkShell } from './shell.ts';
import { checkWorkflow } from './workflow.ts';

/** Folders holding installed third-party code, not the project's own (their pins are not ours). */
const SKIP_DIRS = new Set([
  'node_modules',
  'site-packages',
  'dist-packages',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
]);

const TEXT_LIMIT = 8 * 1024 * 1024;
const NOTEBOOK_LIMIT = 64 * 1024 * 1024;
const CONFIG_LIMIT = 1024 * 1024;

export interface CheckContext {
  /** Base name of the file (messages, pip.conf detection). */
  name?: string;
  /** Lock file beside the file, if any (for requirements.in: the file pip-compile wrote from it). */
  lockFile?: string;
  isLocalPath?: (p: string) => boolean;
}

export interface CheckResult {
  hits: PinHit[];
  refs: RefHit[];
  includes: Include[];
}

/** Runs the checker for `kind` on `text`; whatever it throws becomes one pin/unparseable hit. */
export function checkText(kind: PinFileKind, input: string, ctx: CheckContext = {}): CheckResult {
  // A byte-order mark is dropped by pip, npm and Python alike; a space keeps every offset in place.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const out = collector();
  const ran = guardRun(() => runChecker(kind, text, out, ctx), `${kind} check`);
  if (!ran.ok) {
    out.hit({
      rule: UNPARSEABLE,
      offset: ran.failure.offset,
      text: text.slice(0, 40),
      message: `${ctx.name ?? kind}: ${ran.failure.message}; its pins were not all checked`,
      evidence: { reason: ran.failure.reason },
    });
  }
  summarizeOverflow(out, ctx.name ?? kind);
  return { hits: out.hits, refs: out.refs, includes: out.includes };
}

/** One hit per rule that fired more often than kept, and one (fail closed) when references were dropped. */
function summarizeOverflow(out: ReturnType<typeof collector>, name: string): void {
  for (const [rule, { count, first }] of out.overflow.hits) {
    out.hits.push({
      ...first,
      message: `${count} more ${rule.id} findings in ${name} are not listed (the first ${MAX_HITS_PER_RULE} are)`,
      evidence: { more: count },
    });
  }
  if (out.overflow.refsDropped > 0) {
    out.hits.push({
      rule: UNPARSEABLE,
      offset: 0,
      text: '',
      message: `${name} names more than ${MAX_REFS_PER_FILE} distinct models; ${out.overflow.refsDropped} were not checked against the policy's sources`,
      evidence: { dropped: out.overflow.refsDropped },
    });
  }
}

type Checker = (text: string, out: PinCollector, ctx: CheckContext) => void;

const lockOf = (ctx: CheckContext) => (ctx.lockFile ? { lockFile: ctx.lockFile } : {});
const localOf = (ctx: CheckContext) => (ctx.isLocalPath ? { isLocalPath: ctx.isLocalPath } : {});
const includeAll = (out: PinCollector, list: readonly Include[]) => {
  for (const i of list) out.include(i);
};

/** The checker of each kind of file. */
const CHECKERS: Record<PinFileKind, Checker> = {
  requirements: (t, out, ctx) =>
    includeAll(out, checkRequirementsText(t, out.hit, ctx.lockFile ? { compiledTo: ctx.lockFile } : {})),
  constraints: (t, out) => includeAll(out, checkRequirementsText(t, out.hit, { constraints: true })),
  pyproject: (t, out, ctx) => checkPyproject(t, out.hit, lockOf(ctx)),
  pipfile: (t, out, ctx) => checkPyproject(t, out.hit, { pipfile: true, ...lockOf(ctx) }),
  conda: (t, out) => includeAll(out, checkCondaEnv(t, out.hit)),
  'package-json': (t, out, ctx) => checkPackageJson(t, out.hit, lockOf(ctx)),
  python: (t, out, ctx) => {
    checkInlineScriptMetadata(t, out.hit);
    checkPython(t, out, localOf(ctx));
  },
  notebook: (t, out, ctx) => checkNotebook(t, out, localOf(ctx)),
  dockerfile: (t, out, ctx) => checkDockerfile(t, out, localOf(ctx)),
  shell: (t, out, ctx) => checkShell(t, out, 'script', localOf(ctx)),
  makefile: (t, out, ctx) => checkMakefile(t, out, localOf(ctx)),
  workflow: (t, out) => checkWorkflow(t, out),
  compose: (t, out) => checkCompose(t, out),
  modelfile: (t, out) => checkModelfile(t, out),
  'adapter-config': (t, out, ctx) => checkAdapterConfig(t, out, localOf(ctx)),
  config: (t, out, ctx) => checkConfig(t, out, ctx.name ?? 'config'),
};

function runChecker(kind: PinFileKind, text: string, out: PinCollector, ctx: CheckContext): void {
  CHECKERS[kind](text, out, ctx);
}

/** Checks one text and returns findings for `path`. */
export function checkFile(kind: PinFileKind, text: string, path: string, ctx: CheckContext = {}): Finding[] {
  const { hits } = checkText(kind, text, ctx);
  return toFindings(hits, path, new LineIndex(text), () => ({ checker: kind }));
}

/** Checks one text and returns its findings and model references for `path`. */
export function checkFileFully(
  kind: PinFileKind,
  text: string,
  path: string,
  ctx: CheckContext = {},
): { findings: Finding[]; references: ModelReference[]; includes: Include[]; index: LineIndex } {
  const { hits, refs, includes } = checkText(kind, text, ctx);
  const index = new LineIndex(text);
  return {
    findings: toFindings(hits, path, index, () => ({ checker: kind })),
    references: toReferences(refs, path, index, kind),
    includes,
    index,
  };
}

/** UTF-8, or UTF-16 when the bytes start with its byte-order mark (the mark becomes a space). */
export function decodeText(buf: Buffer): string {
  const le = buf[0] === 0xff && buf[1] === 0xfe;
  const be = buf[0] === 0xfe && buf[1] === 0xff;
  if (!le && !be) return buf.toString('utf8');
  return ` ${new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2))}`;
}

/** The first bytes of a discovered file (from memory when the scan kept them: TreeContext.readHead). */
type ReadHead = (file: DiscoveredFile, n: number) => Promise<Buffer>;

/** The files of a target the pin checks look at, with the folders they are in. */
class PinTree {
  readonly byRel = new Map<string, DiscoveredFile>();
  readonly dirs = new Set<string>();

  constructor(files: readonly DiscoveredFile[]) {
    for (const f of files) {
      if (f.rel.split('/').some((p) => SKIP_DIRS.has(p))) continue;
      this.byRel.set(f.rel, f);
      const parts = f.rel.split('/');
      for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/'));
    }
  }

  sibling(dir: string, names: readonly string[]): string | undefined {
    return names.find((n) => this.byRel.has(dir === '.' ? n : `${dir}/${n}`));
  }

  isLocalPath(dir: string): (p: string) => boolean {
    return (p: string) => {
      const clean = p.replace(/\\/g, '/').replace(/\/+$/, '');
      const fromDir = posix.normalize(posix.join(dir, clean));
      const fromRoot = posix.normalize(clean);
      return [fromDir, fromRoot].some((r) => this.dirs.has(r) || this.byRel.has(r));
    };
  }
}

interface Queued {
  file: DiscoveredFile;
  kind: PinFileKind;
}

/** Files known by name first, then files whose content says what they are. */
async function initialQueue(tree: PinTree, readHead: ReadHead): Promise<Queued[]> {
  const queue: Queued[] = [];
  // A Hugging Face cache links snapshots/<rev>/requirements.txt to blobs/<sha>: the blob is the same
  // file, so it is not sniffed again (no duplicate findings).
  const named = new Set<string>();
  for (const f of tree.byRel.values()) {
    const kind = kindByName(f.rel);
    if (!kind) continue;
    queue.push({ file: f, kind });
    named.add(pathKey(f.fsPath));
  }
  for (const f of tree.byRel.values()) {
    if (
      kindByName(f.rel) ||
      named.has(pathKey(f.fsPath)) ||
      !sniffableName(f.rel) ||
      f.size === 0 ||
      f.size > 1024 * 1024
    )
      continue;
    try {
      const kind = kindByContent(f.rel, (await readHead(f, 4096)).toString('utf8'));
      if (kind) queue.push({ file: f, kind });
    } catch {
      // unreadable files are reported by the scan itself
    }
  }
  return queue;
}

export async function analyzeTree(ctx: TreeContext): Promise<void> {
  const tree = new PinTree(ctx.files);
  const queue = await initialQueue(tree, (f, n) => ctx.readHead(f, n));
  const done = new Set<string>();
  while (queue.length > 0) {
    const item = queue.shift()!;
    // Include cycles and files reached twice are read once per family (a pins.cfg named like a config
    // file is still read as requirements when a requirements file includes it).
    const key = `${item.kind === 'constraints' ? 'requirements' : item.kind}:${item.file.rel}`;
    if (done.has(key)) continue;
    done.add(key);
    for (const next of await checkTreeFile(item, tree, ctx)) queue.push(next);
  }
}

/** Reads and checks one file; returns the files its includes name. */
async function checkTreeFile({ file, kind }: Queued, tree: PinTree, ctx: TreeContext): Promise<Queued[]> {
  if (kind === 'config' && file.size > CONFIG_LIMIT) return []; // tokenizer.json and other data: no run config
  const limit = kind === 'notebook' ? NOTEBOOK_LIMIT : TEXT_LIMIT;
  if (file.size > limit) {
    ctx.report(
      finding(UNPARSEABLE, {
        path: file.display,
        severity: 'low',
        message: `${file.display} is ${file.size} bytes, above the ${limit}-byte limit for ${kind} checks; not checked`,
        evidence: { size: file.size, checker: kind },
      }),
    );
    return [];
  }
  let text: string;
  try {
    text = await readText(file, limit, ctx);
  } catch {
    return []; // the scan reports read errors for every file already
  }
  const dir = posix.dirname(file.rel);
  const checkCtx: CheckContext = {
    ...(await lockFor(kind, file, dir, tree, (f, n) => ctx.readHead(f, n))),
    isLocalPath: tree.isLocalPath(dir),
    name: posix.basename(file.rel),
  };
  const { findings, references, includes, index } = checkFileFully(kind, text, file.display, checkCtx);
  for (const f of findings) ctx.report(f);
  for (const r of references) ctx.reference?.(r);
  return followIncludes(includes, file, dir, tree, index, ctx);
}

/** pip and Python read UTF-16 files with a byte-order mark (PowerShell's `>` writes them). */
async function readText(file: DiscoveredFile, limit: number, ctx: TreeContext): Promise<string> {
  const bom = await ctx.readHead(file, 2);
  const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff);
  if (!utf16) return ctx.readText(file, limit);
  const src = await FileSource.open(file.fsPath, file.display);
  try {
    return decodeText(await readAll(src, limit));
  } finally {
    await src.close();
  }
}

/** The lock file beside package.json/pyproject.toml/Pipfile, or the pip-compile output of a requirements.in. */
async function lockFor(
  kind: PinFileKind,
  file: DiscoveredFile,
  dir: string,
  tree: PinTree,
  readHead: ReadHead,
): Promise<{ lockFile?: string }> {
  if (kind === 'package-json') return optional(tree.sibling(dir, NPM_LOCK_FILES));
  if (kind === 'pyproject' || kind === 'pipfile') return optional(tree.sibling(dir, PYTHON_LOCK_FILES));
  if (kind === 'requirements' && file.rel.endsWith('.in'))
    return optional(await compiledFrom(file, dir, tree, readHead));
  return {};
}

const optional = (lockFile: string | undefined) => (lockFile ? { lockFile } : {});

/**
 * The file pip-compile (or `uv pip compile`) wrote from `source`: a .txt beside it whose header names
 * the command and the source file (`#    pip-compile --generate-hashes requirements.in`).
 */
async function compiledFrom(
  source: DiscoveredFile,
  dir: string,
  tree: PinTree,
  readHead: ReadHead,
): Promise<string | undefined> {
  const base = posix.basename(source.rel);
  const stem = base.slice(0, -3);
  const candidates = [
    `${stem}.txt`,
    ...[...tree.byRel.keys()]
      .filter((r) => posix.dirname(r) === dir && r.endsWith('.txt'))
      .map((r) => posix.basename(r)),
  ];
  for (const name of new Set(candidates)) {
    const f = tree.byRel.get(dir === '.' ? name : `${dir}/${name}`);
    if (!f) continue;
    try {
      const head = (await readHead(f, 4096)).toString('utf8');
      if (/^#.*\b(pip-compile|uv pip compile)\b/m.test(head) && head.includes(base)) return name;
    } catch {
      // unreadable: not a compiled lock we can vouch for
    }
  }
  return undefined;
}

function followIncludes(
  includes: readonly Include[],
  file: DiscoveredFile,
  dir: string,
  tree: PinTree,
  index: LineIndex,
  ctx: TreeContext,
): Queued[] {
  const next: Queued[] = [];
  for (const inc of includes) {
    const found = inc.soft
      ? findCommandFile(inc.target, dir, tree.byRel)
      : findInclude(inc.target, dir, tree.byRel);
    if (inc.soft && !found) continue;
    if (found) {
      next.push({ file: found, kind: inc.kind === 'constraint' ? 'constraints' : 'requirements' });
      continue;
    }
    const { line, column } = index.position(inc.offset);
    ctx.report(
      finding(UNRESOLVED_INCLUDE, {
        path: file.display,
        line,
        column,
        message: `${inc.text} names a file that is not inside the scanned folder; it was not checked`,
        evidence: { text: inc.text, include: inc.target },
      }),
    );
  }
  return next;
}

/** An -r/-c target relative to the including file; never outside the scanned folder. */
function findInclude(
  target: string,
  dir: string,
  byRel: ReadonlyMap<string, DiscoveredFile>,
): DiscoveredFile | undefined {
  const clean = target.replace(/\\/g, '/');
  if (posix.isAbsolute(clean)) return undefined;
  const rel = posix.normalize(posix.join(dir, clean));
  return rel.startsWith('../') ? undefined : byRel.get(rel);
}

/**
 * A file named by a command (`pip install -r deps/prod.lst` in a script, or `/app/req.txt` in a
 * Dockerfile after COPY): tried relative to the file, to the root, then by dropping leading
 * directories of an absolute path. Only files inside the scanned folder are ever read.
 */
function findCommandFile(
  target: string,
  dir: string,
  byRel: ReadonlyMap<string, DiscoveredFile>,
): DiscoveredFile | undefined {
  const clean = target.replace(/\\/g, '/');
  const relative = findInclude(clean, dir, byRel) ?? findInclude(clean, '.', byRel);
  if (relative) return relative;
  const parts = clean.split('/').filter((p) => p && p !== '.' && p !== '..');
  for (let i = 0; i < parts.length; i++) {
    const hit = byRel.get(parts.slice(i).join('/'));
    if (hit) return hit;
  }
  return undefined;
}

/** Pin checks of an archive member (files on disk go through analyzeTree, with includes and lock files). */
export async function analyzeMember(ctx: AnalyzerContext): Promise<void> {
  if (ctx.depth === 0) return;
  const kind =
    kindByName(ctx.name) ??
    (sniffableName(ctx.name) ? kindByContent(ctx.name, ctx.head.toString('utf8')) : undefined);
  if (!kind) return;
  const limit = kind === 'notebook' ? NOTEBOOK_LIMIT : TEXT_LIMIT;
  if (ctx.source.size > limit) return;
  if (kind === 'config' && ctx.source.size > CONFIG_LIMIT) return;
  const text = decodeText(await readAll(ctx.source, limit));
  const { findings, references } = checkFileFully(kind, text, ctx.source.path, { name: ctx.name });
  for (const f of findings) {
    const { path: _p, ...rest } = f;
    ctx.report(rest);
  }
  for (const r of references)
    ctx.reference?.({ ...r, path: ctx.source.path, via: `${r.via} (archive member)` });
}
