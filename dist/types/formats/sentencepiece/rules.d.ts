export declare const SENTENCEPIECE_MALFORMED: import("../../core/finding.ts").RuleDefinition;
