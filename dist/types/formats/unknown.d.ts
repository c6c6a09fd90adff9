export declare const UNKNOWN_BINARY: import("../core/finding.ts").RuleDefinition;
