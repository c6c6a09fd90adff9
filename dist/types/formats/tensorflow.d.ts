import { type RuleDefinition } from '../core/finding.ts';
import { ProtoCursor } from './protobuf.ts';
import { type TextMessage } from './protobuf-text.ts';
export declare const SAVED_MODEL_KIND = "tf-savedmodel";
export declare const GRAPHDEF_KIND = "tf-graphdef";
export declare const KERAS_METADATA_KIND = "keras-metadata";
export declare const TF_PY_FUNC: RuleDefinition;
export declare const TF_IO_OP: RuleDefinition;
export declare const TF_CHECKPOINT_OP: RuleDefinition;
export declare const TF_TEXT_CHECKPOINT_OP: RuleDefinition;
export declare const TF_ASSET_READ: RuleDefinition;
export declare const TF_ASSET_ESCAPE: RuleDefinition;
export declare const TF_MALFORMED: RuleDefinition;
/** Ops that call Python. */
export declare const PY_FUNC_OPS: Set<string>;
/** Ops that touch files or the network (besides checkpoint ops). */
export declare const IO_OPS: Set<string>;
/** Ops that read a vocabulary-style asset file (listed at low severity). */
export declare const ASSET_READ_OPS: Set<string>;
/** Checkpoint ops: accepted inside the saver only. */
export declare const CHECKPOINT_OPS: Set<string>;
/**
 * True when `head` parses as the start of a SavedModel proto. Exported for tests.
 *
 * Protobuf (and so TensorFlow's ReadBinaryProto) keeps fields it does not know, of any number and
 * wire type, and a known field with the wrong wire type is kept as unknown too: a SavedModel may
 * start with any such field. So the head must only be well-formed protobuf; what decides is a
 * meta_graphs field (2, length-delimited). `saved_model.pb`, the only name TensorFlow loads from a
 * SavedModel folder, needs nothing more (an unknown field larger than the head hides the rest; the
 * analyzer walks it all). Other names need a meta graph that starts with one of its own fields, and
 * without a `.pb` name also the schema version 1.
 */
export declare function looksLikeSavedModel(head: Buffer, size: number, name: string): boolean;
/**
 * A frozen GraphDef: only with the `.pb` hint (its shape alone is too common). Unknown field numbers
 * are kept by protobuf and allowed; known ones must have their own wire type, and a node (field 1)
 * must start with its name or op.
 */
export declare function looksLikeGraphDef(head: Buffer, size: number, name: string): boolean;
export declare const TF_DATA_KIND = "tf-data";
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
/**
 * Op names in a text-format graph by tokens (`op` followed by `:` and string literals, concatenated
 * and unescaped), with the line of each: the fallback when the text does not parse as a whole.
 */
export declare function textGraphOps(text: string): {
    op: string;
    line: number;
}[];
/**
 * The summary of a text-format SavedModel, MetaGraphDef or GraphDef (told apart by their fields);
 * undefined for other text protos (label maps, pipeline configs), which run nothing.
 */
export declare function textSummary(m: TextMessage, lines?: Map<TfNode, number>): TfSummary | undefined;
