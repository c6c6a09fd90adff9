/**
 * Reading an OMS in-toto Statement (a lock file, or the payload of a signature): checks its shape,
 * recomputes the root digest over the resources in the order listed (as model_signing does: order
 * is not enforced) and returns the expected resources with the serialization to hash in.
 * The legacy `Digests/v0.1` payload (file digests in `subject[]`) maps to files/sha256.
 */
import {
  anyObject,
  boolean,
  DocumentError,
  listOf,
  literal,
  matching,
  object,
  optional,
  readDocument,
  type Shape,
  type ShapeOf,
  string,
  wholeNumber,
} from '../core/json-shape.ts';
import { describeValue } from '../core/sanitize.ts';
import {
  comparePaths,
  OMS_HASH_TYPES,
  PREDICATE_TYPE,
  PREDICATE_TYPE_COMPAT,
  type Resource,
  rootDigestOf,
  type Serialization,
  STATEMENT_TYPE,
} from './manifest.ts';
import { BaseError } from '../core/errors.ts';

export interface ParsedStatement {
  modelName: string;
  rootDigest?: string;
  serialization: Serialization;
  resources: Resource[];
  predicateType: string;
}

/** Why a statement is refused: its shape or JSON, its predicate type, or a root digest that does not match. */
export type StatementErrorCode = 'INVALID_STATEMENT' | 'PREDICATE_TYPE' | 'ROOT_DIGEST';

export class StatementError extends BaseError<StatementErrorCode> {
  constructor(message: string, code: StatementErrorCode = 'INVALID_STATEMENT') {
    super(code, message);
    this.name = 'StatementError';
  }
}

/** Resources in one statement (a 1 GB-shard statement of a 10 TB model has 10k). */
const MAX_RESOURCES = 10_000_000;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;

function fail(message: string, code?: StatementErrorCode): never {
  throw new StatementError(message, code);
}

const nonEmpty = matching(/^[\s\S]+$/, 'a non-empty string');
const resourceShape = object({ name: nonEmpty, algorithm: nonEmpty, digest: matching(HEX, 'a hex digest') });
const serializationShape = object({
  method: oneOfStrings(['files', 'shards'] as const),
  hash_type: oneOfStrings(OMS_HASH_TYPES),
  allow_symlinks: optional(boolean),
  shard_size: optional(wholeNumber(1)),
  ignore_paths: optional(listOf(string)),
});
const subjectShape = object({ name: optional(string), digest: anyObject });
const statementShape = object({
  _type: literal(STATEMENT_TYPE),
  subject: listOf(subjectShape, { min: 1 }),
  predicateType: oneOfStrings([PREDICATE_TYPE, PREDICATE_TYPE_COMPAT] as const),
  predicate: optional(anyObject),
});
const predicateShape = object({
  serialization: serializationShape,
  resources: listOf(resourceShape, { max: MAX_RESOURCES }),
});

function oneOfStrings<const T extends string>(values: readonly T[]): Shape<T> {
  const list = values.map((v) => JSON.stringify(v)).join(' or ');
  return (v, at) => {
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    throw new DocumentError('INVALID_SHAPE', at, `${at} must be ${list}, found ${describeValue(v)}`);
  };
}

function uniqueResources(list: readonly ShapeOf<typeof resourceShape>[]): Resource[] {
  const seen = new Set<string>();
  return list.map(({ name, algorithm, digest }) => {
    if (seen.has(name)) fail(`resource ${describeValue(name)} is listed twice`);
    seen.add(name);
    return { name, algorithm, digest: digest.toLowerCase() };
  });
}

function toSerialization(s: ShapeOf<typeof serializationShape>): Serialization {
  if (s.method === 'shards' && s.shard_size === undefined)
    fail('predicate.serialization.shard_size must be a whole number of at least 1, found nothing');
  return {
    method: s.method,
    hashType: s.hash_type,
    allowSymlinks: s.allow_symlinks ?? false,
    shardSize: s.method === 'shards' ? s.shard_size : undefined,
    ignorePaths: [...(s.ignore_paths ?? [])].sort(comparePaths),
  };
}

function currentStatement(doc: ShapeOf<typeof statementShape>): ParsedStatement {
  if (doc.subject.length !== 1) fail(`expected exactly one subject, found ${doc.subject.length}`);
  const subject = doc.subject[0]!;
  const root = matching(/^[0-9a-fA-F]{64}$/, 'a sha256 hex digest')(
    subject.digest.sha256,
    'subject[0].digest.sha256',
  );
  if (!doc.predicate) fail('statement has no predicate');
  const predicate = predicateShape(doc.predicate, 'predicate');
  const resources = uniqueResources(predicate.resources);
  const computed = rootDigestOf(resources);
  if (computed !== root.toLowerCase())
    fail(
      `manifest is inconsistent: the subject digest ${root} is not the digest of the resources (${computed})`,
      'ROOT_DIGEST',
    );
  return {
    modelName: subject.name ?? '',
    rootDigest: computed,
    serialization: toSerialization(predicate.serialization),
    resources,
    predicateType: PREDICATE_TYPE,
  };
}

/** The legacy `Digests/v0.1` payload: one subject per file, its sha256 the file digest. */
function compatStatement(doc: ShapeOf<typeof statementShape>): ParsedStatement {
  const listed = doc.subject.map((s, i) =>
    resourceShape({ name: s.name, algorithm: 'sha256', digest: s.digest.sha256 }, `subject[${i}]`),
  );
  return {
    modelName: 'compat-undefined-not-present',
    serialization: { method: 'files', hashType: 'sha256', allowSymlinks: false, ignorePaths: [] },
    resources: uniqueResources(listed),
    predicateType: PREDICATE_TYPE_COMPAT,
  };
}

/** Parses a statement's JSON text or bytes; throws StatementError with a one-line reason. */
export function parseStatement(text: string | Uint8Array): ParsedStatement {
  try {
    const doc = readDocument(text, statementShape);
    return doc.predicateType === PREDICATE_TYPE ? currentStatement(doc) : compatStatement(doc);
  } catch (err) {
    if (err instanceof DocumentError)
      fail(err.message, err.at === 'predicateType' ? 'PREDICATE_TYPE' : undefined);
    throw err;
  }
}
