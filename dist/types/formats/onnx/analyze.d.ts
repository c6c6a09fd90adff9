import type { AnalyzerContext } from '../../core/analyzer.ts';
import { ProtoCursor } from '../protobuf/cursor.ts';
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
/** Walks the model's structure and reports its ops and external-data references. */
export declare function analyzeOnnx(ctx: AnalyzerContext): Promise<void>;
