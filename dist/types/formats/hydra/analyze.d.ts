/**
 * Configs that instantiate code: Hydra `_target_` (and the older `cls`/`class`/`target` keys NeMo and
 * Hydra 0.x still honour) in YAML and JSON files, wherever they sit (a `.nemo` tarball's
 * model_config.yaml arrives here as a tar member sniffed as text).
 *
 * `hydra.utils.instantiate` (hydra/_internal/instantiate/_instantiate2.py) walks the config, resolves
 * OmegaConf interpolations, locates each `_target_` with `_locate` and calls it with the other keys
 * (`_args_` positional); `_partial_` still imports the target, `_recursive_: false` only defers the
 * nested ones to whoever instantiates them next (NeMo does). So every `_target_` anywhere in the file
 * is read, after the interpolations that build it are resolved statically (./resolve.ts), and
 * classified with the pickle tables (./targets.ts). What cannot be resolved from the file alone is a
 * finding too. NeMo CVE-2025-23304 is this class. fiddle "pyref" objects (NeMo 2 checkpoints'
 * context/io.json) name callables the same way and are classified alike.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
export declare function analyzeConfig(ctx: AnalyzerContext): Promise<void>;
