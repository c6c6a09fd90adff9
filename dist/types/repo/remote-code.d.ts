import type { TreeAnalyzer } from '../core/analyzer.ts';
export declare const REMOTE_CODE: import("../core/finding.ts").RuleDefinition;
export declare const REMOTE_CODE_EXTERNAL: import("../core/finding.ts").RuleDefinition;
export declare const STRAY_SCRIPT: import("../core/finding.ts").RuleDefinition;
export declare const CONFIG_UNREADABLE: import("../core/finding.ts").RuleDefinition;
/** Splits "org/repo--module.sub.Class" into the repository (if any), the module path and the class. */
export declare function parseClassReference(ref: string): {
    repo?: string;
    module: string;
    cls: string;
} | undefined;
export declare const REMOTE_CODE_ANALYZER: TreeAnalyzer;
