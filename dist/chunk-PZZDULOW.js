import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/onnx/rules.ts
var ONNX_EXTERNAL_DATA_ESCAPE = defineRule({
  id: "onnx/external-data-escape",
  severity: "critical",
  title: "ONNX external data location leaves the model folder",
  tags: ["onnx", "path-traversal", "CVE-2022-25882", "CVE-2024-27318", "CVE-2025-51480"],
  explain: `A tensor stores its data outside the .onnx file and names the file in
external_data "location". The location is absolute, contains "..", or resolves (through symlinks)
outside the folder that holds the model. onnx and onnxruntime open that path when the model is
loaded: a crafted model reads arbitrary files (keys, tokens) into tensors that the model can echo
back, and onnx's save path can write to them (CVE-2022-25882, CVE-2024-27318, CVE-2025-51480).
Real models keep external data in a file beside the model with a plain relative name.

Fix: do not load the model. Re-export it with onnx.save_model(..., save_as_external_data=True,
location="weights.bin") so the data sits beside the model.`
});
var ONNX_EXTERNAL_DATA_MISSING = defineRule({
  id: "onnx/external-data-missing",
  severity: "medium",
  title: "ONNX external data file missing",
  tags: ["onnx"],
  explain: `A tensor names an external data file (external_data "location") that is not present
beside the model. The model cannot load as shipped, and the weights it would load were not vetted.
Fix: download the complete model folder, or re-export the model with its data embedded.`
});
var ONNX_EXTERNAL_DATA_BAD = defineRule({
  id: "onnx/external-data-invalid",
  severity: "high",
  title: "ONNX external data entry that loaders interpret unpredictably",
  tags: ["onnx", "fail-closed"],
  explain: `A tensor's external_data has no location, an empty or over-long one, a NUL byte, a
URL scheme, or a duplicated key. Loaders differ in how they read such entries (which duplicate wins,
where a string is cut), which is how sanitisers are bypassed. Fix: re-export the model.`
});
var ONNX_CUSTOM_DOMAIN = defineRule({
  id: "onnx/custom-op-domain",
  severity: "medium",
  title: "ONNX operators from a custom domain",
  tags: ["onnx", "custom-op"],
  explain: `Nodes use operators from a domain that is not part of the ONNX standard (ai.onnx,
ai.onnx.ml, training) or onnxruntime's built-in contrib domains, and no local function of the model
defines them. Running the model needs a custom-op library registered by the user (native code or
Python, e.g. onnxruntime-extensions' ai.onnx.contrib PyOps); whatever provides it runs with the
user's rights. The finding names each domain and its operators.

Fix: check where the custom-op library comes from before registering it; allow the domain for this
path in a policy if it is expected.`
});
var ONNX_PYTHON_OP = defineRule({
  id: "onnx/python-op",
  severity: "high",
  title: "ONNX node that calls back into Python",
  tags: ["onnx", "code-execution"],
  explain: `A node uses an operator that runs Python code supplied at runtime: onnxruntime's
com.microsoft PythonOp/PythonOpGrad (ORTModule autograd functions, identified by name) or a Python
custom op in the onnxruntime-extensions domain. The model executes whatever Python callable the
node names when it runs. Fix: do not run the model outside the training setup that produced it.`
});
var ONNX_MALFORMED = defineRule({
  id: "onnx/malformed",
  severity: "high",
  title: "ONNX model could not be parsed",
  tags: ["onnx", "fail-closed"],
  explain: `The file looks like an ONNX model but its protobuf structure is broken (a length past
the end of its message, an invalid field, nesting deeper than protobuf allows). What comes after
the error was not vetted, so the model is not passed. Fix: re-download or re-export the model.`
});

export {
  ONNX_EXTERNAL_DATA_ESCAPE,
  ONNX_EXTERNAL_DATA_MISSING,
  ONNX_EXTERNAL_DATA_BAD,
  ONNX_CUSTOM_DOMAIN,
  ONNX_PYTHON_OP,
  ONNX_MALFORMED
};
