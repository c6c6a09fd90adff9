export declare const DANGEROUS_GLOBAL: import("../../core/finding.ts").RuleDefinition;
export declare const UNKNOWN_GLOBAL_CALLED: import("../../core/finding.ts").RuleDefinition;
export declare const UNKNOWN_GLOBAL: import("../../core/finding.ts").RuleDefinition;
export declare const EXTENSION_REGISTRY: import("../../core/finding.ts").RuleDefinition;
export declare const MALFORMED: import("../../core/finding.ts").RuleDefinition;
export declare const LIMIT_EXCEEDED: import("../../core/finding.ts").RuleDefinition;
export declare const COMPUTED_CALL: import("../../core/finding.ts").RuleDefinition;
export declare const TRAILING_DATA: import("../../core/finding.ts").RuleDefinition;
