/**
 * Annotations for the most severe findings. GitHub shows 10 error and 10 warning annotations per
 * step (setFailed takes one of the errors); the rest are counted in a notice. Messages and titles
 * come from scanned content, so they pass through terminalText; a file whose name needs escaping
 * is not given as the annotation's file (GitHub could not match it anyway).
 */
import { resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { type Finding, severityRank } from '../core/finding.ts';
import { relativeInside } from '../core/paths.ts';
import type { Report } from '../core/report.ts';
import { terminalText } from '../core/sanitize.ts';

export const MAX_ERROR_ANNOTATIONS = 9;
export const MAX_WARNING_ANNOTATIONS = 10;

/** The finding's file relative to the workspace, when it is inside it and its name is plain text. */
function annotationFile(f: Finding, workspace: string): string | undefined {
  const file = relativeInside(workspace, resolve(workspace, f.path))?.split(sep).join('/');
  return file && terminalText(file) === file ? file : undefined;
}

function properties(f: Finding, workspace: string): core.AnnotationProperties {
  const file = annotationFile(f, workspace);
  return {
    title: `${f.severity}: ${f.rule}`,
    ...(file ? { file } : {}),
    ...(file && f.line !== undefined ? { startLine: f.line } : {}),
    ...(file && f.line !== undefined && f.column !== undefined ? { startColumn: f.column } : {}),
  };
}

export function annotate(report: Report, workspace: string): void {
  const bySeverity = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const errors = bySeverity.filter((f) => severityRank(f.severity) >= severityRank('high'));
  const warnings = bySeverity.filter((f) => f.severity === 'medium');
  const text = (f: Finding) =>
    terminalText(`${f.message}${f.member?.length ? ` (in ${f.member.join(' → ')})` : ''}`);
  for (const f of errors.slice(0, MAX_ERROR_ANNOTATIONS)) core.error(text(f), properties(f, workspace));
  for (const f of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) core.warning(text(f), properties(f, workspace));
  const more =
    Math.max(0, errors.length - MAX_ERROR_ANNOTATIONS) +
    Math.max(0, warnings.length - MAX_WARNING_ANNOTATIONS);
  const below = report.findings.length - errors.length - warnings.length;
  if (more > 0 || below > 0)
    core.notice(
      `${more > 0 ? `${more} more high/medium finding${more === 1 ? '' : 's'} and ` : ''}` +
        `${below} low/info finding${below === 1 ? '' : 's'} are not annotated; see the job summary, the SARIF file and the JSON report`,
    );
}
