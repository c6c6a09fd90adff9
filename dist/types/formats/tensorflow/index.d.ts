/**
 * TensorFlow SavedModel (`saved_model.pb`), frozen GraphDef (`*.pb`), `keras_metadata.pb` and
 * text-format graphs (`*.pbtxt`) as the scanner sees them: sniffers (sniff.ts), rules (rules.ts) and
 * the analyzers' ids and kinds; the reading code (analyze.ts, the protobuf walker and the text
 * parser) loads on the first such file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export * from './sniff.ts';
export declare const TENSORFLOW_ANALYZER: FileAnalyzer;
/**
 * keras_metadata.pb: one SavedObject per layer/model (node_path = 3, metadata = 5: the Keras JSON
 * tf.keras rebuilds layers from, Lambda functions included).
 */
export declare const KERAS_METADATA_ANALYZER: FileAnalyzer;
/** Text-format graphs: only files named `*.pbtxt` (the name TensorFlow's tools write them under). */
export declare const TENSORFLOW_TEXT_ANALYZER: FileAnalyzer;
