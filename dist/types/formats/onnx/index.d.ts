import type { FileAnalyzer } from '../../core/analyzer.ts';
import type { Sniffer } from '../../core/sniff.ts';
import { lexicalEscape } from '../../core/paths.ts';
import { ProtoCursor } from '../protobuf.ts';
export declare const ONNX_KIND = "onnx";
export declare const ONNX_EXTERNAL_DATA_ESCAPE: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_EXTERNAL_DATA_MISSING: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_EXTERNAL_DATA_BAD: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_CUSTOM_DOMAIN: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_PYTHON_OP: import("../../core/finding.ts").RuleDefinition;
export declare const ONNX_MALFORMED: import("../../core/finding.ts").RuleDefinition;
/** True when `head` parses as the start of a ModelProto. Exported for tests. */
export declare function looksLikeOnnx(head: Buffer, size: number, name: string): boolean;
export declare const ONNX_SNIFFER: Sniffer;
export interface ExternalRef {
    tensor: string;
    /** Every "location" value (more than one is itself a problem). */
    locations: string[];
    /** Problems with the entry itself (duplicate keys, no location). */
    problems: string[];
    offset: number;
}
export interface OnnxSummary {
    irVersion?: number;
    /** domain → op types used by nodes (main graph, nested graphs, functions). */
    ops: Map<string, Set<string>>;
    /** Local functions "domain:name" (calls to them are not custom ops). */
    functions: Set<string>;
    externals: ExternalRef[];
    /** Graphs walked (1 = main graph only). */
    graphs: number;
    nodes: number;
}
/** Walks a ModelProto. Throws ProtoError on broken structure; `partial` holds what was seen. */
export declare function walkOnnx(cur: ProtoCursor, partial?: OnnxSummary): Promise<OnnxSummary>;
export declare const ONNX_ANALYZER: FileAnalyzer;
export { lexicalEscape };
