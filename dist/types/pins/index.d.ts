/**
 * The pin checks as analyzers. The checkers and their parsers (a Python grammar, TOML, JSONC, YAML,
 * semver) load only when a target holds a file they read, so a scan of a folder of weights, and
 * the Action's start-up, do not pay for them.
 */
import type { FileAnalyzer, TreeAnalyzer } from '../core/analyzer.ts';
export declare const PINS_TREE_ANALYZER: TreeAnalyzer;
export declare const PINS_MEMBER_ANALYZER: FileAnalyzer;
