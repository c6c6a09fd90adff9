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
import type { FileAnalyzer } from '../core/analyzer.ts';
import { type RuleDefinition } from '../core/finding.ts';
import { type Sniffer } from '../core/sniff.ts';
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
export declare const SAVED_MODEL_SNIFFER: Sniffer;
export declare const TF_DATA_KIND = "tf-data";
export declare const TF_DATA_SNIFFER: Sniffer;
export declare const TF_DATA_NAME_SNIFFER: Sniffer;
export declare const KERAS_METADATA_SNIFFER: Sniffer;
export declare const GRAPHDEF_SNIFFER: Sniffer;
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
export declare const TENSORFLOW_ANALYZER: FileAnalyzer;
/**
 * keras_metadata.pb: one SavedObject per layer/model (node_path = 3, metadata = 5: the Keras JSON
 * tf.keras rebuilds layers from, Lambda functions included).
 */
export declare const KERAS_METADATA_ANALYZER: FileAnalyzer;
/**
 * Op names in a text-format graph by tokens (`op` followed by `:` and string literals, concatenated
 * and unescaped), with the line of each: the fallback when the text does not parse as a whole.
 */
export declare function textGraphOps(text: string): {
    op: string;
    line: number;
}[];
export declare const TENSORFLOW_TEXT_ANALYZER: FileAnalyzer;
/**
 * The summary of a text-format SavedModel, MetaGraphDef or GraphDef (told apart by their fields);
 * undefined for other text protos (label maps, pipeline configs), which run nothing.
 */
export declare function textSummary(m: TextMessage, lines?: Map<TfNode, number>): TfSummary | undefined;
