import {
  readJson,
  readJsonBytes,
  toPlain
} from "./chunk-5TYTPVJQ.js";
import {
  describeValue
} from "./chunk-HXNGW4GU.js";
import {
  BaseError
} from "./chunk-Q45GNVX7.js";

// src/core/json-shape.ts
var DocumentError = class extends BaseError {
  /** Where in the document (`predicate.resources[2].digest`); '' for the whole document. */
  at;
  constructor(code, at, message) {
    super(code, message);
    this.name = "DocumentError";
    this.at = at;
  }
};
function wrong(at, expected, value) {
  throw new DocumentError(
    "INVALID_SHAPE",
    at,
    `${at || "the document"} must be ${expected}, found ${describeValue(value)}`
  );
}
var join = (at, key) => at ? `${at}.${key}` : key;
var string = (v, at) => typeof v === "string" ? v : wrong(at, "a string", v);
var boolean = (v, at) => typeof v === "boolean" ? v : wrong(at, "true or false", v);
function matching(pattern, what) {
  return (v, at) => typeof v === "string" && pattern.test(v) ? v : wrong(at, what, v);
}
function wholeNumber(min = 0) {
  return (v, at) => typeof v === "number" && Number.isSafeInteger(v) && v >= min ? v : wrong(at, `a whole number of at least ${min}`, v);
}
function literal(expected) {
  return (v, at) => v === expected ? expected : wrong(at, JSON.stringify(expected), v);
}
function optional(shape) {
  return (v, at) => v === void 0 ? void 0 : shape(v, at);
}
function listOf(item, options = {}) {
  const { min = 0, max = 1e7 } = options;
  return (v, at) => {
    if (!Array.isArray(v)) wrong(at, "a list", v);
    if (v.length < min) wrong(at, `a list of at least ${min}`, v);
    if (v.length > max) wrong(at, `a list of at most ${max}`, v);
    return v.map((x, i) => item(x, `${at}[${i}]`));
  };
}
var isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var anyObject = (v, at) => isPlainObject(v) ? v : wrong(at, "an object", v);
function object(fields) {
  return (v, at) => {
    if (!isPlainObject(v)) wrong(at, "an object", v);
    const out = {};
    for (const [key, shape] of Object.entries(fields)) {
      const value = shape(Object.hasOwn(v, key) ? v[key] : void 0, join(at, key));
      if (value !== void 0) out[key] = value;
    }
    return out;
  };
}
function parseJson(text) {
  const r = typeof text === "string" ? readJson(text) : readJsonBytes(text);
  const bad = r.error ?? r.nonStandard.find((x) => x.kind === "non-finite");
  if (!bad && r.value) return toPlain(r.value);
  throw new DocumentError("INVALID_JSON", "", `not JSON (${jsonProblem(text, bad)})`);
}
function jsonProblem(text, bad) {
  const length = typeof text === "string" ? text.trimEnd().length : Buffer.from(text).toString("latin1").trimEnd().length;
  if (length === 0) return "empty";
  if (!bad || bad.offset >= length) return "it ends before the value is complete";
  if (bad.kind === "non-finite") return `NaN or Infinity at character ${bad.offset + 1}`;
  return `syntax error at character ${bad.offset + 1}`;
}
function readDocument(text, shape) {
  return shape(parseJson(text), "");
}

export {
  DocumentError,
  string,
  boolean,
  matching,
  wholeNumber,
  literal,
  optional,
  listOf,
  isPlainObject,
  anyObject,
  object,
  parseJson,
  readDocument
};
