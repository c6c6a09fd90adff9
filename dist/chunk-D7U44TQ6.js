import {
  WIRE,
  headFields
} from "./chunk-CHHKVE24.js";
import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/tensorflow/sniff.ts
var SAVED_MODEL_KIND = "tf-savedmodel";
var GRAPHDEF_KIND = "tf-graphdef";
var KERAS_METADATA_KIND = "keras-metadata";
var META_GRAPH_TAGS = /* @__PURE__ */ new Set([10, 18, 26, 34, 42, 50, 58]);
function looksLikeSavedModel(head, size, name) {
  const exact = name === "saved_model.pb";
  const hint = exact || name.endsWith(".pb");
  const fields = headFields(head, size, 64, hint);
  if (!fields?.length) return false;
  if (exact) return true;
  const mg = fields.find((f) => f.field === 2 && f.wire === WIRE.len);
  if (!mg) return false;
  const first = head[mg.start];
  if (first !== void 0 && !META_GRAPH_TAGS.has(first)) return false;
  return hint || fields.some((f) => f.field === 1 && f.wire === WIRE.varint && f.value === 1n);
}
var GRAPH_DEF_WIRES = {
  1: WIRE.len,
  2: WIRE.len,
  3: WIRE.varint,
  4: WIRE.len,
  5: WIRE.len
};
function looksLikeGraphDef(head, size, name) {
  if (!name.endsWith(".pb")) return false;
  const fields = headFields(head, size, 64, true);
  if (!fields?.length) return false;
  if (!fields.every((f) => GRAPH_DEF_WIRES[f.field] === void 0 || GRAPH_DEF_WIRES[f.field] === f.wire))
    return false;
  const node = fields.find((f) => f.field === 1);
  const first = node ? head[node.start] : void 0;
  return first === 10 || first === 18;
}
var SAVED_MODEL_SNIFFER = {
  kind: SAVED_MODEL_KIND,
  priority: 51,
  match: ({ head, size, name }) => looksLikeSavedModel(head, size, name)
};
var TF_DATA_KIND = "tf-data";
var LEVELDB_TABLE_MAGIC = Buffer.from("57fb808b247547db", "hex");
var TF_DATA_SNIFFER = {
  kind: TF_DATA_KIND,
  priority: 45,
  match: async ({ head, size, name, source }) => {
    if (name === "fingerprint.pb") {
      const fields = headFields(head, size);
      return !!fields?.length && fields.every((f) => f.field <= 5 ? f.wire === WIRE.varint : f.field <= 16 && f.wire === WIRE.len);
    }
    if (name.endsWith(".index") && size >= 48) {
      return (await source.read(size - 8, 8)).equals(LEVELDB_TABLE_MAGIC);
    }
    return false;
  }
};
var TF_DATA_NAME_SNIFFER = {
  kind: TF_DATA_KIND,
  priority: 5,
  // variables.data-00000-of-00001: raw tensor bytes, recognised by name only when nothing else matched.
  match: ({ name }) => /^variables\.data-\d{5}-of-\d{5}$/.test(name)
};
var KERAS_METADATA_SNIFFER = {
  kind: KERAS_METADATA_KIND,
  priority: 52,
  // keras_metadata.pb (tf.keras SavedModel): SavedMetadata { repeated SavedObject nodes = 1 }.
  match: ({ head, size, name }) => name === "keras_metadata.pb" && !!headFields(head, size, 64, true)?.every((f) => f.field === 1 && f.wire === WIRE.len)
};
var GRAPHDEF_SNIFFER = {
  kind: GRAPHDEF_KIND,
  priority: 49,
  match: ({ head, size, name }) => looksLikeGraphDef(head, size, name)
};

// src/formats/tensorflow/rules.ts
var TF_PY_FUNC = defineRule({
  id: "tensorflow/py-func-op",
  severity: "critical",
  title: "TensorFlow graph calls Python",
  tags: ["tensorflow", "code-execution"],
  explain: `The graph contains PyFunc, PyFuncStateless or EagerPyFunc (tf.py_function /
tf.numpy_function). These ops call a Python callable registered under a token in the process that
runs the graph: a model that carries them runs code outside the graph, and a loader that registers
the callable (or a crafted token) makes it arbitrary code. Real exported models do not need them.
Fix: re-export the model without tf.py_function.`
});
var TF_IO_OP = defineRule({
  id: "tensorflow/io-op",
  severity: "high",
  title: "TensorFlow graph reads or writes files or the network",
  tags: ["tensorflow", "file-access"],
  explain: `The graph contains an op that reads or writes files (ReadFile, WriteFile,
MatchingFiles, file-backed readers and datasets, summary writers, PrintV2 to a file) or talks to the
network (RPC, tf.data service, debug ops with URLs). Running the model then reads secrets
(~/.ssh, credentials) into tensors or writes files, with the user's rights. Inference graphs do not
need any of these. The finding names the op, the node, the function and any constant path it uses.
Fix: do not serve the model; re-export it from code you control.`
});
var TF_CHECKPOINT_OP = defineRule({
  id: "tensorflow/checkpoint-op-outside-saver",
  severity: "high",
  title: "TensorFlow save/restore op outside the checkpoint saver",
  tags: ["tensorflow", "file-access"],
  explain: `SaveV2, RestoreV2, MergeV2Checkpoints and their older forms read and write checkpoint
files. Every SavedModel has them inside its saver (the ops the SaverDef names: TF1's "save/" scope,
TF2's traced save/restore functions), fed with the file name the loader passes. This one sits
elsewhere (in a serving function or the main graph), or its file prefix is a constant baked into the
graph: running the model then overwrites or reads a file the model author chose.
Fix: do not load the model; re-export it.`
});
var TF_TEXT_CHECKPOINT_OP = defineRule({
  id: "tensorflow/text-graph-checkpoint-op",
  severity: "medium",
  title: "Checkpoint op in a text-format SavedModel",
  tags: ["tensorflow", "file-access"],
  explain: `A text-format SavedModel (saved_model.pbtxt, which TensorFlow loads when there is no
saved_model.pb) uses save/restore ops, and its text could not be parsed as a whole, so modelvet could
not tell whether they belong to the checkpoint saver or read a file the author chose. (A text graph
that parses is checked like the binary one: ops outside the saver are
tensorflow/checkpoint-op-outside-saver.) Fix: publish the binary saved_model.pb or a text graph that
protobuf's text format parser reads.`
});
var TF_ASSET_READ = defineRule({
  id: "tensorflow/asset-read-op",
  severity: "low",
  title: "TensorFlow graph fills a table from a text file",
  tags: ["tensorflow", "file-access"],
  explain: `InitializeTableFromTextFile reads a text file into a lookup table. NLP SavedModels use it
for their vocabulary asset (assets/vocab.txt), so it is listed, not failed. The finding names the
constant path when the graph holds one; a path outside the model's assets deserves a look.`
});
var TF_ASSET_ESCAPE = defineRule({
  id: "tensorflow/asset-path-escape",
  severity: "critical",
  title: "SavedModel asset path leaves the model folder",
  tags: ["tensorflow", "path-traversal"],
  explain: `A SavedModel names its asset files (vocabularies, lookup tables) in AssetFileDef, and the
loader joins each name to the model's assets/ folder and feeds the result to the graph, which opens
it. This name is absolute or contains "..", so loading the model reads a file of the author's
choosing (keys, credentials) into the graph. Fix: do not load the model.`
});
var TF_MALFORMED = defineRule({
  id: "tensorflow/malformed",
  severity: "high",
  title: "TensorFlow graph could not be parsed",
  tags: ["tensorflow", "fail-closed"],
  explain: `The file looks like a SavedModel or GraphDef but its protobuf structure is broken. What
follows the error was not vetted, so the file is not passed. Fix: re-download or re-export it.`
});

export {
  SAVED_MODEL_KIND,
  GRAPHDEF_KIND,
  KERAS_METADATA_KIND,
  looksLikeSavedModel,
  looksLikeGraphDef,
  SAVED_MODEL_SNIFFER,
  TF_DATA_KIND,
  TF_DATA_SNIFFER,
  TF_DATA_NAME_SNIFFER,
  KERAS_METADATA_SNIFFER,
  GRAPHDEF_SNIFFER,
  TF_PY_FUNC,
  TF_IO_OP,
  TF_CHECKPOINT_OP,
  TF_TEXT_CHECKPOINT_OP,
  TF_ASSET_READ,
  TF_ASSET_ESCAPE,
  TF_MALFORMED
};
