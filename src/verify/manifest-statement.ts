/**
 * Reading an OMS in-toto Statement (a lock file, or the payload of a signature): checks its shape,
 * recomputes the root digest over the resources in the order listed (as model_signing does: order
 * is not enforced) and returns the expected resources with the serialization to hash in.
 * The legacy `Digests/v0.1` payload (file digests in `subject[]`) maps to files/sha256.
 */
import {
  comparePaths,
  isOmsHashType,
  PREDICATE_TYPE,
  PREDICATE_TYPE_COMPAT,
  type Resource,
  rootDigestOf,
  type Serialization,
  STATEMENT_TYPE,
} from './manifest.ts';

export interface ParsedStatement {
  modelName: string;
  rootDigest?: string;
  serialization: Serialization;
  resources: Resource[];
  predicateType: string;
}

export class StatementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatementError';
  }
}

/** Resources in one statement (a 1 GB-shard statement of a 10 TB model has 10k). */
const MAX_RESOURCES = 10_000_000;
const HEX = /^(?:[0-9a-f]{2})+$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(message: string): never {
  throw new StatementError(message);
}

function parseResources(list: unknown): Resource[] {
  if (!Array.isArray(list)) fail('predicate.resources is not a list');
  if (list.length > MAX_RESOURCES) fail(`too many resources (${list.length})`);
  const seen = new Set<string>();
  return list.map((r, i) => {
    if (!isObject(r)) fail(`resource ${i} is not an object`);
    const { name, algorithm, digest } = r;
    if (typeof name !== 'string' || name === '') fail(`resource ${i} has no name`);
    if (typeof algorithm !== 'string' || algorithm === '') fail(`resource ${name} has no algorithm`);
    if (typeof digest !== 'string' || !HEX.test(digest.toLowerCase()))
      fail(`resource ${name} has no hex digest`);
    if (seen.has(name)) fail(`resource ${name} is listed twice`);
    seen.add(name);
    return { name, algorithm, digest: digest.toLowerCase() };
  });
}

function parseSerialization(s: unknown): Serialization {
  if (!isObject(s)) fail('predicate.serialization is missing');
  const { method, hash_type, allow_symlinks, shard_size, ignore_paths } = s;
  if (method !== 'files' && method !== 'shards') fail(`unknown serialization method ${String(method)}`);
  if (!isOmsHashType(hash_type)) fail(`unknown hash_type ${String(hash_type)}`);
  if (allow_symlinks !== undefined && typeof allow_symlinks !== 'boolean')
    fail('serialization.allow_symlinks is not a boolean');
  let shardSize: number | undefined;
  if (method === 'shards') {
    if (typeof shard_size !== 'number' || !Number.isSafeInteger(shard_size) || shard_size < 1)
      fail(`serialization.shard_size is not a positive whole number: ${String(shard_size)}`);
    shardSize = shard_size;
  }
  let ignorePaths: string[] = [];
  if (ignore_paths !== undefined) {
    if (!Array.isArray(ignore_paths) || !ignore_paths.every((p) => typeof p === 'string'))
      fail('serialization.ignore_paths is not a list of strings');
    ignorePaths = [...(ignore_paths as string[])].sort(comparePaths);
  }
  return {
    method,
    hashType: hash_type,
    allowSymlinks: allow_symlinks ?? false,
    ...(shardSize !== undefined ? { shardSize } : {}),
    ignorePaths,
  };
}

/** Parses a statement's JSON text or bytes; throws StatementError with a one-line reason. */
export function parseStatement(text: string | Uint8Array): ParsedStatement {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
  } catch (err) {
    fail(`not JSON: ${(err as Error).message}`);
  }
  if (!isObject(doc)) fail('not a JSON object');
  if (doc._type !== STATEMENT_TYPE) fail(`_type is ${JSON.stringify(doc._type)}, not ${STATEMENT_TYPE}`);
  const subjects = doc.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) fail('statement has no subject');
  if (doc.predicateType === PREDICATE_TYPE) {
    if (subjects.length !== 1) fail(`expected exactly one subject, found ${subjects.length}`);
    const subject = subjects[0];
    if (!isObject(subject) || !isObject(subject.digest)) fail('subject has no digest');
    const root = subject.digest.sha256;
    if (typeof root !== 'string' || !/^[0-9a-fA-F]{64}$/.test(root)) fail('subject has no sha256 digest');
    if (!isObject(doc.predicate)) fail('statement has no predicate');
    const serialization = parseSerialization(doc.predicate.serialization);
    const resources = parseResources(doc.predicate.resources);
    const computed = rootDigestOf(resources);
    if (computed !== root.toLowerCase())
      fail(
        `manifest is inconsistent: the subject digest ${root} is not the digest of the resources (${computed})`,
      );
    return {
      modelName: typeof subject.name === 'string' ? subject.name : '',
      rootDigest: computed,
      serialization,
      resources,
      predicateType: PREDICATE_TYPE,
    };
  }
  if (doc.predicateType === PREDICATE_TYPE_COMPAT) {
    const resources = parseResources(
      subjects.map((s) => {
        if (!isObject(s) || !isObject(s.digest)) fail('subject has no digest');
        return { name: s.name, algorithm: 'sha256', digest: s.digest.sha256 };
      }),
    );
    return {
      modelName: 'compat-undefined-not-present',
      serialization: { method: 'files', hashType: 'sha256', allowSymlinks: false, ignorePaths: [] },
      resources,
      predicateType: PREDICATE_TYPE_COMPAT,
    };
  }
  fail(`unknown predicateType ${JSON.stringify(doc.predicateType)}`);
}
