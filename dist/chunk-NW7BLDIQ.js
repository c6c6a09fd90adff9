import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/keras/rules.ts
var KERAS_LAMBDA = defineRule({
  id: "keras/lambda-layer",
  severity: "high",
  title: "Keras Lambda layer",
  tags: ["keras", "code-execution", "CVE-2024-3660"],
  explain: `The model contains a Lambda layer. Its function is either Python bytecode stored in the
file (run when the model is built: CVE-2024-3660; Keras' safe_mode refuses it in .keras files but
the legacy .h5 loader ignored safe_mode until 3.11.3, CVE-2025-9905) or a function looked up by name
in a module of the loading process. Either way loading the model runs code its author chose.

Fix: replace the Lambda with a built-in layer or a registered custom layer whose code you review,
and re-save. If you wrote the model yourself, ignore this rule for the path in a policy.`
});
var KERAS_BYTECODE = defineRule({
  id: "keras/serialized-bytecode",
  severity: "critical",
  title: "Serialized Python bytecode in a Keras config",
  tags: ["keras", "code-execution"],
  explain: `A string in the model configuration is base64-encoded marshalled Python bytecode (the
form Keras' func_dump writes for lambdas and inline functions), or a "__lambda__" object. Keras
rebuilds it into a function and calls it: arbitrary code on load or first call. Model weights never
need bytecode. Fix: do not load the model with safe_mode=False; re-export it without lambdas.`
});
var KERAS_EXTERNAL_MODULE = defineRule({
  id: "keras/external-module",
  severity: "high",
  title: "Keras config references a module outside keras/tensorflow/numpy",
  tags: ["keras", "code-execution", "CVE-2025-1550"],
  explain: `An object in the config names a "module" (or a Lambda's function module) outside keras,
tensorflow and numpy. Keras 3.0 to 3.8 import that module and fetch the named class or function even
with safe_mode=True (CVE-2025-1550): importing runs the module's code and the object is then called
with arguments from the config. Later versions refuse unregistered modules, but many installs are
older. Custom layers legitimately name their own package; check that the package is one you trust.
Severity is critical when the module is a known code runner (os, subprocess, builtins, ...).

Fix: load only with a Keras version \u2265 3.9 and the custom objects you trust registered explicitly,
or ignore this rule for the path with a reason.`
});
var KERAS_DANGEROUS_REFERENCE = defineRule({
  id: "keras/dangerous-reference",
  severity: "critical",
  title: "Keras config references a dangerous callable",
  tags: ["keras", "code-execution", "CVE-2025-8747", "CVE-2025-9906"],
  explain: `The config names a callable that turns loading into an attack even inside allowed
packages: keras.config.enable_unsafe_deserialization (turns safe_mode off for what follows,
CVE-2025-9906), keras.utils.get_file (downloads files, the CVE-2025-8747 bypass of the 1550 fix),
model loaders (nested load_model/numpy.load), file or process functions (tf.io.write_file, os.system,
subprocess, eval/exec). Fix: do not load the model.`
});
var KERAS_TORCH_WRAPPER = defineRule({
  id: "keras/torch-module-wrapper",
  severity: "high",
  title: "Keras TorchModuleWrapper (embedded pickle)",
  tags: ["keras", "pickle", "code-execution", "CVE-2025-49655"],
  explain: `A TorchModuleWrapper layer stores a whole PyTorch module as base64 bytes in its config,
and Keras before 3.11.3 restores it with torch.load(weights_only=False): an unrestricted unpickle
of bytes from the file (CVE-2025-49655). The embedded bytes are decoded and scanned like any pickle.
Fix: load only with Keras \u2265 3.11.3 (which refuses it in safe mode) or rebuild the layer in code.`
});
var KERAS_CUSTOM_OBJECT = defineRule({
  id: "keras/custom-object",
  severity: "low",
  title: "Keras config needs custom objects",
  tags: ["keras"],
  explain: `The config names registered custom objects ("package>Name"). Keras resolves them only from
code the user registers before loading, so they are not code in the file, but the model depends on
that code. Listed so the dependency is visible.`
});
var KERAS_BAD_CONFIG = defineRule({
  id: "keras/invalid-config",
  severity: "high",
  title: "Keras config that cannot be read",
  tags: ["keras", "fail-closed"],
  explain: `A Keras model configuration (config.json, the model_config attribute) is not valid JSON,
is nested deeper than modelvet walks, or is too large. Keras may still read it (Python's json module
accepts encodings and constants others reject), so it is not passed unvetted.
Fix: re-save the model with Keras.`
});
var KERAS_FILE_ARGUMENT = defineRule({
  id: "keras/file-reading-layer",
  severity: "high",
  title: "Keras layer reads a file named in its config",
  tags: ["keras", "file-access", "CVE-2025-12058"],
  explain: `A preprocessing layer or tokenizer whose vocabulary (or merges, proto, special tokens)
argument is a string instead of a list. StringLookup, IntegerLookup and TextVectorization
(keras/src/layers/preprocessing/index_lookup.py set_vocabulary) and the keras_hub tokenizers
(WordPiece, BytePair, SentencePiece, Whisper, ParSeq) treat a string as a path and open it while the
model is built, through tf.io.gfile (which also reads gs:// and other remote paths). Keras before
3.12 does this even in safe mode (CVE-2025-12058): loading the model reads a file the author chose
(keys, credentials) into the model, where it can be echoed back, or fetches a URL. Saved models keep
their vocabulary in the config as a list or as an asset inside the archive. Severity is high for an
absolute path, a home-relative path, "..", or a URL, medium for another string.
Fix: do not load the model; re-save it with the vocabulary inline.`
});
var HDF5_MALFORMED = defineRule({
  id: "hdf5/malformed",
  severity: "high",
  title: "HDF5 file whose root attributes cannot be read",
  tags: ["hdf5", "keras", "fail-closed"],
  explain: `The file has an HDF5 signature but its superblock or root object header is broken
(addresses outside the file, loops, unknown versions). Keras reads the model configuration from the
root group's attributes; as they could not be read, the file is not passed.
Fix: re-download or re-save the model (model.save("model.keras")).`
});
var HDF5_UNSUPPORTED = defineRule({
  id: "hdf5/unsupported-structure",
  severity: "high",
  title: "HDF5 root attributes stored in a way modelvet cannot read",
  tags: ["hdf5", "keras", "fail-closed"],
  explain: `The root group keeps (some of) its attributes in a structure modelvet does not decode:
a fractal heap layout h5py does not write (filtered heaps, nested indirect blocks), shared
datatypes, huge attribute arrays. modelvet reads compact attributes and the dense storage h5py
writes; a model_config hidden elsewhere cannot be vetted, so the file is not passed.
Fix: re-save the model with Keras, or vet it another way and ignore the rule.`
});
var KERAS_DUPLICATE_CONFIG = defineRule({
  id: "keras/duplicate-config",
  severity: "high",
  title: "Keras configuration stored twice",
  tags: ["keras", "fail-closed"],
  explain: `The file holds two model configurations (two model_config attributes, or two config.json
members). Loaders and scanners may pick different ones, which is how a benign copy shields a
hostile one. Both are checked; the duplication itself is reported. Fix: re-save the model.`
});
var HDF5_POLYGLOT = defineRule({
  id: "hdf5/polyglot",
  severity: "high",
  title: "File is also an HDF5 file",
  tags: ["hdf5", "keras", "evasion"],
  explain: `The file's content is recognised as another format (a zip, a pickle, ...), yet an HDF5
superblock sits at one of the offsets where the HDF5 library looks for it (512, 1024, 2048, ... bytes:
the "user block"). Keras opens any path ending in .h5/.hdf5 with h5py, which finds that superblock
and loads the model_config it points to, while tools that trust the first bytes see only the other
format. The HDF5 side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`
});
var KERAS_ZIP_POLYGLOT = defineRule({
  id: "keras/zip-polyglot",
  severity: "high",
  title: ".keras file that is a zip only from its end",
  tags: ["keras", "zip", "evasion"],
  explain: `The file is named .keras and Python's zipfile (which finds a zip by the record at its
end) opens it, so Keras loads it as a .keras archive, but its first bytes say it is something else
(HDF5, pickle, ...). Tools that trust the first bytes never look at the zip side and its config.json.
The zip side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`
});

export {
  KERAS_LAMBDA,
  KERAS_BYTECODE,
  KERAS_EXTERNAL_MODULE,
  KERAS_DANGEROUS_REFERENCE,
  KERAS_TORCH_WRAPPER,
  KERAS_CUSTOM_OBJECT,
  KERAS_BAD_CONFIG,
  KERAS_FILE_ARGUMENT,
  HDF5_MALFORMED,
  HDF5_UNSUPPORTED,
  KERAS_DUPLICATE_CONFIG,
  HDF5_POLYGLOT,
  KERAS_ZIP_POLYGLOT
};
