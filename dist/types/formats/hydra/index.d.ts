/**
 * Configs that instantiate code (Hydra `_target_`, NeMo's legacy keys, fiddle pyrefs, YAML Python
 * tags) as the scanner sees them: the analyzer runs on JSON and text; its reading code (analyze.ts
 * and the OmegaConf grammar) loads on the first such file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const HYDRA_CONFIG_ANALYZER: FileAnalyzer;
