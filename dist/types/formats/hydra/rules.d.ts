export declare const HYDRA_DANGEROUS_TARGET: import("../../core/finding.ts").RuleDefinition;
export declare const HYDRA_UNKNOWN_TARGET: import("../../core/finding.ts").RuleDefinition;
export declare const HYDRA_UNRESOLVED_TARGET: import("../../core/finding.ts").RuleDefinition;
export declare const HYDRA_CODE_RESOLVER: import("../../core/finding.ts").RuleDefinition;
export declare const HYDRA_UNRESOLVED: import("../../core/finding.ts").RuleDefinition;
export declare const HYDRA_UNREADABLE: import("../../core/finding.ts").RuleDefinition;
export declare const YAML_PYTHON_TAG: import("../../core/finding.ts").RuleDefinition;
