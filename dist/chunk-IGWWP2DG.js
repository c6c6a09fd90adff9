import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/numpy/rules.ts
var NPY_MALFORMED = defineRule({
  id: "numpy/malformed-header",
  severity: "high",
  title: "NumPy file header that cannot be parsed",
  tags: ["numpy", "fail-closed"],
  explain: `The .npy header (magic, version, length and the Python dict literal naming dtype, order and
shape) is invalid, so modelvet cannot tell whether the data is plain numbers or a pickle of Python objects
that np.load(allow_pickle=True) would execute. A file that cannot be vetted is not passed.
Fix: re-export the array with numpy.save.`
});
var NPY_OBJECT_ARRAY = defineRule({
  id: "numpy/object-array",
  severity: "low",
  title: "NumPy array of Python objects (stored as a pickle)",
  tags: ["numpy", "pickle"],
  explain: `The array's dtype holds Python objects, which NumPy stores as a pickle and loads only with
allow_pickle=True. modelvet scans that pickle (its findings are reported separately); this note says the
file needs allow_pickle to load. Prefer numeric arrays for model data.`
});

export {
  NPY_MALFORMED,
  NPY_OBJECT_ARRAY
};
