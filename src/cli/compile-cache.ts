/**
 * Node's on-disk compile cache for the CLI's own bundle (`module.enableCompileCache`, Node >= 22.1).
 *
 * Why: a scan whose digests all come from `--digest-cache` is start-up bound, and a third of its
 * start-up was V8 compiling the bundle's modules (a cached second scan of 16 x 256 MiB on an Intel
 * Xeon: 0.39 s without, 0.33 s with). The cache holds V8 code for modelvet's own JavaScript, keyed
 * by Node on the source's hash; it never holds anything read from a scanned file.
 *
 * Where: `modelvet/compile-cache` in the user's cache folder, under the rules of cli/user-cache.ts
 * (never inside a path the command reads, a folder of the user's own). Not used with
 * `MODELVET_COMPILE_CACHE=0`, Node's `NODE_DISABLE_COMPILE_CACHE=1`, or when Node already runs with
 * `NODE_COMPILE_CACHE` (then Node's choice stands). The Action does not use it: a runner starts from
 * an empty home each job.
 */
import { enableCompileCache } from 'node:module';
import { chooseUserCacheFolder, ownFolder, type UserCacheContext, userCacheFolder } from './user-cache.ts';

export type CompileCacheContext = UserCacheContext;
const COMPILE_CACHE = 'compile-cache';

/** The folder the compile cache would live in for this user, before any safety check. */
export const compileCacheFolder = (ctx: Pick<CompileCacheContext, 'env' | 'platform' | 'home'>) =>
  userCacheFolder(ctx, COMPILE_CACHE);

/** The cache folder to use, or undefined when the rules above say not to use one. */
export function chooseCompileCache(ctx: CompileCacheContext): string | undefined {
  const { env } = ctx;
  if (env.MODELVET_COMPILE_CACHE === '0' || env.NODE_DISABLE_COMPILE_CACHE || env.NODE_COMPILE_CACHE) return;
  return chooseUserCacheFolder(ctx, COMPILE_CACHE);
}

/** Turns the compile cache on for the rest of this process when it is safe and wanted. */
export function enableCliCompileCache(ctx: CompileCacheContext): void {
  const folder = chooseCompileCache(ctx);
  if (folder === undefined || !ownFolder(folder, ctx.platform)) return;
  try {
    enableCompileCache(folder);
  } catch {
    // A cache that cannot be opened only costs the time it would have saved.
  }
}
