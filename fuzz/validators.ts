/**
 * Report validators for the fuzz oracle: our JSON report schema, and the official SARIF 2.1.0 schema
 * when a copy is at hand (--sarif-schema or MODELVET_SARIF_SCHEMA), else SARIF's required shape.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { draft04Validator, draft07Validator } from '../test/helpers/schema.ts';
import type { Validators } from './oracle.ts';

function first(errors: { instancePath?: string; message?: string }[]): string | undefined {
  const e = errors[0];
  return e ? `schema: ${e.instancePath ?? ''} ${e.message ?? ''}`.slice(0, 120) : undefined;
}

function sarifShape(data: unknown): string | undefined {
  const log = data as {
    version?: unknown;
    runs?: { tool?: { driver?: { name?: unknown } }; results?: unknown }[];
  };
  if (log?.version !== '2.1.0') return 'SARIF version is not 2.1.0';
  if (!Array.isArray(log.runs) || log.runs.length === 0) return 'SARIF has no runs';
  for (const run of log.runs) {
    if (typeof run.tool?.driver?.name !== 'string') return 'SARIF run without tool.driver.name';
    if (!Array.isArray(run.results)) return 'SARIF run without results';
  }
  return undefined;
}

export async function loadValidators(root: string): Promise<Validators> {
  const report = await draft07Validator(join(root, 'schemas', 'report.schema.json'));
  const sarifPath =
    process.env.MODELVET_SARIF_SCHEMA ?? join(root, '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
  const sarif = existsSync(sarifPath) ? await draft04Validator(sarifPath) : undefined;
  return {
    report: (data) => first(report(data)),
    sarif: (data) => sarifShape(data) ?? (sarif ? first(sarif(data)) : undefined),
  };
}
