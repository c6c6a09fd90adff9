import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/gguf/rules.ts
var tags = ["gguf", "integrity"];
var FIX = `Fix: re-download the model from its publisher or re-convert it with llama.cpp's
convert scripts; a file that fails these checks was not written by them.`;
var GGUF_TRUNCATED = defineRule({
  id: "gguf/truncated",
  severity: "high",
  title: "GGUF structure runs past the end of the file",
  tags,
  explain: `A count or length in the GGUF header (metadata entries, a string, an array, tensor infos)
needs more bytes than the file has. The file is truncated, or the number is forged to make readers
allocate huge buffers or read out of bounds (several llama.cpp GGUF parsing CVEs were exactly this).
${FIX}`
});
var GGUF_VERSION = defineRule({
  id: "gguf/unsupported-version",
  severity: "high",
  title: "GGUF version modelvet cannot read",
  tags,
  explain: `GGUF versions 2 and 3 are current (version 1 is obsolete and refused by llama.cpp). A
different version cannot be parsed, so its metadata (including any chat template) was not vetted.
${FIX}`
});
var GGUF_BAD_TYPE = defineRule({
  id: "gguf/invalid-value-type",
  severity: "high",
  title: "Unknown GGUF metadata value type",
  tags,
  explain: `A metadata value has a type outside the spec (0-12), or an array nests arrays, which
llama.cpp refuses. Nothing after it can be read reliably. ${FIX}`
});
var GGUF_DUPLICATE_KEY = defineRule({
  id: "gguf/duplicate-key",
  severity: "high",
  title: "Duplicate GGUF metadata key",
  tags,
  explain: `The same metadata key appears twice. llama.cpp refuses such files; other readers keep the
first or the last value, so two tools see different metadata (for example two different chat
templates: one reviewed, one rendered). ${FIX}`
});
var GGUF_INVALID_STRING = defineRule({
  id: "gguf/invalid-string",
  severity: "medium",
  title: "GGUF key or string is not valid UTF-8",
  tags,
  explain: `GGUF strings are UTF-8. An invalid sequence is decoded differently by different readers
(replacement characters, errors), a classic way to make a scanner and a loader disagree. ${FIX}`
});
var GGUF_INVALID_VALUE = defineRule({
  id: "gguf/invalid-value",
  severity: "medium",
  title: "GGUF metadata value outside its domain",
  tags,
  explain: `A metadata value is malformed for its key: a bool other than 0/1, general.alignment that
is not a power of two, or a chat template that is not a string. Loaders handle these inconsistently.
${FIX}`
});
var GGUF_INVALID_TENSOR = defineRule({
  id: "gguf/invalid-tensor",
  severity: "high",
  title: "Invalid GGUF tensor info",
  tags,
  explain: `A tensor info is malformed: more than 4 dimensions, a dimension that overflows, an
unknown or removed ggml type, a first dimension that is not a multiple of the type's block size, a
name longer than 63 bytes, or a duplicate name. llama.cpp refuses such tensors; readers that do not
check compute wrong sizes and read out of bounds. ${FIX}`
});
var GGUF_INVALID_OFFSETS = defineRule({
  id: "gguf/invalid-offsets",
  severity: "high",
  title: "GGUF tensor data misplaced (misaligned, overlapping, out of order or out of bounds)",
  tags,
  explain: `Tensor data must follow the tensor infos at the alignment, in order, each tensor padded to
the alignment, all within the file. Overlapping tensors alias bytes, gaps hide bytes no tensor
accounts for, and a range past the end makes readers fault or read other memory. ${FIX}`
});
var GGUF_TRAILING = defineRule({
  id: "gguf/trailing-data",
  severity: "medium",
  title: "Bytes after the last GGUF tensor",
  tags,
  explain: `The file goes on after the last tensor's padded data. Nothing in GGUF describes those
bytes: an appended payload or a polyglot file. modelvet scans them as content of their own. ${FIX}`
});
var GGUF_PADDING = defineRule({
  id: "gguf/padding-data",
  severity: "medium",
  title: "Non-zero bytes in GGUF alignment padding",
  tags,
  explain: `The bytes between the tensor infos and the tensor data are alignment padding, which
writers fill with zeros. Here they hold data that no structure describes: a place to hide a payload
in a file that otherwise validates. ${FIX}`
});
var GGUF_LIMIT = defineRule({
  id: "gguf/limit-exceeded",
  severity: "high",
  title: "GGUF header larger than modelvet reads",
  tags: [...tags, "fail-closed"],
  explain: `The file declares as many metadata entries, tensors, array elements or header bytes as
modelvet's limits, or more, which no real model has (limits: 1,000,000 entries or tensors, 16,000,000
array elements, 512 MiB of header; reaching a limit counts). Such counts make readers spend minutes
or gigabytes; modelvet stops and reports the file instead of passing what it did not read. ${FIX}`
});

export {
  GGUF_TRUNCATED,
  GGUF_VERSION,
  GGUF_BAD_TYPE,
  GGUF_DUPLICATE_KEY,
  GGUF_INVALID_STRING,
  GGUF_INVALID_VALUE,
  GGUF_INVALID_TENSOR,
  GGUF_INVALID_OFFSETS,
  GGUF_TRAILING,
  GGUF_PADDING,
  GGUF_LIMIT
};
