/**
 * JSON report: the Report object as is (schema: schemas/report.schema.json, version in
 * `schemaVersion`), serialized by `jsonText` so it is well-formed whatever a hostile file put in a
 * name or in evidence.
 */
import type { Report } from '../core/report.ts';
import { jsonText } from '../core/sanitize.ts';

export function renderJson(report: Report): string {
  return jsonText(report);
}
