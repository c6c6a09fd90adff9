/**
 * TensorFlow SavedModel (`saved_model.pb`) and frozen GraphDef (`*.pb`): the operators a loaded
 * graph runs, from every meta graph, its graph and its whole function library (TF2 models keep
 * almost everything in functions reached through PartitionedCall/StatefulPartitionedCall).
 *
 * Ops that run Python (PyFunc, EagerPyFunc) are critical; ops that read or write files or talk to
 * the network are high. Checkpoint ops (SaveV2/RestoreV2/MergeV2Checkpoints, ...) are part of
 * every SavedModel: they are accepted only inside the saver the MetaGraphDef's SaverDef names (the
 * TF1 `save/` scope or the TF2 `__inference__traced_save/restore` functions reachable from it) and
 * only when their file prefix is not a constant baked into the graph. Keras metadata kept in the
 * SavedObjectGraph (SavedUserObject.metadata JSON) goes through the Keras config checks.
 *
 * No magic number: structural sniffers (protobuf shape + the `.pb` name hint). Parsing uses the
 * streaming walker in ./protobuf.ts; tensor contents (`tensor_content`) are skipped, not read.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { type RuleDefinition } from '../../core/finding.ts';
import { ProtoCursor } from '../protobuf/cursor.ts';
import { type TextMessage } from '../protobuf/text.ts';
export interface TfNode {
    /** "graph" (meta graph n) or the function name. */
    scope: string;
    name: string;
    op: string;
    inputs: string[];
    /** Function names referenced by attributes (PartitionedCall `f`, While/If bodies, ...). */
    funcs: string[];
    /** String attributes (bounded), e.g. PrintV2 output_stream, PyFunc token, debug_urls. */
    strings: Record<string, string[]>;
    /** First string of a Const node's tensor. */
    constString?: string;
}
export interface TfMetaGraph {
    /** Scope name of the main graph's nodes. */
    scope: string;
    nodes: TfNode[];
    saver?: {
        filename?: string;
        save?: string;
        restore?: string;
    };
    /** Keras JSON kept in SavedUserObject.metadata. */
    kerasMetadata: string[];
    /** AssetFileDef filenames (joined to the SavedModel's assets/ folder by the loader). */
    assets: string[];
}
export interface TfSummary {
    metaGraphs: TfMetaGraph[];
    /** Function library (all meta graphs): name → nodes. */
    functions: Map<string, TfNode[]>;
}
/** Walks a SavedModel (or a bare GraphDef when `graphDef`). Throws ProtoError on broken structure. */
export declare function walkTensorflow(cur: ProtoCursor, graphDef: boolean, out?: TfSummary): Promise<TfSummary>;
/** "^name", "name:0" and "name:output:0" all refer to node `name`. */
export declare const inputNode: (input: string) => string;
export interface TfIssue {
    rule: RuleDefinition;
    node: TfNode;
    detail?: string;
}
/** Applies the op rules to a walked graph. Pure: exported for tests. */
export declare function evaluateTensorflow(s: TfSummary): TfIssue[];
export declare function analyzeTensorflow(ctx: AnalyzerContext): Promise<void>;
/**
 * keras_metadata.pb: one SavedObject per layer/model (node_path = 3, metadata = 5: the Keras JSON
 * tf.keras rebuilds layers from, Lambda functions included).
 */
export declare function analyzeKerasMetadata(ctx: AnalyzerContext): Promise<void>;
/**
 * Op names in a text-format graph by tokens (`op` followed by `:` and string literals, concatenated
 * and unescaped), with the line of each: the fallback when the text does not parse as a whole.
 */
export declare function textGraphOps(text: string): {
    op: string;
    line: number;
}[];
export declare function analyzeTensorflowText(ctx: AnalyzerContext): Promise<void>;
/**
 * The summary of a text-format SavedModel, MetaGraphDef or GraphDef (told apart by their fields);
 * undefined for other text protos (label maps, pipeline configs), which run nothing.
 */
export declare function textSummary(m: TextMessage, lines?: Map<TfNode, number>): TfSummary | undefined;
