import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/safetensors/rules.ts
var tags = ["safetensors", "integrity"];
var FIX = `Fix: re-export the weights with the reference library (safetensors.torch.save_file), or
re-download them from the publisher; a file that fails these checks was not written by it.`;
var ST_TRUNCATED = defineRule({
  id: "safetensors/truncated",
  severity: "high",
  title: "safetensors header length points past the end of the file",
  tags,
  explain: `A safetensors file starts with an 8-byte little-endian header length N; the JSON header
is the next N bytes. Here the file is shorter than 8 bytes or than 8 + N: it is truncated or the
length is forged. Loaders refuse it, and lenient readers read out of bounds. ${FIX}`
});
var ST_HEADER_TOO_LARGE = defineRule({
  id: "safetensors/header-too-large",
  severity: "high",
  title: "safetensors header larger than 100 MB",
  tags,
  explain: `The header length exceeds the 100 MB cap of the reference implementation (real headers
are kilobytes to a few megabytes). An oversized header is a memory-exhaustion attempt against
readers that allocate N bytes up front. ${FIX}`
});
var ST_INVALID_HEADER = defineRule({
  id: "safetensors/invalid-header",
  severity: "high",
  title: "safetensors header is not a valid JSON object of tensor entries",
  tags,
  explain: `The header must be UTF-8 JSON starting with '{': an object mapping tensor names to
{dtype, shape, data_offsets} (plus an optional __metadata__ map). This one is not valid UTF-8, not
JSON, not an object, or a tensor entry is missing a field or has the wrong type. The reference
loader rejects it; other readers may accept it differently, which is how a parser differential hides
content. ${FIX}`
});
var ST_DUPLICATE_KEY = defineRule({
  id: "safetensors/duplicate-key",
  severity: "high",
  title: "Duplicate key in the safetensors header",
  tags,
  explain: `A JSON key appears twice in the same object of the header. JSON parsers disagree on which
one wins (first, last, or an error), so two tools can see different tensors, offsets or metadata in
the same file. No writer produces duplicates: the header was crafted. ${FIX}`
});
var ST_UNKNOWN_DTYPE = defineRule({
  id: "safetensors/unknown-dtype",
  severity: "high",
  title: "Unknown safetensors dtype",
  tags,
  explain: `A tensor names a dtype the safetensors format does not define (BOOL, F4, F6_E2M3,
F6_E3M2, U8, I8, F8_E5M2, F8_E4M3, F8_E8M0, I16, U16, F16, BF16, I32, U32, F32, C64, F64, I64, U64).
Its byte size cannot be checked and loaders reject it. ${FIX}`
});
var ST_INVALID_SHAPE = defineRule({
  id: "safetensors/invalid-shape",
  severity: "high",
  title: "Tensor shape is not a list of non-negative integers",
  tags,
  explain: `Every shape entry must be a non-negative integer that fits in 64 bits (no sign,
fraction or exponent). Negative or fractional dimensions are read differently by different parsers
(wrap-around, truncation) and lead to out-of-bounds reads in lenient loaders. ${FIX}`
});
var ST_SIZE_MISMATCH = defineRule({
  id: "safetensors/size-mismatch",
  severity: "high",
  title: "Tensor byte range does not match shape \xD7 dtype size",
  tags,
  explain: `data_offsets [start, end] must span exactly product(shape) \xD7 dtype size bytes (whole
bytes for sub-byte dtypes). A mismatch means the loader reads more or fewer bytes than the tensor
needs: hidden data, or out-of-bounds reads in readers that trust the shape. ${FIX}`
});
var ST_INVALID_OFFSETS = defineRule({
  id: "safetensors/invalid-offsets",
  severity: "high",
  title: "Tensor byte ranges overlap, leave gaps or are reversed",
  tags,
  explain: `Sorted by offset, tensors must tile the data section from byte 0 with no gap and no
overlap, and each range must have start <= end. Overlapping tensors alias the same bytes; gaps hide
bytes no tensor accounts for (a place to smuggle a payload). ${FIX}`
});
var ST_DATA_SIZE = defineRule({
  id: "safetensors/data-size-mismatch",
  severity: "high",
  title: "Tensors do not end exactly at the end of the file",
  tags,
  explain: `The last tensor must end exactly where the file ends. Extra bytes after it are data no
tensor describes (an appended payload, or a polyglot file); missing bytes mean a truncated download.
${FIX}`
});
var ST_INVALID_METADATA = defineRule({
  id: "safetensors/invalid-metadata",
  severity: "medium",
  title: "__metadata__ is not a map of strings to strings",
  tags,
  explain: `The optional __metadata__ entry must be an object whose values are all strings. The
reference loader rejects anything else; tools that accept it may pass nested values on to code that
does not expect them. ${FIX}`
});
var ST_UNKNOWN_FIELD = defineRule({
  id: "safetensors/unknown-field",
  severity: "low",
  title: "Unknown field in a safetensors tensor entry",
  tags,
  explain: `A tensor entry has fields other than dtype, shape and data_offsets. The reference
ignores them, so they carry nothing for the loader; they can carry data for other tools. Review the
writer of the file.`
});

export {
  ST_TRUNCATED,
  ST_HEADER_TOO_LARGE,
  ST_INVALID_HEADER,
  ST_DUPLICATE_KEY,
  ST_UNKNOWN_DTYPE,
  ST_INVALID_SHAPE,
  ST_SIZE_MISMATCH,
  ST_INVALID_OFFSETS,
  ST_DATA_SIZE,
  ST_INVALID_METADATA,
  ST_UNKNOWN_FIELD
};
