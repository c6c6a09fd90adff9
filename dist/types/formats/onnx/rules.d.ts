export declare const ONNX_EXTERNAL_DATA_ESCAPE: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_EXTERNAL_DATA_MISSING: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_EXTERNAL_DATA_BAD: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_CUSTOM_DOMAIN: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_PYTHON_OP: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_MALFORMED: import("../../core/finding.ts").RuleDefinition;
