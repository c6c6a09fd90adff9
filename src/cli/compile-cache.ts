/**
 * Node's on-disk compile cache for the CLI's own bundle (`module.enableCompileCache`, Node >= 22.1).
 *
 * Why: a scan whose digests all come from `--digest-cache` is start-up bound, and a third of its
 * start-up was V8 compiling the bundle's modules (a cached second scan of 16 x 256 MiB on an Intel
 * Xeon: 0.39 s without, 0.33 s with). The cache holds V8 code for modelvet's own JavaScript, keyed
 * by Node on the source's hash; it never holds anything read from a scanned file.
 *
 * Where: a folder of the invoking user's (`$XDG_CACHE_HOME` or `~/.cache`, `%LOCALAPPDATA%` on
 * Windows) + `modelvet/compile-cache`, made 0700 — not Node's default under the shared temp folder,
 * where another local user could plant code-cache files. It is not used:
 * - when it would lie inside a path on the command line, or inside the working folder when none is
 *   given (modelvet never writes into the tree it scans, and the scanned tree could be the home);
 * - when the parent folder is not the user's own, is a link, or is writable by others;
 * - with `MODELVET_COMPILE_CACHE=0`, Node's `NODE_DISABLE_COMPILE_CACHE=1`, or when Node already
 *   runs with `NODE_COMPILE_CACHE` (then Node's choice stands).
 * The Action does not use it: a runner starts from an empty home each job.
 */
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
// A namespace import: a named import of an export Node 22.0 lacks would fail at link time, before
// bin.ts can say which Node is needed.
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface CompileCacheContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  cwd: string;
  /** The CLI's arguments (after `node bin.js`). */
  args: readonly string[];
}

/** The user's cache folder: `%LOCALAPPDATA%`, an absolute `$XDG_CACHE_HOME`, or `~/.cache`. */
function userCacheBase({ env, platform, home }: Pick<CompileCacheContext, 'env' | 'platform' | 'home'>) {
  if (platform === 'win32') return env.LOCALAPPDATA || undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return home ? join(home, '.cache') : undefined;
}

/** The folder the compile cache would live in for this user, before any safety check. */
export function compileCacheFolder(
  ctx: Pick<CompileCacheContext, 'env' | 'platform' | 'home'>,
  base = userCacheBase(ctx),
): string | undefined {
  return base === undefined ? undefined : join(base, 'modelvet', 'compile-cache');
}

/** True when `inner` is `outer` or lies below it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** A path as the file system resolves it (links followed) where it exists, else as written. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The paths the command might read: every argument that is not an option (option values included,
 * which can only make this more careful), or the working folder when there is none besides the
 * command name.
 */
function readPaths(ctx: CompileCacheContext): string[] {
  const words = ctx.args.filter((a) => !a.startsWith('-'));
  const paths = words.slice(1).map((w) => resolve(ctx.cwd, w));
  return paths.length > 0 ? paths : [ctx.cwd];
}

/** The cache folder to use, or undefined when the rules above say not to use one. */
export function chooseCompileCache(ctx: CompileCacheContext): string | undefined {
  const { env } = ctx;
  if (env.MODELVET_COMPILE_CACHE === '0' || env.NODE_DISABLE_COMPILE_CACHE || env.NODE_COMPILE_CACHE) return;
  const base = userCacheBase(ctx);
  if (base === undefined) return;
  // Compared with the scanned paths as the file system resolves both (a linked ~/.cache).
  const cache = compileCacheFolder(ctx, real(base))!;
  if (readPaths(ctx).some((p) => within(cache, real(p)) || within(cache, p))) return;
  return cache;
}

/**
 * Makes `modelvet/` 0700 under the user's cache folder and checks it is a folder of this user's that
 * nobody else can write (POSIX); false when it cannot be made so.
 */
function ownFolder(folder: string, platform: NodeJS.Platform): boolean {
  const parent = dirname(folder);
  try {
    mkdirSync(parent, { recursive: true, mode: 0o700 });
    if (platform === 'win32') return true;
    const st = lstatSync(parent);
    return st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Turns the compile cache on for the rest of this process when it is safe and wanted. */
export function enableCliCompileCache(args: readonly string[]): void {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== 'function') return;
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home folder (a user without a passwd entry): XDG_CACHE_HOME may still name one.
  }
  const ctx = { env: process.env, platform: process.platform, home, cwd: process.cwd(), args };
  const folder = chooseCompileCache(ctx);
  if (folder === undefined || !ownFolder(folder, ctx.platform)) return;
  try {
    enable(folder);
  } catch {
    // A cache that cannot be opened only costs the time it would have saved.
  }
}
