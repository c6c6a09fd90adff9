import type { TreeAnalyzer } from '../core/analyzer.ts';
export declare const SHARD_INDEX_INVALID: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_PATH_ESCAPE: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_MISSING: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_TENSOR_MISSING: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_TENSOR_UNLISTED: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_SIZE_MISMATCH: import("../core/finding.ts").RuleDefinition;
export declare const SHARD_INDEX_ANALYZER: TreeAnalyzer;
