export declare const TAR_MALFORMED: import("../../core/finding.ts").RuleDefinition;
export declare const TAR_UNSUPPORTED_MEMBER: import("../../core/finding.ts").RuleDefinition;
export declare const TAR_AFTER_END: import("../../core/finding.ts").RuleDefinition;
export declare const TORCH_LEGACY_TAR: import("../../core/finding.ts").RuleDefinition;
export declare const TAR_PAX_MISMATCH: import("../../core/finding.ts").RuleDefinition;
export declare const TAR_LONG_NAME_MISMATCH: import("../../core/finding.ts").RuleDefinition;
