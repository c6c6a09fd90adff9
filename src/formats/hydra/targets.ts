/**
 * What a `_target_` string reaches when Hydra locates it, and how dangerous that is.
 *
 * Hydra's `_locate` (hydra/_internal/utils.py) splits the path on dots, rejects empty parts, imports
 * the first part and walks the rest with getattr, importing submodules as it goes: so `a.b.c` imports
 * `a` (and maybe `a.b`) and then calls `c`. That is what a pickle global does, so the same tables
 * decide: the pickle denylist (with its alias and dunder rules) and, for what is allowed, the prefixes
 * NeMo itself accepts since its fix for CVE-2025-23304 (`ALLOWED_TARGET_PREFIXES` in
 * NVIDIA/NeMo nemo/core/classes/common.py): torch.nn, torch.optim, torch.utils.data, torchmetrics,
 * Lightning callbacks/loggers/strategies/accelerators, the NeMo collections and Megatron core.
 * Deny wins over allow; everything else is unknown.
 */
import { type Classification, classifyGlobal } from '../pickle/globals.ts';

/**
 * Callables that look up another callable by name: with them, the config names what runs one level
 * down (`hydra.utils.get_method` + `path: os.system`). Not in the pickle tables because pickles do not
 * reach Hydra; here they are resolvers.
 */
export const NAME_RESOLVERS: ReadonlySet<string> = new Set([
  'hydra.utils.get_method',
  'hydra.utils.get_class',
  'hydra.utils.get_object',
  'hydra.utils.get_static_method',
  'hydra.utils._locate',
  'hydra._internal.utils._locate',
  'hydra.utils.instantiate',
  'hydra.utils.call',
  'hydra._internal.instantiate._instantiate2.instantiate',
  'nemo.utils.model_utils.import_class_by_path',
  'nemo.core.classes.common.safe_instantiate',
  'pydoc.locate',
]);

/** Other Hydra/OmegaConf entry points that change what later configs may run. */
const HYDRA_DENY: ReadonlyMap<string, string> = new Map([
  [
    'omegaconf.OmegaConf.register_new_resolver',
    'registers a resolver: later interpolations call the function it names',
  ],
  [
    'omegaconf.OmegaConf.register_resolver',
    'registers a resolver: later interpolations call the function it names',
  ],
  [
    'omegaconf.OmegaConf.legacy_register_resolver',
    'registers a resolver: later interpolations call the function it names',
  ],
  ['hydra.core.global_hydra', 'reinitialises Hydra with another config search path'],
  ['hydra.initialize', 'reinitialises Hydra with another config search path'],
  ['hydra.compose', 'loads and composes further configs from disk'],
]);

/** Targets a config may instantiate without a finding (NeMo's CVE-2025-23304 allow prefixes). */
export const MODEL_LIBRARY_PREFIXES: readonly string[] = [
  'nemo.collections.',
  'nemo.core.',
  'nemo.lightning.',
  'nemo_text_processing.text_normalization.normalize.Normalizer',
  'torch.nn.',
  'torch.distributed.fsdp.',
  'torch.optim.',
  'torch.utils.data.',
  'torchmetrics.',
  'lightning.pytorch.callbacks.',
  'lightning.pytorch.loggers.',
  'lightning.pytorch.strategies.',
  'lightning.pytorch.accelerators.',
  'pytorch_lightning.callbacks.',
  'pytorch_lightning.loggers.',
  'pytorch_lightning.strategies.',
  'pytorch_lightning.accelerators.',
  'megatron.core.',
];

/**
 * What fiddle's own serialization references in every config (NeMo 2 checkpoints' context/io.json):
 * its Config/Partial classes and the container types it flattens (fiddle/_src/experimental/
 * serialization.py serializes them as pyrefs).
 */
const PYREF_ALLOWED_PREFIXES = [
  'fiddle._src.config.',
  'fiddle._src.experimental.serialization.',
  'fiddle.config.',
];
const PYREF_ALLOWED_BUILTINS = new Set([
  'dict',
  'list',
  'tuple',
  'set',
  'frozenset',
  'int',
  'float',
  'str',
  'bool',
  'bytes',
  'complex',
  'slice',
  'range',
  'NoneType',
]);

/** Classifies a fiddle pyref (`module` + dotted `name`), as fiddle's import_symbol resolves it. */
export function classifyPyref(module: string, name: string, extraAllow?: ReadonlySet<string>): TargetClass {
  const path = `${module}.${name}`;
  if (module === 'builtins' && PYREF_ALLOWED_BUILTINS.has(name)) return { verdict: 'allowed' };
  if (PYREF_ALLOWED_PREFIXES.some((p) => path.startsWith(p))) return { verdict: 'allowed' };
  return classifyTarget(path, extraAllow);
}

export type TargetVerdict = 'dangerous' | 'allowed' | 'unknown' | 'invalid';

export interface TargetClass {
  verdict: TargetVerdict;
  reason?: string;
  /** Set when the target is a name resolver (its argument decides what runs). */
  resolver?: boolean;
}

/** Classifies a dotted target the way `_locate` reads it. */
export function classifyTarget(path: string, extraAllow?: ReadonlySet<string>): TargetClass {
  const parts = path.split('.');
  // _locate refuses empty parts before it imports anything ("Relative imports are not supported").
  if (path === '' || parts.some((p) => p === ''))
    return { verdict: 'invalid', reason: 'Hydra cannot locate it' };
  if (NAME_RESOLVERS.has(path))
    return { verdict: 'dangerous', reason: 'looks up another callable by name', resolver: true };
  for (const [key, reason] of HYDRA_DENY) {
    if (path === key || path.startsWith(`${key}.`)) return { verdict: 'dangerous', reason };
  }
  const module = parts.length > 1 ? parts.slice(0, -1).join('.') : parts[0]!;
  const name = parts.length > 1 ? parts.at(-1)! : '';
  const c: Classification = classifyGlobal(module, name, extraAllow);
  if (c.verdict === 'dangerous') return { verdict: 'dangerous', reason: c.reason ?? 'denied' };
  if (c.verdict === 'allowed') return { verdict: 'allowed' };
  if (MODEL_LIBRARY_PREFIXES.some((p) => (p.endsWith('.') ? path.startsWith(p) : path === p)))
    return { verdict: 'allowed' };
  return { verdict: 'unknown' };
}

/**
 * The most dangerous completion of a partly known target (`os.${x}`): the known dotted prefix up to
 * its last dot is classified as a module, so anything under a denied module is dangerous.
 */
export function classifyPrefix(prefix: string): TargetClass | undefined {
  const dot = prefix.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const c = classifyTarget(`${prefix.slice(0, dot)}.x`);
  return c.verdict === 'dangerous' ? c : undefined;
}
