/**
 * Pin checks wired into the scan.
 *
 * A tree analyzer reads the dependency files, code and notebooks of a target (a folder, or a
 * single file): it needs the whole tree to follow -r/-c includes (only to files inside the
 * target: a hostile `-r /root/.ssh/id_rsa` must not put a key into a report), to see lock files
 * beside package.json/pyproject.toml, and to tell local model folders from Hub ids. Files inside
 * archives are checked by a file analyzer without that context.
 */
import { posix } from 'node:path';
import type { AnalyzerContext, TreeContext } from '../core/analyzer.ts';
import { type Finding, finding } from '../core/finding.ts';
import { pathKey } from '../core/paths.ts';
import { FileSource, readAll } from '../core/source.ts';
import type { DiscoveredFile } from '../core/walk.ts';
import { checkCondaEnv } from './conda.ts';
import { checkConfig } from './config.ts';
import { kindByContent, kindByName, type PinFileKind, sniffableName } from './detect.ts';
import { checkDockerfile } from './dockerfile.ts';
import { LineIndex, type PinHit, toFindings } from './hits.ts';
import { checkNotebook } from './notebook.ts';
import { checkPackageJson, NPM_LOCK_FILES } from './npm.ts';
import { checkInlineScriptMetadata, checkPyproject, PYTHON_LOCK_FILES } from './pyproject.ts';
import { checkPython } from './python.ts';
import { checkRequirementsText, type Include } from './requirements.ts';
import { UNPARSEABLE, UNRESOLVED_INCLUDE } from './rules.ts';
import { checkModelfile, checkShell, collectShellIncludes } from './shell.ts';
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
  /** Lock file beside the file, if any. */
  lockFile?: string;
  isLocalPath?: (p: string) => boolean;
}

/** Runs the checker for `kind` on `text`; returns the hits and the includes (requirements only). */
export function checkText(
  kind: PinFileKind,
  input: string,
  ctx: CheckContext = {},
): { hits: PinHit[]; includes: Include[] } {
  // A byte-order mark is dropped by pip, npm and Python alike; a space keeps every offset in place.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const hits: PinHit[] = [];
  const sink = (h: PinHit) => hits.push(h);
  let includes: Include[] = [];
  // `pip install -r FILE` in scripts, Dockerfiles, notebooks and workflows names more requirements files.
  const fromCommands = collectShellIncludes(() => {
    switch (kind) {
      case 'requirements':
        includes = checkRequirementsText(text, sink);
        break;
      case 'constraints':
        includes = checkRequirementsText(text, sink, { constraints: true });
        break;
      case 'pyproject':
        checkPyproject(text, sink, ctx.lockFile ? { lockFile: ctx.lockFile } : {});
        break;
      case 'pipfile':
        checkPyproject(text, sink, { pipfile: true, ...(ctx.lockFile ? { lockFile: ctx.lockFile } : {}) });
        break;
      case 'conda':
        includes = checkCondaEnv(text, sink);
        break;
      case 'package-json':
        checkPackageJson(text, sink, ctx.lockFile ? { lockFile: ctx.lockFile } : {});
        break;
      case 'python':
        checkInlineScriptMetadata(text, sink);
        checkPython(text, sink, ctx.isLocalPath ? { isLocalPath: ctx.isLocalPath } : {});
        break;
      case 'notebook':
        checkNotebook(text, sink, ctx.isLocalPath ? { isLocalPath: ctx.isLocalPath } : {});
        break;
      case 'dockerfile':
        checkDockerfile(text, sink);
        break;
      case 'shell':
        checkShell(text, sink);
        break;
      case 'workflow':
        checkWorkflow(text, sink);
        break;
      case 'modelfile':
        checkModelfile(text, sink);
        break;
      case 'config':
        checkConfig(text, sink, ctx.name ?? 'config');
        break;
    }
  });
  return { hits, includes: [...includes, ...fromCommands] };
}

/** Checks one text and returns findings for `path`. */
export function checkFile(kind: PinFileKind, text: string, path: string, ctx: CheckContext = {}): Finding[] {
  const { hits } = checkText(kind, text, ctx);
  return toFindings(hits, path, new LineIndex(text), () => ({ checker: kind }));
}

/** UTF-8, or UTF-16 when the bytes start with its byte-order mark (the mark becomes a space). */
export function decodeText(buf: Buffer): string {
  const le = buf[0] === 0xff && buf[1] === 0xfe;
  const be = buf[0] === 0xfe && buf[1] === 0xff;
  if (!le && !be) return buf.toString('utf8');
  return ` ${new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2))}`;
}

async function readUtf16(file: DiscoveredFile, limit: number): Promise<string> {
  const src = await FileSource.open(file.fsPath, file.display);
  try {
    return decodeText(await readAll(src, limit));
  } finally {
    await src.close();
  }
}

export async function analyzeTree(ctx: TreeContext): Promise<void> {
  const byRel = new Map<string, DiscoveredFile>();
  const dirs = new Set<string>();
  for (const f of ctx.files) {
    if (f.rel.split('/').some((p) => SKIP_DIRS.has(p))) continue;
    byRel.set(f.rel, f);
    const parts = f.rel.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const queue: { file: DiscoveredFile; kind: PinFileKind }[] = [];
  // Files known by name first. A Hugging Face cache links snapshots/<rev>/requirements.txt to
  // blobs/<sha>: the blob is the same file, so it is not sniffed again (no duplicate findings).
  const named = new Set<string>();
  for (const f of byRel.values()) {
    const kind = kindByName(f.rel);
    if (!kind) continue;
    queue.push({ file: f, kind });
    named.add(pathKey(f.fsPath));
  }
  for (const f of byRel.values()) {
    if (
      kindByName(f.rel) ||
      named.has(pathKey(f.fsPath)) ||
      !sniffableName(f.rel) ||
      f.size === 0 ||
      f.size > 1024 * 1024
    ) {
      continue;
    }
    try {
      const kind = kindByContent(f.rel, (await ctx.readHead(f, 4096)).toString('utf8'));
      if (kind) queue.push({ file: f, kind });
    } catch {
      // unreadable files are reported by the scan itself
    }
  }
  const done = new Set<string>();
  while (queue.length > 0) {
    const { file, kind } = queue.shift()!;
    // Include cycles and files reached twice are read once per family (a pins.cfg named like a config
    // file is still read as requirements when a requirements file includes it).
    const key = `${kind === 'constraints' ? 'requirements' : kind}:${file.rel}`;
    if (done.has(key)) continue;
    done.add(key);
    const dir = posix.dirname(file.rel);
    if (kind === 'config' && file.size > CONFIG_LIMIT) continue; // tokenizer.json and other data: no run config
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
      continue;
    }
    let text: string;
    try {
      // pip and Python read UTF-16 files with a byte-order mark (PowerShell's `>` writes them).
      const bom = await ctx.readHead(file, 2);
      const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff);
      text = utf16 ? await readUtf16(file, limit) : await ctx.readText(file, limit);
    } catch {
      continue; // the scan reports read errors for every file already
    }
    const sibling = (names: readonly string[]) =>
      names.find((n) => byRel.has(dir === '.' ? n : `${dir}/${n}`));
    const lockFile =
      kind === 'package-json'
        ? sibling(NPM_LOCK_FILES)
        : kind === 'pyproject' || kind === 'pipfile'
          ? sibling(PYTHON_LOCK_FILES)
          : undefined;
    const isLocalPath = (p: string) => {
      const clean = p.replace(/\\/g, '/').replace(/\/+$/, '');
      const fromDir = posix.normalize(posix.join(dir, clean));
      const fromRoot = posix.normalize(clean);
      return [fromDir, fromRoot].some((r) => dirs.has(r) || byRel.has(r));
    };
    const name = posix.basename(file.rel);
    const { hits, includes } = checkText(kind, text, {
      ...(lockFile ? { lockFile } : {}),
      isLocalPath,
      name,
    });
    const index = new LineIndex(text);
    for (const f of toFindings(hits, file.display, index, () => ({ checker: kind }))) ctx.report(f);
    for (const inc of includes) {
      const found = inc.soft ? findCommandFile(inc.target, dir, byRel) : findInclude(inc.target, dir, byRel);
      if (inc.soft && !found) continue;
      if (found) {
        queue.push({ file: found, kind: inc.kind === 'constraint' ? 'constraints' : 'requirements' });
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
  }
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
  // Files on disk are read by the tree analyzer (with includes and lock files); this one sees archive members.
  if (ctx.depth === 0) return;
  const kind =
    kindByName(ctx.name) ??
    (sniffableName(ctx.name) ? kindByContent(ctx.name, ctx.head.toString('utf8')) : undefined);
  if (!kind) return;
  const limit = kind === 'notebook' ? NOTEBOOK_LIMIT : TEXT_LIMIT;
  if (ctx.source.size > limit) return;
  const text = decodeText(await readAll(ctx.source, limit));
  if (kind === 'config' && ctx.source.size > CONFIG_LIMIT) return;
  const { hits } = checkText(kind, text, { name: ctx.name });
  for (const f of toFindings(hits, ctx.source.path, new LineIndex(text), () => ({ checker: kind }))) {
    const { path: _p, ...rest } = f;
    ctx.report(rest);
  }
}
