/** Containment of paths: one rule for the walk, the Action, SARIF URIs and verification sidecars. */
import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export function relativeInside(root: string, path: string): string | undefined {
  const r = relative(root, path);
  // `..` as a whole first component leaves the root; a name that merely starts with dots (`..foo`) does not.
  const leaves = r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r);
  return leaves ? undefined : r;
}

export function isWithin(root: string, path: string): boolean {
  return relativeInside(root, path) !== undefined;
}
