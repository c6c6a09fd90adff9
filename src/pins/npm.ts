/**
 * package.json dependencies. An exact version is what `semver.valid` accepts; git specs need a
 * 40-hex committish; tarball URLs carry no integrity in package.json (the lock file does);
 * file:, link:, workspace: and catalog: specs are local. Positions come from our JSON parser (json.ts)
 * (Microsoft's tolerant JSON scanner: it reports errors and keeps parsing, never throws).
 */
import semver from 'semver';
import { type HitSink, isCommit } from './hits.ts';
import { parseJsonReporting } from './json-report.ts';
import { UNPINNED_NPM, UNPINNED_URL, UNPINNED_VCS } from './rules.ts';

export type NpmPinning =
  | { kind: 'pinned'; reason: string }
  | { kind: 'local'; reason: string }
  | { kind: 'range'; reason: string }
  | { kind: 'vcs'; pinned: boolean; reason: string; ref?: string }
  | { kind: 'url'; reason: string };

const GIT_RE = /^(git\+[a-z]+:|git:|github:|gitlab:|bitbucket:|gist:)/i;
const SHORTHAND_RE = /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.*)?$/;

/** Classifies one dependency spec (the value in package.json, or what follows `name@`). */
export function npmSpecPinning(_name: string, spec: string): NpmPinning {
  const s = spec.trim();
  if (/^(file|link|portal|workspace|catalog|patch):/i.test(s)) return { kind: 'local', reason: 'local' };
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return { kind: 'local', reason: 'local path' };
  if (s.startsWith('npm:')) {
    const inner = s.slice(4);
    const at = inner.lastIndexOf('@');
    return at > 0
      ? npmSpecPinning(inner.slice(0, at), inner.slice(at + 1))
      : { kind: 'range', reason: `alias ${s} with no version` };
  }
  if (GIT_RE.test(s) || (SHORTHAND_RE.test(s) && !s.startsWith('@'))) {
    const hash = s.indexOf('#');
    const ref = hash >= 0 ? s.slice(hash + 1) : '';
    if (isCommit(ref)) return { kind: 'vcs', pinned: true, reason: '', ref };
    if (!ref)
      return { kind: 'vcs', pinned: false, reason: 'a git dependency without a commit (default branch)' };
    if (ref.startsWith('semver:'))
      return { kind: 'vcs', pinned: false, ref, reason: `a git dependency resolved by ${ref}` };
    return {
      kind: 'vcs',
      pinned: false,
      ref,
      reason: `a git dependency at ${ref}, a branch, tag or short hash`,
    };
  }
  if (/^https?:\/\//i.test(s)) return { kind: 'url', reason: 'a tarball URL without an integrity hash' };
  if (s !== '' && semver.valid(semver.clean(s) ?? '') !== null) return { kind: 'pinned', reason: '' };
  if (s === '' || s === '*' || s === 'x' || s === 'latest') {
    return { kind: 'range', reason: s === 'latest' ? 'the latest dist-tag' : 'any version' };
  }
  if (semver.validRange(s) !== null) return { kind: 'range', reason: `the range ${s}` };
  return { kind: 'range', reason: `the dist-tag or unknown spec ${s}` };
}

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];

export interface PackageJsonOptions {
  /** Lock file found beside package.json (package-lock.json, yarn.lock, …). */
  lockFile?: string;
}

/** Checks a package.json text. */
export function checkPackageJson(text: string, sink: HitSink, opts: PackageJsonOptions = {}): void {
  const root = parseJsonReporting(text, sink, 'package.json', 'npm will refuse or misread it', true);
  if (root?.t !== 'object') return;
  const lockNote = opts.lockFile
    ? ` (${opts.lockFile} beside it pins what npm ci installs)`
    : ' and no lock file sits beside it';
  const severity = opts.lockFile ? ('low' as const) : undefined;
  for (const { key, value: section } of root.entries) {
    if (!SECTIONS.includes(key) || section.t !== 'object') continue;
    for (const { key: name, value: valueNode } of section.entries) {
      if (valueNode.t !== 'string') continue;
      const spec = valueNode.value;
      const p = npmSpecPinning(name, spec);
      const offset = valueNode.offset + 1;
      const evidence = { section: key, package: name, spec, lockFile: opts.lockFile ?? null };
      const text = `"${name}": "${spec}"`;
      const rule =
        p.kind === 'range'
          ? UNPINNED_NPM
          : p.kind === 'vcs' && !p.pinned
            ? UNPINNED_VCS
            : p.kind === 'url'
              ? UNPINNED_URL
              : undefined;
      if (!rule) continue;
      const what = p.kind === 'range' ? `allows ${p.reason}` : `is ${p.reason}`;
      sink({
        rule,
        offset,
        text,
        message: `${key}.${name} ${what}${lockNote}`,
        severity,
        evidence,
      });
    }
  }
}

export const NPM_LOCK_FILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
];
