/**
 * The executable's own cache folder: `$XDG_CACHE_HOME` or `~/.cache` (`%LOCALAPPDATA%` on Windows)
 * + `modelvet/`, made 0700, for what makes a later run faster and never for anything read from a
 * scanned file (the compile cache, cli/compile-cache.ts; the hash reader decision,
 * cli/reader-memory.ts). Not Node's default under the shared temp folder, where another local user
 * could plant files. A subfolder is not used:
 * - when it would lie inside a path on the command line, or inside the working folder when none is
 *   given (modelvet never writes into the tree it scans, and the scanned tree could be the home);
 * - when `modelvet/` is not the user's own, is a link, or is writable by others.
 */
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface UserCacheContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  cwd: string;
  /** The CLI's arguments (after `node bin.js`). */
  args: readonly string[];
}

/** This process's context. */
export function processCacheContext(args: readonly string[]): UserCacheContext {
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home folder (a user without a passwd entry): XDG_CACHE_HOME may still name one.
  }
  return { env: process.env, platform: process.platform, home, cwd: process.cwd(), args };
}

/** The user's cache folder: `%LOCALAPPDATA%`, an absolute `$XDG_CACHE_HOME`, or `~/.cache`. */
export function userCacheBase({
  env,
  platform,
  home,
}: Pick<UserCacheContext, 'env' | 'platform' | 'home'>): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA || undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return home ? join(home, '.cache') : undefined;
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
function readPaths(ctx: UserCacheContext): string[] {
  const words = ctx.args.filter((a) => !a.startsWith('-'));
  const paths = words.slice(1).map((w) => resolve(ctx.cwd, w));
  return paths.length > 0 ? paths : [ctx.cwd];
}

/** `modelvet/<name>` in the user's cache folder (`base`), before any of the rules above. */
export function userCacheFolder(
  ctx: Pick<UserCacheContext, 'env' | 'platform' | 'home'>,
  name: string,
  base = userCacheBase(ctx),
): string | undefined {
  return base === undefined ? undefined : join(base, 'modelvet', name);
}

/** `modelvet/<name>` in the user's cache folder, or undefined when the rules above say not to use it. */
export function chooseUserCacheFolder(ctx: UserCacheContext, name: string): string | undefined {
  const base = userCacheBase(ctx);
  if (base === undefined) return;
  // Compared with the scanned paths as the file system resolves both (a linked ~/.cache).
  const folder = userCacheFolder(ctx, name, real(base))!;
  if (readPaths(ctx).some((p) => within(folder, real(p)) || within(folder, p))) return;
  return folder;
}

/**
 * Makes `modelvet/` 0700 under the user's cache folder and checks it is a folder of this user's that
 * nobody else can write (POSIX); false when it cannot be made so. `path` is a file or folder in it.
 */
export function ownFolder(path: string, platform: NodeJS.Platform): boolean {
  const parent = dirname(path);
  try {
    mkdirSync(parent, { recursive: true, mode: 0o700 });
    if (platform === 'win32') return true;
    const st = lstatSync(parent);
    return st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
