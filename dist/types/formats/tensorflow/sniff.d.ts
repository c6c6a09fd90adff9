/**
 * Sniffers for the files of a TensorFlow SavedModel folder and frozen GraphDefs. No magic number:
 * structural checks of the protobuf head (../protobuf/head.ts) and the `.pb` name hint.
 */
import type { Sniffer } from '../../core/sniff.ts';
export declare const SAVED_MODEL_KIND = "tf-savedmodel";
export declare const GRAPHDEF_KIND = "tf-graphdef";
export declare const KERAS_METADATA_KIND = "keras-metadata";
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
