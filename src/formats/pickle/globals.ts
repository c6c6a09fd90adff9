/**
 * Classifies a pickle global (`module` + `name` as the GLOBAL/INST/STACK_GLOBAL opcodes give them)
 * as allowed, dangerous or unknown. Data lives in allowlist.ts (derived from real files) and
 * denylist.ts (with reasons); this file holds the matching rules:
 *
 * - Dotted names are split: protocol 4+ unpicklers walk `name` attribute by attribute
 *   (`argparse` + `_os.system` is `os.system`), and `__import__` imports every dotted module prefix.
 * - Deny is checked on every dotted prefix of the full path, and again re-rooted at every later
 *   component with and without its leading underscores (`_os.system` → `os.system`,
 *   `numpy.core._internal.sys.modules` → `sys.modules`), so an alias through another module does not
 *   hide a denied one. Dunder attributes (`numpy.__builtins__`) and code-running attribute names
 *   (`x.y.system`) anywhere in the path are dangerous.
 * - Allow is exact (`module.name`, no prefixes, no wildcards); deny wins over allow.
 * - Everything else is unknown.
 */
import { DERIVED_ALLOWLIST } from './allowlist.ts';
import { DANGEROUS_ATTRIBUTES, DENYLIST, type DenyCategory, PY2_MODULES, PY2_NAMES } from './denylist.ts';

export type Verdict = 'allowed' | 'dangerous' | 'unknown';

export interface Classification {
  verdict: Verdict;
  /** Why (for dangerous): which denied path or rule matched. */
  reason?: string;
  category?: DenyCategory | 'dunder' | 'attribute';
  /** The denied path that matched, e.g. `os` for `argparse._os.system`. */
  matched?: string;
}

/**
 * NumPy 2 moved `numpy.core` to `numpy._core` (the old path stays as an alias), so a file written by
 * NumPy 2 names `numpy._core.multiarray._reconstruct` where NumPy 1 wrote `numpy.core.multiarray...`.
 * Both spellings of each derived numpy.core entry are allowed.
 */
function withNumpy2Spellings(names: readonly string[]): string[] {
  return names.flatMap((n) => (n.startsWith('numpy.core.') ? [n, `numpy._core.${n.slice(11)}`] : [n]));
}

const ALLOW: ReadonlySet<string> = new Set(withNumpy2Spellings(DERIVED_ALLOWLIST));

const TORCHSCRIPT_NAMESPACE = '__torch__';

/** Dunders that name real functions a pickle may reference (not attribute traversal). */
const LEGIT_DUNDERS = new Set(['__newobj__', '__newobj_ex__', '__main__']);

function denyPrefix(
  parts: readonly string[],
): { key: string; category: DenyCategory; reason: string } | null {
  let path = '';
  for (const p of parts) {
    path = path ? `${path}.${p}` : p;
    const hit = DENYLIST.get(path);
    if (hit) return hit;
  }
  return null;
}

export function splitGlobal(module: string, name: string): string[] {
  const mod = module.trim();
  const nm = name.trim();
  const modParts = mod.split('.');
  const first = modParts[0] ?? '';
  const mapped = PY2_MODULES.get(mod) ?? PY2_MODULES.get(first);
  const modFinal =
    mapped && PY2_MODULES.has(mod) ? mapped.split('.') : mapped ? [mapped, ...modParts.slice(1)] : modParts;
  return [...modFinal, ...nm.split('.')].filter((p) => p.length > 0);
}

/**
 * Classifies `module.name`. `extraAllow` (policy `pickleAllow`, exact `module.name` strings) extends
 * the allowlist but never overrides a deny.
 */
export function classifyGlobal(
  module: string,
  name: string,
  extraAllow?: ReadonlySet<string>,
): Classification {
  const renamed = PY2_NAMES.get(`${module.trim()}.${name.trim()}`);
  if (renamed) {
    const dot = renamed.lastIndexOf('.');
    const other = classifyOne(renamed.slice(0, dot), renamed.slice(dot + 1), extraAllow);
    if (other.verdict === 'dangerous')
      return { ...other, reason: `is ${renamed} for the unpickler; ${other.reason}` };
  }
  return classifyOne(module, name, extraAllow);
}

function classifyOne(module: string, name: string, extraAllow?: ReadonlySet<string>): Classification {
  const parts = splitGlobal(module, name);
  const full = `${module}.${name}`;
  if (parts.length === 0) return { verdict: 'dangerous', reason: 'empty global name', category: 'resolver' };

  const direct = denyPrefix(parts);
  if (direct)
    return { verdict: 'dangerous', reason: direct.reason, category: direct.category, matched: direct.key };

  const torchscript = parts[0] === TORCHSCRIPT_NAMESPACE && parts.length > 1;
  for (const p of torchscript ? parts.slice(1) : parts) {
    if (/^__\w+__$/.test(p) && !LEGIT_DUNDERS.has(p)) {
      return {
        verdict: 'dangerous',
        reason: `walks the dunder attribute ${p}, which reaches interpreter internals (builtins, globals, classes)`,
        category: 'dunder',
        matched: p,
      };
    }
  }

  // TorchScript archives name their own compiled classes `__torch__.<qualified name>`: torch.jit.load
  // resolves them from the archive's code/ folder, and Python's unpickler cannot import `__torch__`.
  if (torchscript) return { verdict: 'allowed' };

  // Protocol 0-2 pickles carry Python 2 names (`copy_reg`, `__builtin__`) that the unpickler maps back.
  const mapped = parts.join('.');
  const allowed =
    ALLOW.has(full) ||
    ALLOW.has(mapped) ||
    extraAllow?.has(full) === true ||
    extraAllow?.has(mapped) === true;
  // Exact allowlisted names are known functions: re-rooting them would only invent aliases
  // (`numpy.random._pickle.__randomstate_ctor` is not `pickle`).
  if (allowed) return { verdict: 'allowed' };

  for (let k = 1; k < parts.length; k++) {
    const rest = parts.slice(k);
    const head = rest[0]!;
    const candidates = [rest];
    const stripped = head.replace(/^_+/, '');
    if (stripped && stripped !== head) candidates.push([stripped, ...rest.slice(1)]);
    for (const c of candidates) {
      const hit = denyPrefix(c);
      if (hit) {
        return {
          verdict: 'dangerous',
          reason: `reaches ${hit.key} through an attribute alias; ${hit.reason}`,
          category: hit.category,
          matched: hit.key,
        };
      }
    }
  }
  for (const p of parts.slice(1)) {
    if (DANGEROUS_ATTRIBUTES.has(p)) {
      return {
        verdict: 'dangerous',
        reason: `names the code-running attribute ${p}`,
        category: 'attribute',
        matched: p,
      };
    }
  }
  return { verdict: 'unknown' };
}

/** True when the exact `module.name` is on the derived allowlist (tests and explain texts use it). */
export function isDerivedAllowed(full: string): boolean {
  return ALLOW.has(full);
}
