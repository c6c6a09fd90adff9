export declare const FORMAT_NOT_ALLOWED: import("../core/finding.ts").RuleDefinition;
export declare const SOURCE_NOT_ALLOWED: import("../core/finding.ts").RuleDefinition;
export declare const VERIFICATION_REQUIRED: import("../core/finding.ts").RuleDefinition;
export declare const IGNORE_EXPIRED: import("../core/finding.ts").RuleDefinition;
export declare const UNTRUSTED_POLICY: import("../core/finding.ts").RuleDefinition;
export declare const UNUSED_IGNORE: import("../core/finding.ts").RuleDefinition;
export declare const INVALID_POLICY: import("../core/finding.ts").RuleDefinition;
