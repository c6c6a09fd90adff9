/** The rules of the TensorFlow analyzers (analyze.ts), with their explain texts. */
import { defineRule } from '../../core/finding.ts';

export const TF_PY_FUNC = defineRule({
  id: 'tensorflow/py-func-op',
  severity: 'critical',
  title: 'TensorFlow graph calls Python',
  tags: ['tensorflow', 'code-execution'],
  explain: `The graph contains PyFunc, PyFuncStateless or EagerPyFunc (tf.py_function /
tf.numpy_function). These ops call a Python callable registered under a token in the process that
runs the graph: a model that carries them runs code outside the graph, and a loader that registers
the callable (or a crafted token) makes it arbitrary code. Real exported models do not need them.
Fix: re-export the model without tf.py_function.`,
});

export const TF_IO_OP = defineRule({
  id: 'tensorflow/io-op',
  severity: 'high',
  title: 'TensorFlow graph reads or writes files or the network',
  tags: ['tensorflow', 'file-access'],
  explain: `The graph contains an op that reads or writes files (ReadFile, WriteFile,
MatchingFiles, file-backed readers and datasets, summary writers, PrintV2 to a file) or talks to the
network (RPC, tf.data service, debug ops with URLs). Running the model then reads secrets
(~/.ssh, credentials) into tensors or writes files, with the user's rights. Inference graphs do not
need any of these. The finding names the op, the node, the function and any constant path it uses.
Fix: do not serve the model; re-export it from code you control.`,
});

export const TF_CHECKPOINT_OP = defineRule({
  id: 'tensorflow/checkpoint-op-outside-saver',
  severity: 'high',
  title: 'TensorFlow save/restore op outside the checkpoint saver',
  tags: ['tensorflow', 'file-access'],
  explain: `SaveV2, RestoreV2, MergeV2Checkpoints and their older forms read and write checkpoint
files. Every SavedModel has them inside its saver (the ops the SaverDef names: TF1's "save/" scope,
TF2's traced save/restore functions), fed with the file name the loader passes. This one sits
elsewhere (in a serving function or the main graph), or its file prefix is a constant baked into the
graph: running the model then overwrites or reads a file the model author chose.
Fix: do not load the model; re-export it.`,
});

export const TF_TEXT_CHECKPOINT_OP = defineRule({
  id: 'tensorflow/text-graph-checkpoint-op',
  severity: 'medium',
  title: 'Checkpoint op in a text-format SavedModel',
  tags: ['tensorflow', 'file-access'],
  explain: `A text-format SavedModel (saved_model.pbtxt, which TensorFlow loads when there is no
saved_model.pb) uses save/restore ops, and its text could not be parsed as a whole, so modelvet could
not tell whether they belong to the checkpoint saver or read a file the author chose. (A text graph
that parses is checked like the binary one: ops outside the saver are
tensorflow/checkpoint-op-outside-saver.) Fix: publish the binary saved_model.pb or a text graph that
protobuf's text format parser reads.`,
});

export const TF_ASSET_READ = defineRule({
  id: 'tensorflow/asset-read-op',
  severity: 'low',
  title: 'TensorFlow graph fills a table from a text file',
  tags: ['tensorflow', 'file-access'],
  explain: `InitializeTableFromTextFile reads a text file into a lookup table. NLP SavedModels use it
for their vocabulary asset (assets/vocab.txt), so it is listed, not failed. The finding names the
constant path when the graph holds one; a path outside the model's assets deserves a look.`,
});

export const TF_ASSET_ESCAPE = defineRule({
  id: 'tensorflow/asset-path-escape',
  severity: 'critical',
  title: 'SavedModel asset path leaves the model folder',
  tags: ['tensorflow', 'path-traversal'],
  explain: `A SavedModel names its asset files (vocabularies, lookup tables) in AssetFileDef, and the
loader joins each name to the model's assets/ folder and feeds the result to the graph, which opens
it. This name is absolute or contains "..", so loading the model reads a file of the author's
choosing (keys, credentials) into the graph. Fix: do not load the model.`,
});

export const TF_MALFORMED = defineRule({
  id: 'tensorflow/malformed',
  severity: 'high',
  title: 'TensorFlow graph could not be parsed',
  tags: ['tensorflow', 'fail-closed'],
  explain: `The file looks like a SavedModel or GraphDef but its protobuf structure is broken. What
follows the error was not vetted, so the file is not passed. Fix: re-download or re-export it.`,
});
