/**
 * TensorFlow SavedModel (`saved_model.pb`), frozen GraphDef (`*.pb`), `keras_metadata.pb` and
 * text-format graphs (`*.pbtxt`) as the scanner sees them: sniffers (sniff.ts), rules (rules.ts) and
 * the analyzers' ids and kinds; the reading code (analyze.ts, the protobuf walker and the text
 * parser) loads on the first such file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadTensorflowAnalysis } from '../../lazy.ts';
import { GRAPHDEF_KIND, KERAS_METADATA_KIND, SAVED_MODEL_KIND } from './sniff.ts';

export * from './rules.ts';
export * from './sniff.ts';

export const TENSORFLOW_ANALYZER: FileAnalyzer = {
  id: 'tensorflow',
  kinds: [SAVED_MODEL_KIND, GRAPHDEF_KIND],
  analyze: async (ctx) => (await loadTensorflowAnalysis()).analyzeTensorflow(ctx),
};

/**
 * keras_metadata.pb: one SavedObject per layer/model (node_path = 3, metadata = 5: the Keras JSON
 * tf.keras rebuilds layers from, Lambda functions included).
 */
export const KERAS_METADATA_ANALYZER: FileAnalyzer = {
  id: 'keras-metadata',
  kinds: [KERAS_METADATA_KIND],
  analyze: async (ctx) => (await loadTensorflowAnalysis()).analyzeKerasMetadata(ctx),
};

/** Text-format graphs: only files named `*.pbtxt` (the name TensorFlow's tools write them under). */
export const TENSORFLOW_TEXT_ANALYZER: FileAnalyzer = {
  id: 'tensorflow-text',
  kinds: [KINDS.text],
  analyze: async (ctx) => {
    if (ctx.name.endsWith('.pbtxt')) await (await loadTensorflowAnalysis()).analyzeTensorflowText(ctx);
  },
};
