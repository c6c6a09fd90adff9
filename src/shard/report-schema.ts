/**
 * The JSON report's schema (schemas/report.schema.json) as a validator, for reports read back
 * from files (partial results). Loaded only by `merge`: it brings ajv.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schemas/report.schema.json' with { type: 'json' };

/** Compiled on first use (a documented cache: one schema, compiled once per process). */
let compiled: ValidateFunction | undefined;

/** The first schema errors, as one line; undefined for a valid report. */
export function validateReport(report: unknown): string | undefined {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true, validateFormats: false });
    compiled = ajv.compile(schema);
  }
  if (compiled(report)) return undefined;
  return (compiled.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
