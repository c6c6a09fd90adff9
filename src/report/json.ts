/** JSON report: the Report object as is (schema: schemas/report.schema.json, version in `schemaVersion`). */
import type { Report } from '../core/report.ts';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
