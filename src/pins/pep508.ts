/**
 * PEP 508 requirement strings (name[extras] specifiers ; marker, and name @ url) plus the bare
 * URLs and paths that pip also accepts, and the "is it pinned" decision for each form.
 *
 * Hand-written on purpose: the npm PEP 440/508 ports parse versions for resolvers and throw or
 * drop what they do not understand; a scanner must classify every line, including malformed ones.
 */
import { isCommit } from './hits.ts';

export interface Specifier {
  op: string;
  version: string;
}

export interface Requirement {
  /** Project name, absent for a bare URL or path. */
  name?: string;
  extras: string[];
  specifiers: Specifier[];
  /** `name @ url` or a bare URL/path. */
  url?: string;
  /** Offset of the URL inside the parsed string. */
  urlOffset?: number;
  marker?: string;
}

export type Pinning =
  | { kind: 'pinned'; version: string; op: string }
  | { kind: 'unpinned'; reason: string }
  | { kind: 'local' }
  | { kind: 'vcs'; pinned: boolean; ref?: string; reason: string }
  | { kind: 'url'; hashed: boolean };

const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const CLAUSE_RE = /^\s*(===|==|~=|!=|<=|>=|<|>)\s*([A-Za-z0-9*$][^\s,;()]*)\s*$/;
const SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** True when `s` is a URL or a local path rather than a project name. */
export function looksLikeUrlOrPath(s: string): boolean {
  if (SCHEME_RE.test(s) && !/^[A-Za-z]:[\\/]/.test(s)) return true; // scheme (but not C:\)
  if (/^[A-Za-z]:[\\/]/.test(s)) return true;
  if (/^[.~/\\]/.test(s)) return true;
  if (s.includes('/') || s.includes('\\')) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(s);
}

/** Parses one requirement (no pip options, no comment). Returns undefined when it is not valid. */
export function parseRequirement(input: string): Requirement | undefined {
  const lead = input.length - input.trimStart().length;
  const s = input.trim();
  if (!s) return undefined;
  if (looksLikeUrlOrPath(s.split(/\s/)[0]!)) {
    const url = s.split(/\s+;|;\s|\s/)[0]!;
    const marker = s.slice(url.length).replace(/^\s*;/, '').trim();
    return { extras: [], specifiers: [], url, urlOffset: lead, marker: marker || undefined };
  }
  const m = NAME_RE.exec(s);
  if (!m) return undefined;
  const req: Requirement = { name: m[0], extras: [], specifiers: [] };
  let rest = s.slice(m[0].length);
  let pos = m[0].length;
  const skipWs = () => {
    const n = rest.length - rest.trimStart().length;
    rest = rest.slice(n);
    pos += n;
  };
  skipWs();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    req.extras = rest
      .slice(1, close)
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (req.extras.some((x) => !NAME_RE.test(x))) return undefined;
    rest = rest.slice(close + 1);
    pos += close + 1;
    skipWs();
  }
  if (rest.startsWith('@')) {
    rest = rest.slice(1);
    pos += 1;
    skipWs();
    const url = rest.split(/\s/)[0] ?? '';
    if (!url) return undefined;
    req.url = url;
    req.urlOffset = lead + pos;
    const after = rest.slice(url.length).trim();
    if (after) {
      if (!after.startsWith(';')) return undefined;
      req.marker = after.slice(1).trim();
    }
    return req;
  }
  const semi = rest.indexOf(';');
  let spec = semi >= 0 ? rest.slice(0, semi) : rest;
  if (semi >= 0) req.marker = rest.slice(semi + 1).trim();
  spec = spec.trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1);
  if (spec.trim()) {
    for (const clause of spec.split(',')) {
      const c = CLAUSE_RE.exec(clause);
      if (!c) return undefined;
      req.specifiers.push({ op: c[1]!, version: c[2]! });
    }
  }
  return req;
}

/** Decides whether a version specifier list selects exactly one release. */
export function specifierPinning(specs: readonly Specifier[]): Pinning {
  if (specs.length === 0) return { kind: 'unpinned', reason: 'no version' };
  for (const s of specs) {
    if (s.op !== '==' && s.op !== '===') continue;
    if (/\$|\{|%/.test(s.version))
      return { kind: 'unpinned', reason: `version taken from a variable (${s.version})` };
    if (s.op === '===' || !s.version.includes('*')) return { kind: 'pinned', version: s.version, op: s.op };
  }
  const text = specs.map((s) => s.op + s.version).join(',');
  if (specs.some((s) => s.op === '==' && s.version.includes('*'))) {
    return { kind: 'unpinned', reason: `wildcard version ${text}` };
  }
  if (specs.some((s) => s.op === '~='))
    return { kind: 'unpinned', reason: `compatible-release range ${text}` };
  return { kind: 'unpinned', reason: `version range ${text}` };
}

const HASH_FRAGMENT_RE =
  /(?:^|[#&])(sha256=[0-9a-fA-F]{64}|sha384=[0-9a-fA-F]{96}|sha512=[0-9a-fA-F]{128})(?:&|$)/;

/** Classifies a URL or path requirement. `hashed` tells whether --hash options accompany it. */
export function urlPinning(url: string, hashed = false): Pinning {
  const lower = url.toLowerCase();
  const vcs = /^(git|hg|svn|bzr)\+/.exec(lower);
  if (vcs) {
    const noFrag = url.split('#')[0]!;
    const afterScheme = noFrag.indexOf('://');
    const pathStart = afterScheme >= 0 ? noFrag.indexOf('/', afterScheme + 3) : noFrag.indexOf(':') + 1;
    const path = pathStart >= 0 ? noFrag.slice(pathStart) : '';
    const at = path.lastIndexOf('@');
    const ref = at >= 0 ? path.slice(at + 1) : undefined;
    if (!ref) return { kind: 'vcs', pinned: false, reason: 'no ref: installs the default branch' };
    const numeric = /^\d+$/.test(ref) && (vcs[1] === 'svn' || vcs[1] === 'bzr');
    if (isCommit(ref) || /^[0-9a-f]{64}$/.test(ref) || numeric)
      return { kind: 'vcs', pinned: true, ref, reason: '' };
    const reason = /^[0-9a-fA-F]{4,39}$/.test(ref)
      ? `short or non-canonical hash ${ref}`
      : `ref ${ref} is a branch or tag`;
    return { kind: 'vcs', pinned: false, ref, reason };
  }
  if (lower.startsWith('file:')) return { kind: 'local' };
  if (SCHEME_RE.test(url) && !/^[A-Za-z]:[\\/]/.test(url)) {
    const frag = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
    return { kind: 'url', hashed: hashed || HASH_FRAGMENT_RE.test(frag) };
  }
  return { kind: 'local' };
}

/** Pinning of a parsed requirement; `hashed` when --hash options accompany it. */
export function requirementPinning(req: Requirement, hashed = false): Pinning {
  if (req.url !== undefined) return urlPinning(req.url, hashed);
  return specifierPinning(req.specifiers);
}
