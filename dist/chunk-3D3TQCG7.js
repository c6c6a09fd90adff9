import {
  OMS_HASH_TYPES,
  PREDICATE_TYPE,
  PREDICATE_TYPE_COMPAT,
  STATEMENT_TYPE,
  comparePaths,
  rootDigestOf
} from "./chunk-EPLVLO66.js";
import {
  DocumentError,
  anyObject,
  boolean,
  listOf,
  literal,
  matching,
  object,
  optional,
  readDocument,
  string,
  wholeNumber
} from "./chunk-66P5ZTGW.js";
import {
  describeValue
} from "./chunk-HXNGW4GU.js";
import {
  BaseError
} from "./chunk-Q45GNVX7.js";

// src/verify/manifest-statement.ts
var StatementError = class extends BaseError {
  constructor(message, code = "INVALID_STATEMENT") {
    super(code, message);
    this.name = "StatementError";
  }
};
var MAX_RESOURCES = 1e7;
var HEX = /^(?:[0-9a-fA-F]{2})+$/;
function fail(message, code) {
  throw new StatementError(message, code);
}
var nonEmpty = matching(/^[\s\S]+$/, "a non-empty string");
var resourceShape = object({ name: nonEmpty, algorithm: nonEmpty, digest: matching(HEX, "a hex digest") });
var serializationShape = object({
  method: oneOfStrings(["files", "shards"]),
  hash_type: oneOfStrings(OMS_HASH_TYPES),
  allow_symlinks: optional(boolean),
  shard_size: optional(wholeNumber(1)),
  ignore_paths: optional(listOf(string))
});
var subjectShape = object({ name: optional(string), digest: anyObject });
var statementShape = object({
  _type: literal(STATEMENT_TYPE),
  subject: listOf(subjectShape, { min: 1 }),
  predicateType: oneOfStrings([PREDICATE_TYPE, PREDICATE_TYPE_COMPAT]),
  predicate: optional(anyObject)
});
var predicateShape = object({
  serialization: serializationShape,
  resources: listOf(resourceShape, { max: MAX_RESOURCES })
});
function oneOfStrings(values) {
  const list = values.map((v) => JSON.stringify(v)).join(" or ");
  return (v, at) => {
    if (typeof v === "string" && values.includes(v)) return v;
    throw new DocumentError("INVALID_SHAPE", at, `${at} must be ${list}, found ${describeValue(v)}`);
  };
}
function uniqueResources(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.map(({ name, algorithm, digest }) => {
    if (seen.has(name)) fail(`resource ${describeValue(name)} is listed twice`);
    seen.add(name);
    return { name, algorithm, digest: digest.toLowerCase() };
  });
}
function toSerialization(s) {
  if (s.method === "shards" && s.shard_size === void 0)
    fail("predicate.serialization.shard_size must be a whole number of at least 1, found nothing");
  return {
    method: s.method,
    hashType: s.hash_type,
    allowSymlinks: s.allow_symlinks ?? false,
    shardSize: s.method === "shards" ? s.shard_size : void 0,
    ignorePaths: [...s.ignore_paths ?? []].sort(comparePaths)
  };
}
function currentStatement(doc) {
  if (doc.subject.length !== 1) fail(`expected exactly one subject, found ${doc.subject.length}`);
  const subject = doc.subject[0];
  const root = matching(/^[0-9a-fA-F]{64}$/, "a sha256 hex digest")(
    subject.digest.sha256,
    "subject[0].digest.sha256"
  );
  if (!doc.predicate) fail("statement has no predicate");
  const predicate = predicateShape(doc.predicate, "predicate");
  const resources = uniqueResources(predicate.resources);
  const computed = rootDigestOf(resources);
  if (computed !== root.toLowerCase())
    fail(
      `manifest is inconsistent: the subject digest ${root} is not the digest of the resources (${computed})`,
      "ROOT_DIGEST"
    );
  return {
    modelName: subject.name ?? "",
    rootDigest: computed,
    serialization: toSerialization(predicate.serialization),
    resources,
    predicateType: PREDICATE_TYPE
  };
}
function compatStatement(doc) {
  const listed = doc.subject.map(
    (s, i) => resourceShape({ name: s.name, algorithm: "sha256", digest: s.digest.sha256 }, `subject[${i}]`)
  );
  return {
    modelName: "compat-undefined-not-present",
    serialization: { method: "files", hashType: "sha256", allowSymlinks: false, ignorePaths: [] },
    resources: uniqueResources(listed),
    predicateType: PREDICATE_TYPE_COMPAT
  };
}
function parseStatement(text) {
  try {
    const doc = readDocument(text, statementShape);
    return doc.predicateType === PREDICATE_TYPE ? currentStatement(doc) : compatStatement(doc);
  } catch (err) {
    if (err instanceof DocumentError)
      fail(err.message, err.at === "predicateType" ? "PREDICATE_TYPE" : void 0);
    throw err;
  }
}

// src/verify/oms/errors.ts
var OmsError = class extends BaseError {
  constructor(code, message, options) {
    super(code, oneLine(message), options);
    this.name = "OmsError";
  }
};
function oneLine(message) {
  return message.length > 2e3 ? `${message.slice(0, 1999)}\u2026` : message;
}
function quote(value, max = 120) {
  return describeValue(value, max);
}

export {
  StatementError,
  parseStatement,
  OmsError,
  quote
};
