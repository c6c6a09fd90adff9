/** JSON Schema validators for tests: draft-07 (our schemas) and draft-04 (the official SARIF schema). */
import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject, type Plugin } from 'ajv';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with `exports.default`; under ESM the default import is module.exports.
type Ctor = new (opts: object) => Ajv;
const Ajv04 = ((Ajv04Module as unknown as { default?: Ctor }).default ?? Ajv04Module) as unknown as Ctor;
const addFormats = ((addFormatsModule as unknown as { default?: Plugin<unknown> }).default ??
  addFormatsModule) as unknown as Plugin<unknown>;

export type Validate = (data: unknown) => ErrorObject[];

function wrap(fn: ReturnType<Ajv['compile']>): Validate {
  return (data) => (fn(data) ? [] : [...(fn.errors ?? [])]);
}

export async function draft07Validator(schemaPath: string): Promise<Validate> {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, undefined);
  return wrap(ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8'))));
}

/** The SARIF 2.1.0 schema is draft-04 (`id`, not `$id`) and uses uri, uri-reference and date-time formats. */
export async function draft04Validator(schemaPath: string): Promise<Validate> {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv, undefined);
  return wrap(ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8'))));
}
