/**
 * Shapes for the JSON documents modelvet reads for itself (lock files and OMS statements, Ollama
 * manifests, Sigstore trusted roots): each document is parsed and checked against its shape before
 * any field is used, and a document of the wrong shape is a `DocumentError` naming the field and
 * what was found there (never `undefined` or `[object Object]`, never the parser's own text).
 *
 * Our own few combinators rather than ajv (used for policies): compiling a schema with ajv costs
 * ~200 ms on first use, which `verify`, `scan` with a lock beside the model, and the Action would
 * pay on every run; and these shapes give the checked value its TypeScript type.
 */
import { type JsonIssue, readJson, readJsonBytes, toPlain } from './json.ts';
import { describeValue } from './sanitize.ts';
import { BaseError } from './errors.ts';

export type DocumentErrorCode = 'INVALID_JSON' | 'INVALID_SHAPE';

export class DocumentError extends BaseError<DocumentErrorCode> {
  /** Where in the document (`predicate.resources[2].digest`); '' for the whole document. */
  readonly at: string;

  constructor(code: DocumentErrorCode, at: string, message: string) {
    super(code, message);
    this.name = 'DocumentError';
    this.at = at;
  }
}

/** Checks `value` found at `at` and returns it typed; throws DocumentError otherwise. */
export type Shape<T> = (value: unknown, at: string) => T;
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;

function wrong(at: string, expected: string, value: unknown): never {
  throw new DocumentError(
    'INVALID_SHAPE',
    at,
    `${at || 'the document'} must be ${expected}, found ${describeValue(value)}`,
  );
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

export const string: Shape<string> = (v, at) => (typeof v === 'string' ? v : wrong(at, 'a string', v));
export const boolean: Shape<boolean> = (v, at) =>
  typeof v === 'boolean' ? v : wrong(at, 'true or false', v);

/** A string matching `pattern` (described as `what` in the error). */
export function matching(pattern: RegExp, what: string): Shape<string> {
  return (v, at) => (typeof v === 'string' && pattern.test(v) ? v : wrong(at, what, v));
}

/** A whole number from `min` (default 0) to Number.MAX_SAFE_INTEGER. */
export function wholeNumber(min = 0): Shape<number> {
  return (v, at) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min
      ? v
      : wrong(at, `a whole number of at least ${min}`, v);
}

export function literal<const T extends string>(expected: T): Shape<T> {
  return (v, at) => (v === expected ? expected : wrong(at, JSON.stringify(expected), v));
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (v, at) => (v === undefined ? undefined : shape(v, at));
}

/** A list of items of one shape, at most `max` long (a cap before anything is allocated per item). */
export function listOf<T>(item: Shape<T>, options: { min?: number; max?: number } = {}): Shape<T[]> {
  const { min = 0, max = 10_000_000 } = options;
  return (v, at) => {
    if (!Array.isArray(v)) wrong(at, 'a list', v);
    if (v.length < min) wrong(at, `a list of at least ${min}`, v);
    if (v.length > max) wrong(at, `a list of at most ${max}`, v);
    return v.map((x, i) => item(x, `${at}[${i}]`));
  };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any JSON object, fields unchecked. */
export const anyObject: Shape<Record<string, unknown>> = (v, at) =>
  isPlainObject(v) ? v : wrong(at, 'an object', v);

type Fields = Record<string, Shape<unknown>>;
type Checked<F extends Fields> = { [K in keyof F]: ShapeOf<F[K]> };

/** An object with these fields (other fields are allowed and kept out of the result). */
export function object<F extends Fields>(fields: F): Shape<Checked<F>> {
  return (v, at) => {
    if (!isPlainObject(v)) wrong(at, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(fields)) {
      const value = shape(Object.hasOwn(v, key) ? v[key] : undefined, join(at, key));
      if (value !== undefined) out[key] = value;
    }
    return out as Checked<F>;
  };
}

/**
 * Reads one of our own documents (lock, manifest, bundle, trusted root) with the project's JSON
 * reader; a syntax error or a NaN/Infinity (which Go's and strict readers refuse) is a DocumentError
 * INVALID_JSON with our own one-line text.
 */
export function parseJson(text: string | Uint8Array): unknown {
  const r = typeof text === 'string' ? readJson(text) : readJsonBytes(text);
  const bad = r.error ?? r.nonStandard.find((x) => x.kind === 'non-finite');
  if (!bad && r.value) return toPlain(r.value);
  throw new DocumentError('INVALID_JSON', '', `not JSON (${jsonProblem(text, bad)})`);
}

/** What is wrong, in our words, from the reader's offset (never the input's text: it is hostile). */
function jsonProblem(text: string | Uint8Array, bad: JsonIssue | undefined): string {
  const length =
    typeof text === 'string' ? text.trimEnd().length : Buffer.from(text).toString('latin1').trimEnd().length;
  if (length === 0) return 'empty';
  if (!bad || bad.offset >= length) return 'it ends before the value is complete';
  if (bad.kind === 'non-finite') return `NaN or Infinity at character ${bad.offset + 1}`;
  return `syntax error at character ${bad.offset + 1}`;
}

/** Parses JSON text and checks it against `shape`. */
export function readDocument<T>(text: string | Uint8Array, shape: Shape<T>): T {
  return shape(parseJson(text), '');
}
