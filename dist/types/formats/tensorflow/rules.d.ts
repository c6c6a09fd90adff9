export declare const TF_PY_FUNC: import("../../core/finding.ts").RuleDefinition;
export declare const TF_IO_OP: import("../../core/finding.ts").RuleDefinition;
export declare const TF_CHECKPOINT_OP: import("../../core/finding.ts").RuleDefinition;
export declare const TF_TEXT_CHECKPOINT_OP: import("../../core/finding.ts").RuleDefinition;
export declare const TF_ASSET_READ: import("../../core/finding.ts").RuleDefinition;
export declare const TF_ASSET_ESCAPE: import("../../core/finding.ts").RuleDefinition;
export declare const TF_MALFORMED: import("../../core/finding.ts").RuleDefinition;
