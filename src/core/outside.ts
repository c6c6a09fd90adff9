/**
 * Whether a path we are about to write (a digest cache, a partial result) lies inside a tree we
 * read: compared by real paths, so a link into the tree counts, and for a path that does not exist
 * yet through its nearest existing ancestor.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isWithin } from './paths.ts';

/** The real path of `p`, resolving the nearest ancestor that exists. */
export async function realpathOfMaybeMissing(p: string): Promise<string> {
  const rest: string[] = [];
  let cur = resolve(p);
  for (;;) {
    const real = await realpath(cur).catch(() => undefined);
    if (real !== undefined) return join(real, ...rest.reverse());
    const parent = dirname(cur);
    if (parent === cur) return resolve(p);
    rest.push(basename(cur));
    cur = parent;
  }
}

/** The first of `roots` that `path` is inside (or is), else undefined. */
export async function rootContaining(path: string, roots: readonly string[]): Promise<string | undefined> {
  const real = await realpathOfMaybeMissing(path);
  for (const root of roots) {
    const realRoot = await realpath(root).catch(() => resolve(root));
    if (isWithin(realRoot, real)) return root;
  }
  return undefined;
}
