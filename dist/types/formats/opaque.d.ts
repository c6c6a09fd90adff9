export declare const OPAQUE_ARCHIVE: import("../core/finding.ts").RuleDefinition;
export declare const NATIVE_EXECUTABLE: import("../core/finding.ts").RuleDefinition;
