/** Containment of paths: one rule for the walk, the Action, SARIF URIs and verification sidecars. */
import { isAbsolute, relative } from 'node:path';

/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export function relativeInside(root: string, path: string): string | undefined {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r)) ? r : undefined;
}

export function isWithin(root: string, path: string): boolean {
  return relativeInside(root, path) !== undefined;
}
