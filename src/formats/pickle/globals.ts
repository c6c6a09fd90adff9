/**
 * Classifies a pickle global (`module` + `name` as the GLOBAL/INST/STACK_GLOBAL opcodes give them)
 * as allowed, dangerous or unknown. Data lives in allowlist.ts (derived from real files), denylist.ts
 * (with reasons, plus gadgets.ts) and compat-names.ts (generated from CPython); this file holds the
 * matching rules, which follow what `find_class` imports:
 *
 * - Python 2 names are mapped first when the protocol is below 3 (`_compat_pickle`: `__builtin__.eval`
 *   is `builtins.eval`; exact modules and pairs, never prefixes).
 * - A module name with a NUL byte is also read up to the NUL: CPython's frozen-module finder compares C
 *   strings, so `__import__('os\0x')` returns `os`.
 * - Dotted names are split: protocol 4+ unpicklers walk `name` attribute by attribute
 *   (`argparse` + `_os.system` is `os.system`), and `__import__` imports every dotted module prefix.
 * - Deny is checked on every dotted prefix of the full path. Attribute components (the name part) are
 *   also re-rooted, with and without leading underscores (`_os.system` is `os.system`): an attribute can
 *   be another module under an alias. Module components are real submodules found by the import system
 *   (`torch.jit._pickle` is torch/jit/_pickle.py, not `pickle`), except below a `moves` package (six and
 *   future register `six.moves.<module>` aliases in sys.modules). Dunder attributes (`numpy.__builtins__`)
 *   and code-running attribute names (`x.y.system`) anywhere in the path are dangerous.
 * - Allow is exact (`module.name`, no prefixes, no wildcards); deny wins over allow.
 * - Everything else is unknown.
 */
import { DERIVED_ALLOWLIST } from './allowlist.ts';
import { loaderName } from './compat-names.ts';
import { DANGEROUS_ATTRIBUTES, DENYLIST, DENYLIST_MAX_PARTS, type DenyCategory } from './denylist.ts';
import { isTorchScriptNative } from './torchscript.ts';

export type Verdict = 'allowed' | 'dangerous' | 'unknown';

export interface Classification {
  verdict: Verdict;
  /** Why (for dangerous): which denied path or rule matched. */
  reason?: string;
  category?: DenyCategory | 'dunder' | 'attribute';
  /** The denied path that matched, e.g. `os` for `argparse._os.system`. */
  matched?: string;
}

export interface ClassifyOptions {
  /** The PROTO in effect at the opcode; Python 2 names are mapped below 3. Unknown: mapped. */
  protocol?: number;
  /** `torchscript`: the pickle is read by TorchScript's C++ unpickler (see torchscript.ts). */
  loader?: 'python' | 'torchscript';
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

const RANK: Record<Verdict, number> = { allowed: 0, unknown: 1, dangerous: 2 };

/** The denylist entry a prefix of `parts` from `start` names (`head` in place of parts[start]), or null. */
function denyPrefix(
  parts: readonly string[],
  start = 0,
  head: string | undefined = parts[start],
): { key: string; category: DenyCategory; reason: string } | null {
  if (head === undefined) return null;
  let path = head;
  const end = Math.min(parts.length, start + DENYLIST_MAX_PARTS);
  for (let i = start; i < end; i++) {
    if (i > start) path = `${path}.${parts[i]}`;
    const hit = DENYLIST.get(path);
    if (hit) return hit;
  }
  return null;
}

/** Module components then attribute components (empty components dropped). */
export function splitGlobal(module: string, name: string): string[] {
  return [...module.split('.'), ...name.split('.')].filter((p) => p.length > 0);
}

/**
 * Classifies `module.name`. `extraAllow` (policy `pickle.allow`, exact `module.name` strings) extends
 * the allowlist but never overrides a deny.
 */
export function classifyGlobal(
  module: string,
  name: string,
  extraAllow?: ReadonlySet<string>,
  opts: ClassifyOptions = {},
): Classification {
  const [m, n] = loaderName(module, name, opts.protocol);
  let result = classifyOne(m, n, extraAllow);
  if (m !== module || n !== name) {
    if (result.verdict === 'dangerous')
      result = { ...result, reason: `is ${m}.${n} for the unpickler; ${result.reason}` };
  }
  const nul = m.indexOf('\u0000');
  if (nul >= 0) {
    // The frozen-module finder reads the C string: `os\0anything` imports `os`.
    const cut = classifyOne(m.slice(0, nul), n, extraAllow);
    if (RANK[cut.verdict] > RANK[result.verdict])
      result = {
        ...cut,
        reason: `the module name stops at a NUL byte for the importer (${m.slice(0, nul)}); ${cut.reason ?? ''}`,
      };
  }
  if (opts.loader === 'torchscript' && result.verdict === 'unknown' && isTorchScriptNative(module, name))
    return { verdict: 'allowed' };
  return result;
}

function classifyOne(module: string, name: string, extraAllow?: ReadonlySet<string>): Classification {
  const moduleParts = module.split('.').filter((p) => p.length > 0);
  const parts = splitGlobal(module, name);
  const full = `${module}.${name}`;
  if (parts.length === 0) return { verdict: 'dangerous', reason: 'empty global name', category: 'resolver' };

  const direct = denyPrefix(parts);
  if (direct)
    return { verdict: 'dangerous', reason: direct.reason, category: direct.category, matched: direct.key };

  const dunder = dunderIn(parts);
  if (dunder) return dunder;

  // TorchScript archives name their own compiled classes `__torch__.<qualified name>`: torch.jit.load
  // resolves them from the archive's code/ folder, and Python's unpickler cannot import `__torch__`.
  if (parts[0] === TORCHSCRIPT_NAMESPACE && parts.length > 1) return { verdict: 'allowed' };

  // Exact allowlisted names are known functions: re-rooting them would only invent aliases
  // (`numpy.random._pickle.__randomstate_ctor` is not `pickle`).
  if (ALLOW.has(full) || extraAllow?.has(full) === true) return { verdict: 'allowed' };

  return reRooted(parts, aliasStart(moduleParts)) ?? attributeIn(parts) ?? { verdict: 'unknown' };
}

function dunderIn(parts: readonly string[]): Classification | null {
  const from = parts[0] === TORCHSCRIPT_NAMESPACE ? 1 : 0;
  for (const p of parts.slice(from)) {
    if (/^__\w+__$/.test(p) && !LEGIT_DUNDERS.has(p)) {
      return {
        verdict: 'dangerous',
        reason: `walks the dunder attribute ${p}, which reaches interpreter internals (builtins, globals, classes)`,
        category: 'dunder',
        matched: p,
      };
    }
  }
  return null;
}

/** First component that may be an alias of another module: the attribute part, or what follows `moves`. */
function aliasStart(moduleParts: readonly string[]): number {
  const moves = moduleParts.indexOf('moves');
  return moves >= 0 && moves < moduleParts.length - 1 ? moves + 1 : Math.max(1, moduleParts.length);
}

function reRooted(parts: readonly string[], from: number): Classification | null {
  for (let k = from; k < parts.length; k++) {
    const head = parts[k]!;
    const stripped = head.replace(/^_+/, '');
    const heads = stripped && stripped !== head ? [head, stripped] : [head];
    for (const h of heads) {
      const hit = denyPrefix(parts, k, h);
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
  return null;
}

function attributeIn(parts: readonly string[]): Classification | null {
  for (const p of parts.slice(1)) {
    if (DANGEROUS_ATTRIBUTES.has(p))
      return {
        verdict: 'dangerous',
        reason: `names the code-running attribute ${p}`,
        category: 'attribute',
        matched: p,
      };
  }
  return null;
}

/** True when the exact `module.name` is on the derived allowlist (tests and explain texts use it). */
export function isDerivedAllowed(full: string): boolean {
  return ALLOW.has(full);
}
