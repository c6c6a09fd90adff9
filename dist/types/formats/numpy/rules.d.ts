export declare const NPY_MALFORMED: import("../../core/finding.ts").RuleDefinition;
export declare const NPY_OBJECT_ARRAY: import("../../core/finding.ts").RuleDefinition;
