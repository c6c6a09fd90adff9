/** Binary content no sniffer recognised: reported at low severity so nothing passes unseen. */
import type { FileAnalyzer } from '../core/analyzer.ts';
export declare const UNKNOWN_BINARY: import("../core/finding.ts").RuleDefinition;
export declare const UNKNOWN_BINARY_ANALYZER: FileAnalyzer;
